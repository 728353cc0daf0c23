/**
 * Reads `geodata/facts/water.yaml` (the named rivers and lakes: names and how each is found in
 * the GSHHG data) and validates it with `src/lib/geodata/schema/water.ts`. Throws one error
 * listing every problem, so a bad edit stops the build with all its mistakes named.
 */
import { readYaml } from '../derive/read';
import { parseWaterFacts, type WaterFacts } from '../../src/lib/geodata/schema/water';

export const WATER_FACTS = 'geodata/facts/water.yaml';

export async function loadWaterFacts(path = WATER_FACTS): Promise<WaterFacts> {
	const read = await readYaml(path);
	if (!read.ok) throw new Error(`${path}: ${read.error}`);
	const parsed = parseWaterFacts(read.value);
	if (!parsed.ok) throw new Error(`${path}:\n  ${parsed.errors.join('\n  ')}`);
	return parsed.value;
}
