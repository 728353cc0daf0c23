/**
 * Validates a geodata directory with the same validator the build uses.
 *
 *   npx tsx scripts/validate-geodata.ts [dir=geodata] [--json]
 *
 * Prints "geodata: N features in M files, OK" and exits 0, or one line per problem
 * (`file › feature: message`) and exits 1. `--json` prints the problems as a JSON array instead.
 */
import {
	formatProblems,
	readGeodataDir,
	validateGeodata,
	type GeodataProblem
} from '../src/lib/geodata/validate';

/** Splits argv into the directory and the flags; unknown flags are an error, not ignored. */
function parseArgs(argv: string[]): { dir: string; json: boolean } | { error: string } {
	const flags = argv.filter((a) => a.startsWith('--'));
	const unknown = flags.filter((f) => f !== '--json');
	if (unknown.length) return { error: `unknown option ${unknown.join(', ')}` };
	const positional = argv.filter((a) => !a.startsWith('--'));
	if (positional.length > 1) return { error: 'give at most one directory' };
	return { dir: positional[0] ?? 'geodata', json: flags.includes('--json') };
}

/** The directory's inputs, or one problem saying why it could not be read. */
async function readInputs(dir: string) {
	try {
		return { inputs: await readGeodataDir(dir) };
	} catch (e) {
		const problem: GeodataProblem = {
			file: dir,
			feature: '',
			message: `cannot read directory: ${(e as Error).message}`
		};
		return { inputs: [], problems: [problem] };
	}
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	if ('error' in args) {
		console.error(`${args.error}\nusage: validate-geodata [dir=geodata] [--json]`);
		return 2;
	}
	const read = await readInputs(args.dir);
	const result = validateGeodata(read.inputs);
	const problems = read.problems ?? result.problems;
	if (args.json) console.log(JSON.stringify(problems, null, '\t'));
	else if (problems.length)
		console.error(`${formatProblems(problems)}\n${args.dir}: ${problems.length} problem(s)`);
	else {
		const files = Object.keys(result.collections).length;
		console.log(`${args.dir}: ${result.features.size} features in ${files} files, OK`);
	}
	return problems.length ? 1 : 0;
}

main().then((code) => {
	process.exitCode = code;
});
