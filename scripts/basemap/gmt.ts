/**
 * Reading GSHHG through GMT (`gmt coast … -M`, from Debian's `gmt`, `gmt-gshhg-high` and
 * `gmt-gshhg-full`): the dump is a list of pieces, each cut at the edges of GSHHG's storage bins
 * (and at ±180°). `joinPieces` stitches them back into whole rings and lines.
 *
 * Only the regeneration script needs GMT; CI and the app use the committed output.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import type { Position } from 'geojson';

/** One piece of a `gmt coast -M` dump: GSHHG level (shore 1–4, river 0–10) and its points. */
export interface Piece {
	level: number;
	points: Position[];
}

/** Whether `gmt` (and so the regeneration) is available on this machine. */
export function hasGmt(): boolean {
	return spawnSync('gmt', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs `gmt coast` with the given options and returns its standard output. */
export function gmtCoast(args: string[]): string {
	return execFileSync('gmt', ['coast', ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

/**
 * Parses a multisegment dump: `> Shore Bin # 12, Level 1` headers, then `lon<TAB>lat` lines.
 * @example parseDump('> River Bin # 3, Level 2\n1\t2\n3\t4\n') // [{ level: 2, points: [[1,2],[3,4]] }]
 */
export function parseDump(text: string): Piece[] {
	const pieces: Piece[] = [];
	let current: Piece | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (line.startsWith('>')) {
			const level = /Level\s+(\d+)/.exec(line);
			current = { level: level ? Number(level[1]) : 0, points: [] };
			pieces.push(current);
			continue;
		}
		const [x, y] = line.trim().split(/\s+/).map(Number);
		if (current && Number.isFinite(x) && Number.isFinite(y)) current.points.push([x, y]);
	}
	return pieces.filter((p) => p.points.length >= 2);
}

/** Endpoint identity: −180° and 180° are the same meridian; GMT prints 10–12 digits. */
function key(p: Position): string {
	const x = p[0] <= -180 ? 180 : p[0];
	return `${x.toFixed(6)},${p[1].toFixed(6)}`;
}

function same(a: Position, b: Position): boolean {
	return key(a) === key(b);
}

/** Whether a line ends where it starts (and has room for a ring). */
export function isClosed(points: Position[]): boolean {
	return points.length >= 4 && same(points[0], points.at(-1)!);
}

/**
 * Stitches pieces of the same level that share end points (GMT cuts at bin edges and at ±180°)
 * into whole lines, extending each forwards and backwards. Rings come back closed (first point
 * repeated), open lines as they are. Deterministic: pieces are taken in input order.
 */
export function joinPieces(pieces: Piece[]): Piece[] {
	const byStart = new Map<string, number[]>();
	const byEnd = new Map<string, number[]>();
	const index = (map: Map<string, number[]>, k: string, i: number) => {
		const list = map.get(k);
		if (list) list.push(i);
		else map.set(k, [i]);
	};
	pieces.forEach((p, i) => {
		index(byStart, key(p.points[0]), i);
		index(byEnd, key(p.points.at(-1)!), i);
	});
	const used = pieces.map(() => false);
	const take = (list: number[] | undefined, level: number) => {
		const i = (list ?? []).find((j) => !used[j] && pieces[j].level === level);
		if (i !== undefined) used[i] = true;
		return i;
	};
	const out: Piece[] = [];
	pieces.forEach((piece, i) => {
		if (used[i]) return;
		used[i] = true;
		const points = [...piece.points];
		while (!isClosed(points)) {
			const next = take(byStart.get(key(points.at(-1)!)), piece.level);
			if (next === undefined) break;
			points.push(...pieces[next].points.slice(1));
		}
		while (!isClosed(points)) {
			const previous = take(byEnd.get(key(points[0])), piece.level);
			if (previous === undefined) break;
			points.unshift(...pieces[previous].points.slice(0, -1));
		}
		out.push({ level: piece.level, points });
	});
	return out;
}

/**
 * Makes a ring or line continuous across the antimeridian (Chukotka runs on to 190°E instead of
 * jumping to −170°), keeping most of it in −180..180. MapLibre wraps the part beyond 180°.
 */
export function unwrap(points: Position[]): Position[] {
	let offset = 0;
	const out = points.map(([x, y], i) => {
		const previous = points[i - 1];
		if (previous && x - previous[0] > 180) offset -= 360;
		if (previous && previous[0] - x > 180) offset += 360;
		return [x + offset, y];
	});
	const sorted = out.map((p) => p[0]).sort((a, b) => a - b);
	const shift = -360 * Math.round(sorted[Math.floor(sorted.length / 2)] / 360);
	return shift ? out.map(([x, y]) => [x + shift, y]) : out;
}

/**
 * A ring that goes once round the globe (Antarctica) does not close on itself once unwrapped:
 * it is closed over the pole, down the meridians at its two ends.
 */
export function closeOverPole(points: Position[]): Position[] {
	const first = points[0];
	const last = points.at(-1)!;
	if (Math.abs(first[0] - last[0]) < 180) return points;
	const pole = first[1] < 0 ? -90 : 90;
	return [...points, [last[0], pole], [first[0], pole], first];
}
