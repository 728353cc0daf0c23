/**
 * Finding a named river in WDBII, whose rivers carry no names: every river piece becomes part of
 * one network (vertices are nodes, pieces that touch or nearly touch are joined), and the river is
 * the cheapest way through that network from one sourced anchor to the next. Major rivers are
 * cheaper to follow than minor ones, so the path keeps to the main stem rather than cutting
 * across by a tributary.
 */
import type { Position } from 'geojson';
import type { Piece } from './gmt';

/** Cost per km of following a river of each WDBII level (0 river-lake banks, 1 major … 4 minor). */
const LEVEL_COST = [1, 1, 1.3, 2.5, 4];
/** Cost per km of going round a lake the river flows through (the shore is not drawn). */
const LAKE_COST = 1.5;
/** Cost per km of a jump between pieces that do not quite meet (a confluence drawn apart). */
const JUMP_COST = 3;
/** Pieces whose ends lie this close to another piece are joined there. */
const JUMP_KM = 3;
/** An anchor may lie this far from its river (a town set back from the bank). */
const MAX_ANCHOR_KM = 40;
/** Extra distance charged when an anchor is matched to a minor river instead of a major one. */
const ANCHOR_LEVEL_KM = [0, 0, 1, 3, 8];
/** Level given to lake-shore nodes: anchors are never matched to them. */
const LAKE_LEVEL = 9;
/** Grid cell of the spatial index, degrees. */
const CELL = 0.1;

/** Approximate ground distance in km (equirectangular; exact enough below 100 km). */
export function km(a: Position, b: Position): number {
	const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111.2;
}

interface Edge {
	to: number;
	cost: number;
	/** False along a lake shore: the river crosses the lake, the path goes round it unseen. */
	drawn: boolean;
}

export class RiverNetwork {
	readonly points: Position[] = [];
	readonly levels: number[] = [];
	private readonly edges: Edge[][] = [];
	private readonly ids = new Map<string, number>();
	private readonly grid = new Map<string, number[]>();

	/**
	 * `pieces`: WDBII river pieces (levels 0–4). `lakes`: shores of the lakes rivers flow through
	 * (GSHHG level 2), walked round unseen so that a river is found on both sides of a lake.
	 */
	constructor(pieces: Piece[], lakes: Position[][] = []) {
		for (const piece of pieces) {
			const nodes = piece.points.map((p) => this.node(p, piece.level));
			for (let i = 1; i < nodes.length; i++) {
				const cost = km(piece.points[i - 1], piece.points[i]) * (LEVEL_COST[piece.level] ?? 4);
				this.link(nodes[i - 1], nodes[i], cost, true);
			}
		}
		for (const ring of lakes) {
			const nodes = ring.map((p) => this.node(p, LAKE_LEVEL));
			for (let i = 1; i < nodes.length; i++)
				this.link(nodes[i - 1], nodes[i], km(ring[i - 1], ring[i]) * LAKE_COST, false);
		}
		// Ends of pieces that meet no other piece: join them to the nearest other river nearby.
		for (const piece of pieces) {
			for (const end of [piece.points[0], piece.points.at(-1)!]) {
				const n = this.ids.get(key(end))!;
				if (this.edges[n].length > 1) continue;
				const near = this.nearest(end, JUMP_KM, (m) => m !== n && !this.linked(n, m));
				if (near !== undefined) this.link(n, near, km(end, this.points[near]) * JUMP_COST, true);
			}
		}
	}

	private node(p: Position, level: number): number {
		const k = key(p);
		const found = this.ids.get(k);
		if (found !== undefined) {
			this.levels[found] = Math.min(this.levels[found], level);
			return found;
		}
		const n = this.points.length;
		this.ids.set(k, n);
		this.points.push(p);
		this.levels.push(level);
		this.edges.push([]);
		const c = cell(p);
		const list = this.grid.get(c);
		if (list) list.push(n);
		else this.grid.set(c, [n]);
		return n;
	}

	private link(a: number, b: number, cost: number, drawn: boolean): void {
		if (a === b) return;
		this.edges[a].push({ to: b, cost, drawn });
		this.edges[b].push({ to: a, cost, drawn });
	}

	/** Whether the step between two neighbouring nodes of a path is drawn (not a lake shore). */
	drawn(a: number, b: number): boolean {
		return this.edges[a].some((e) => e.to === b && e.drawn);
	}

	/** A path's drawn stretches as lines (a path round a lake comes back in two parts). */
	lines(path: number[]): Position[][] {
		const out: Position[][] = [];
		let current: Position[] = [];
		path.forEach((n, i) => {
			if (i > 0 && !this.drawn(path[i - 1], n)) {
				if (current.length >= 2) out.push(current);
				current = [];
			}
			current.push(this.points[n]);
		});
		if (current.length >= 2) out.push(current);
		return out;
	}

	private linked(a: number, b: number): boolean {
		return this.edges[a].some((e) => e.to === b);
	}

	/** Nodes within `radiusKm` of a point, from the grid. */
	private around(p: Position, radiusKm: number): number[] {
		const dy = Math.ceil(radiusKm / 111.2 / CELL);
		const dx = Math.ceil(radiusKm / (111.2 * Math.cos((p[1] * Math.PI) / 180)) / CELL);
		const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
		const out: number[] = [];
		for (let x = cx - dx; x <= cx + dx; x++)
			for (let y = cy - dy; y <= cy + dy; y++) out.push(...(this.grid.get(`${x},${y}`) ?? []));
		return out;
	}

	private nearest(p: Position, radiusKm: number, accept: (n: number) => boolean) {
		let best: number | undefined;
		let bestKm = radiusKm;
		for (const n of this.around(p, radiusKm)) {
			const d = km(p, this.points[n]);
			if (d <= bestKm && accept(n)) [best, bestKm] = [n, d];
		}
		return best;
	}

	/**
	 * The node an anchor stands for: the nearest river vertex, a major river preferred over a
	 * minor one a little nearer (a town's own creek is rarely the river it is named for).
	 */
	anchorNode(p: Position): number | undefined {
		let best: number | undefined;
		let bestCost = Infinity;
		for (const n of this.around(p, MAX_ANCHOR_KM)) {
			const d = km(p, this.points[n]);
			if (d > MAX_ANCHOR_KM || this.levels[n] === LAKE_LEVEL) continue;
			const cost = d + (ANCHOR_LEVEL_KM[this.levels[n]] ?? 20);
			if (cost < bestCost) [best, bestCost] = [n, cost];
		}
		return best;
	}

	/**
	 * The cheapest path between two nodes, as node indices; undefined if none. A*: the straight
	 * distance is a lower bound of the cost (no step costs less than 1 per km).
	 */
	path(from: number, to: number): number[] | undefined {
		const cost = new Float64Array(this.points.length).fill(Infinity);
		const previous = new Int32Array(this.points.length).fill(-1);
		const goal = this.points[to];
		const heap = new Heap();
		cost[from] = 0;
		heap.push(from, km(this.points[from], goal));
		while (heap.size) {
			const [n, estimate] = heap.pop();
			if (n === to) break;
			const c = cost[n];
			if (estimate > c + km(this.points[n], goal) + 1e-9) continue;
			for (const e of this.edges[n]) {
				const next = c + e.cost;
				if (next < cost[e.to]) {
					cost[e.to] = next;
					previous[e.to] = n;
					heap.push(e.to, next + km(this.points[e.to], goal));
				}
			}
		}
		if (cost[to] === Infinity) return undefined;
		const out = [to];
		while (out.at(-1) !== from) out.push(previous[out.at(-1)!]);
		return out.reverse();
	}
}

function key(p: Position): string {
	return `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
}

function cell(p: Position): string {
	return `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;
}

/** A binary min-heap of (node, cost); ties broken by node index, so runs are reproducible. */
class Heap {
	private nodes: number[] = [];
	private costs: number[] = [];
	get size(): number {
		return this.nodes.length;
	}
	private less(i: number, j: number): boolean {
		return (
			this.costs[i] < this.costs[j] ||
			(this.costs[i] === this.costs[j] && this.nodes[i] < this.nodes[j])
		);
	}
	private swap(i: number, j: number): void {
		[this.nodes[i], this.nodes[j]] = [this.nodes[j], this.nodes[i]];
		[this.costs[i], this.costs[j]] = [this.costs[j], this.costs[i]];
	}
	push(node: number, cost: number): void {
		this.nodes.push(node);
		this.costs.push(cost);
		let i = this.nodes.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.less(i, parent)) break;
			this.swap(i, parent);
			i = parent;
		}
	}
	pop(): [number, number] {
		const top: [number, number] = [this.nodes[0], this.costs[0]];
		const lastNode = this.nodes.pop()!;
		const lastCost = this.costs.pop()!;
		if (this.nodes.length) {
			this.nodes[0] = lastNode;
			this.costs[0] = lastCost;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < this.nodes.length && this.less(l, m)) m = l;
				if (r < this.nodes.length && this.less(r, m)) m = r;
				if (m === i) break;
				this.swap(i, m);
				i = m;
			}
		}
		return top;
	}
}
