/**
 * The schema of each authored fact file in `geodata/facts/`, by file name: `npm run data`
 * writes a JSON Schema for each (`geodata/schema/<name>.schema.json`) for editors' completion.
 * (`stations.csv` is a table: its columns are checked by `stationRow`, but JSON Schema does not
 * apply to CSV.)
 */
import { z } from 'zod';
import { POINT_ROWS } from './points';
import { REGION_RAILWAY_FILES } from './regions-railways';
import { STATE_FILES } from './states';

export const FACT_FILES: Record<string, z.ZodType> = {
	...Object.fromEntries(Object.entries(POINT_ROWS).map(([file, row]) => [file, z.array(row)])),
	...REGION_RAILWAY_FILES,
	...STATE_FILES
};
