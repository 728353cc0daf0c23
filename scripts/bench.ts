/**
 * Benchmark against the budgets in DESIGN.md, reported as numbers (never a pass/fail test).
 * Needs a built site (`npm run build`); builds the bare MapLibre baseline itself.
 *   npm run bench            → prints a table and writes bench/results/latest.json
 * Measures, in one run, story vs. a bare MapLibre page with the same basemap:
 *  1. bytes (gzip) fetched until the first chapter's map is idle, MapLibre vs. everything else
 *     (and, apart, the chapter's picture shown before the map, and what is fetched after that
 *     idle: detail the first chapter does not need);
 *  2. time to first map idle (median of RUNS), and to the largest paint before it (the picture);
 *  3. frame-interval p95 while moving through every chapter camera, and long tasks, after a
 *     3 s reading pause on the opening chapter;
 *  4. data uploads while the timeline moves on /explore (should be zero);
 *  4b. frame-interval p95 while the /explore timeline plays from 1917 to 1991 at its fastest
 *     speed, against the bare page repainting at the same cadence for as long, and the data
 *     uploads (setData) while it plays (should be zero);
 *  5. with LIGHTHOUSE=1, Lighthouse (mobile) scores for `/`, via `npx lighthouse@12` from npm,
 *     against the site served as a CDN would (gzip, cache headers).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS } from '../tests/browser/harness';
import { countUploads, readUploads } from '../tests/browser/upload-probe';
import { serveBuild } from '../tests/browser/server';
import type { Chapter } from '../src/lib/story/types';
import { CARDS_LEFT_PADDING } from '../src/lib/map/padding';
import { CHAPTER_IMAGE_DIR } from '../src/lib/story/pictures';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chaptersDir = 'src/content/chapters';
const chapters: Chapter[] = readdirSync(chaptersDir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(chaptersDir, f), 'utf8')));

/**
 * MapLibre's own files in the build: vite.config.ts gives MapLibre a chunk named `maplibre`
 * (with its CSS); the worker is MapLibre's too. Read from Vite's manifest, not guessed.
 */
const manifest: Record<string, { file: string; name?: string; css?: string[] }> = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
);
const MAPLIBRE_FILES = new Set(
	Object.values(manifest)
		.filter((m) => m.name === 'maplibre' || /maplibre/.test(m.file))
		.flatMap((m) => [m.file, ...(m.css ?? [])])
		.map((f) => `/${f}`)
);
for (const f of readdirSync('build/_app/immutable/workers'))
	MAPLIBRE_FILES.add(`/_app/immutable/workers/${f}`);

/** Lighthouse's script time (bootup-time audit) split into MapLibre's files and the rest. */
function scriptTimeBy(report: {
	audits: Record<string, { details?: { items?: { url: string; scripting?: number }[] } }>;
}): { maplibre: number; other: number } {
	const split = { maplibre: 0, other: 0 };
	for (const item of report.audits['bootup-time'].details?.items ?? []) {
		const path = URL.canParse(item.url) ? new URL(item.url).pathname : item.url;
		split[MAPLIBRE_FILES.has(path) ? 'maplibre' : 'other'] += Math.round(item.scripting ?? 0);
	}
	return split;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const kb = (n: number) => Math.round(n / 102.4) / 10;

execFileSync(
	'node',
	['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts'],
	{
		stdio: 'inherit'
	}
);

const executablePath = findChromium();
if (!executablePath) process.exit(1);
// The bare page is served from its own build under /__bare/, beside the story's basemap.
const server = await serveBuild(join(process.cwd(), 'build'), {
	'/__bare/': join(process.cwd(), 'bench/results/bare')
});
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

async function newPage(): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	// tsx keeps function names with a `__name` helper that page.evaluate code cannot see.
	await context.addInitScript('window.__name = (f) => f');
	// How many GL programs MapLibre had compiled at the map's first idle: on software WebGL each
	// costs 0.1–0.2 s of the main thread (README, Performance). Read from MapLibre's painter (not
	// public API, so only here), when the page hands its map over as `__storyMap`.
	await context.addInitScript(() => {
		const w = window as unknown as Record<string, unknown>;
		let map: import('maplibre-gl').Map | undefined;
		Object.defineProperty(w, '__storyMap', {
			configurable: true,
			get: () => map,
			set: (value: import('maplibre-gl').Map) => {
				map = value;
				value.once('idle', () => {
					const cache = (value as unknown as { painter?: { programCache?: { programs?: object } } })
						.painter?.programCache?.programs;
					w.__programsAtIdle = cache ? Object.keys(cache).length : NaN;
				});
			}
		});
	});
	return context.newPage();
}

/** The GL programs compiled by the first idle (see `newPage`). */
function programsAtIdle(page: Page): Promise<number> {
	return page.evaluate(
		() => (window as unknown as { __programsAtIdle?: number }).__programsAtIdle ?? NaN
	);
}

/** 1 + 2: load `/` and record each response's gzip size and the time to map idle. */
async function loadStory() {
	const page = await newPage();
	const sizes: {
		url: string;
		gzip: number;
		maplibre: boolean;
		picture: boolean;
		beforeIdle?: boolean;
	}[] = [];
	const reads: Promise<void>[] = [];
	const requested: { url: string; at: number }[] = [];
	page.on('request', (request) => requested.push({ url: request.url(), at: Date.now() }));
	page.on('response', (response) => {
		reads.push(
			response
				.body()
				.then((body) => {
					const path = new URL(response.url()).pathname;
					const maplibre = MAPLIBRE_FILES.has(path);
					const picture = path.startsWith(`/${CHAPTER_IMAGE_DIR}/`);
					// A WebP does not shrink under gzip, nor is it served gzipped: count it as it is.
					const gzip = picture ? body.length : gzipSync(body, { level: 6 }).length;
					sizes.push({ url: response.url(), gzip, maplibre, picture });
				})
				.catch(() => {
					// redirects and aborted requests have no body
				})
		);
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __lcp: number };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__lcp = e.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	await page.goto(`${server.origin}/`);
	await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 120_000 });
	const idle = await page.evaluate(
		() => performance.getEntriesByName('map-idle')[0]?.startTime ?? NaN
	);
	const phases = await readPhases(page);
	const programs = await programsAtIdle(page);
	// The largest paint before the map is idle: the chapter's picture, when it is shown.
	const lcp = await page.evaluate(() => (window as unknown as { __lcp?: number }).__lcp ?? NaN);
	// What the page fetches after the first idle (the basemap's detail, the card texts) is
	// reported apart: the budget is for what the first chapter waits on. Requests are timed here,
	// not by the page's resource timing, which does not see the worker's fetches.
	const idleAt = (await page.evaluate(() => performance.timeOrigin)) + idle;
	await page.waitForLoadState('networkidle');
	const early = new Set(requested.filter((r) => r.at <= idleAt).map((r) => r.url));
	await Promise.all(reads);
	await page.context().close();
	for (const size of sizes) size.beforeIdle = early.has(size.url);
	// A file fetched twice (the page's @font-face and MapLibre's font loader ask for the same
	// woff2) is one download from a CDN with cache headers: count each URL once.
	const unique = [...new Map(sizes.map((s) => [s.url, s])).values()];
	return { sizes: unique, idle, lcp, phases, programs };
}

/** Where the time to a quiet map goes: the pages' phase marks (see MapView), in ms from navigation. */
const PHASES = ['map-create', 'story-data', 'map-style', 'story-layers', 'map-idle'] as const;
type Phases = Partial<Record<(typeof PHASES)[number], number>>;

function readPhases(page: Page): Promise<Phases> {
	return page.evaluate(
		(names) =>
			Object.fromEntries(
				names.flatMap((name) => {
					const mark = performance.getEntriesByName(name)[0];
					return mark ? [[name, mark.startTime]] : [];
				})
			),
		[...PHASES]
	);
}

/** The median of each phase over the runs that reached it. */
function medianPhases(runs: Phases[]): Phases {
	return Object.fromEntries(
		PHASES.flatMap((name) => {
			const times = runs.map((r) => r[name]).filter((t): t is number => t !== undefined);
			return times.length ? [[name, Math.round(median(times))]] : [];
		})
	);
}

async function loadBare() {
	const page = await newPage();
	const c = chapters[0].camera;
	await page.goto(`${server.origin}/__bare/index.html?center=${c.center.join(',')}&zoom=${c.zoom}`);
	await page.waitForSelector('body[data-idle]', { timeout: 120_000 });
	const phases = await readPhases(page);
	const programs = await programsAtIdle(page);
	await page.context().close();
	return { phases, programs };
}

/** Records rAF intervals and long tasks while `drive` runs. */
async function recordFrames(page: Page, drive: () => Promise<void>) {
	await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[]; __stop: boolean };
		w.__frames = [];
		w.__long = [];
		w.__stop = false;
		let last = performance.now();
		const tick = (t: number) => {
			w.__frames.push(t - last);
			last = t;
			if (!w.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	await drive();
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[]; __stop: boolean };
		w.__stop = true;
		return { frames: w.__frames.slice(1), long: w.__long };
	});
}

const waitStill = (page: Page) =>
	page.waitForFunction(() => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		return !m.isMoving();
	});

/**
 * A reader spends a moment on the opening chapter before scrolling; both pages get that pause
 * (the story uses it to compile what later chapters draw, see src/lib/map/warm.ts).
 */
const READING_PAUSE_MS = 3000;

async function scrollStory() {
	const page = await newPage();
	await page.goto(`${server.origin}/`);
	await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 120_000 });
	await page.waitForTimeout(READING_PAUSE_MS);
	const result = await recordFrames(page, async () => {
		for (const chapter of chapters.slice(1)) {
			await page.evaluate(
				(id) =>
					document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'smooth' }),
				chapter.id
			);
			await page.waitForFunction((id) => location.search.includes(`chapter=${id}`), chapter.id);
			await waitStill(page);
		}
	});
	await page.context().close();
	return result;
}

async function flyBare() {
	const page = await newPage();
	await page.goto(`${server.origin}/__bare/index.html`);
	await page.waitForSelector('body[data-idle]', { timeout: 120_000 });
	await page.waitForTimeout(READING_PAUSE_MS);
	const result = await recordFrames(page, async () => {
		for (const chapter of chapters.slice(1)) {
			await page.evaluate(
				({ camera, padding }) => {
					const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
					m.flyTo({ ...camera, duration: 2400, curve: 1.3, essential: true, padding });
				},
				{ camera: chapter.camera, padding: CARDS_LEFT_PADDING }
			);
			await page.waitForTimeout(50);
			await waitStill(page);
		}
	});
	await page.context().close();
	return result;
}

async function timelineUploads() {
	const page = await newPage();
	await page.goto(`${server.origin}/explore`);
	await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 120_000 });
	const calls = await page.evaluate(async () => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		let uploads = 0;
		for (const id of Object.keys(m.getStyle().sources)) {
			const source = m.getSource(id) as unknown as { setData?: (...a: unknown[]) => unknown };
			if (source?.setData) {
				const original = source.setData.bind(source);
				source.setData = (...a: unknown[]) => {
					uploads++;
					return original(...a);
				};
			}
		}
		// The slider counts months from January 1917 (0) to December 1991 (899): a year a step.
		const slider = document.querySelector<HTMLInputElement>('input[type=range]')!;
		for (let month = 0; month <= 899; month += 12) {
			slider.value = String(month);
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => requestAnimationFrame(r));
		}
		return uploads;
	});
	await page.context().close();
	return calls;
}

/**
 * Counts, from now on, the style's source reloads (`window.__reloads`): MapLibre re-tiles a
 * source in its worker, from the data it holds, when a filter or layout property reading the
 * global state changes; the data is not sent again (`countUploads` counts that), but the tiles
 * are rebuilt.
 */
function countReloads(page: Page) {
	return page.evaluate(() => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		const w = window as unknown as { __reloads: number };
		w.__reloads = 0;
		// A private method of MapLibre's Style: read here only to count, never relied on by the app.
		const style = (m as unknown as { style: { _reloadSource: (id: string) => void } }).style;
		const reload = style._reloadSource.bind(style);
		style._reloadSource = (id: string) => {
			w.__reloads++;
			reload(id);
		};
	});
}

/** The fastest playing speed, in months per second (`SPEEDS` in src/lib/map/timeline.ts). */
const FASTEST = 12;

/**
 * 4b: the /explore timeline played from January 1917 to December 1991 at its fastest speed
 * (75 s), every layer on; frame intervals, long tasks, data uploads, and how long it took.
 */
async function playTimeline() {
	const page = await newPage();
	await page.goto(`${server.origin}/explore?year=1917`);
	await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 120_000 });
	await page.waitForTimeout(READING_PAUSE_MS);
	await page.locator(`input[name="timeline-speed"][value="${FASTEST}"]`).check({ force: true });
	await countUploads(page);
	await countReloads(page);
	const started = Date.now();
	const result = await recordFrames(page, async () => {
		await page.getByRole('button', { name: 'Play' }).click();
		await page.getByRole('button', { name: 'Pause' }).waitFor();
		// Playing stops by itself at December 1991 (the button reads Play again).
		await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 300_000 });
	});
	const ms = Date.now() - started;
	const uploads = await readUploads(page);
	const reloads = await page.evaluate(() => (window as unknown as { __reloads: number }).__reloads);
	const reached = await page.evaluate(() => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		return m.getGlobalState().to as number;
	});
	await page.context().close();
	return { ...result, ms, uploads, reloads, reached };
}

/**
 * The bare page's side of 4b: the same basemap repainted at the timeline's cadence (a repaint
 * each month, FASTEST a second) for as long as the timeline played.
 */
async function repaintBare(ms: number) {
	const page = await newPage();
	await page.goto(`${server.origin}/__bare/index.html?center=100,46&zoom=2.8`);
	await page.waitForSelector('body[data-idle]', { timeout: 120_000 });
	await page.waitForTimeout(READING_PAUSE_MS);
	const result = await recordFrames(page, () =>
		page.evaluate(
			({ ms, every }) =>
				new Promise<void>((resolve) => {
					const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
					const start = performance.now();
					let month = -1;
					const tick = (now: number) => {
						const at = Math.floor((now - start) / every);
						if (at !== month) {
							month = at;
							m.triggerRepaint();
						}
						if (now - start < ms) requestAnimationFrame(tick);
						else resolve();
					};
					requestAnimationFrame(tick);
				}),
			{ ms, every: 1000 / FASTEST }
		)
	);
	await page.context().close();
	return result;
}

const story: {
	idle: number;
	lcp: number;
	ours: number;
	picture: number;
	maplibre: number;
	deferred: number;
}[] = [];
const bareIdle: number[] = [];
const barePhases: Phases[] = [];
const storyPhases: Phases[] = [];
const storyPrograms: number[] = [];
const barePrograms: number[] = [];
const sum = (xs: { gzip: number }[]) => xs.reduce((a, x) => a + x.gzip, 0);
for (let i = 0; i < RUNS; i++) {
	const s = await loadStory();
	const early = s.sizes.filter((x) => x.beforeIdle);
	story.push({
		idle: s.idle,
		lcp: s.lcp,
		ours: sum(early.filter((x) => !x.maplibre && !x.picture)),
		picture: sum(early.filter((x) => x.picture)),
		maplibre: sum(early.filter((x) => x.maplibre)),
		deferred: sum(s.sizes.filter((x) => !x.beforeIdle))
	});
	if (i === 0) {
		console.log('\nResources fetched (gzip; "after idle" = deferred past the first idle):');
		for (const x of s.sizes.sort((a, b) => b.gzip - a.gzip))
			console.log(
				`  ${kb(x.gzip).toString().padStart(7)} KB  ${x.beforeIdle ? '' : '[after idle] '}${x.maplibre ? '[maplibre] ' : ''}${x.picture ? '[picture] ' : ''}${new URL(x.url).pathname}`
			);
	}
	storyPhases.push(s.phases);
	storyPrograms.push(s.programs);
	const bare = await loadBare();
	barePhases.push(bare.phases);
	barePrograms.push(bare.programs);
	bareIdle.push(bare.phases['map-idle'] ?? NaN);
}
const storyFrames = await scrollStory();
const bareFrames = await flyBare();
const uploads = await timelineUploads();
const played = await playTimeline();
const bareRepaint = await repaintBare(played.ms);
await browser.close();
await server.close();

const results = {
	date: new Date().toISOString(),
	runs: RUNS,
	bytes: {
		maplibreKB: kb(median(story.map((s) => s.maplibre))),
		everythingElseKB: kb(median(story.map((s) => s.ours))),
		chapterPictureKB: kb(median(story.map((s) => s.picture))),
		afterIdleKB: kb(median(story.map((s) => s.deferred))),
		budgetKB: 200
	},
	firstIdle: {
		storyMs: Math.round(median(story.map((s) => s.idle))),
		largestPaintBeforeIdleMs: Math.round(median(story.map((s) => s.lcp))),
		bareMs: Math.round(median(bareIdle)),
		ratio: Math.round((median(story.map((s) => s.idle)) / median(bareIdle)) * 100) / 100,
		budgetRatio: 1.3,
		phasesMs: { story: medianPhases(storyPhases), bare: medianPhases(barePhases) },
		glProgramsAtIdle: { story: median(storyPrograms), bare: median(barePrograms) }
	},
	frames: {
		storyP95Ms: Math.round(p95(storyFrames.frames) * 10) / 10,
		bareP95Ms: Math.round(p95(bareFrames.frames) * 10) / 10,
		ratio: Math.round((p95(storyFrames.frames) / p95(bareFrames.frames)) * 100) / 100,
		budgetRatio: 1.2,
		storyLongTasks: storyFrames.long.length,
		storyLongestTaskMs: Math.round(Math.max(0, ...storyFrames.long)),
		bareLongTasks: bareFrames.long.length
	},
	timeline: { setDataCallsOver75Years: uploads, budget: 0 },
	timelinePlay: {
		monthsPerSecond: FASTEST,
		seconds: Math.round(played.ms / 100) / 10,
		reachedTo: played.reached,
		exploreP95Ms: Math.round(p95(played.frames) * 10) / 10,
		bareP95Ms: Math.round(p95(bareRepaint.frames) * 10) / 10,
		ratio: Math.round((p95(played.frames) / p95(bareRepaint.frames)) * 100) / 100,
		budgetRatio: 1.2,
		exploreLongTasks: played.long.length,
		exploreLongestTaskMs: Math.round(Math.max(0, ...played.long)),
		bareLongTasks: bareRepaint.long.length,
		setDataCallsWhilePlaying: played.uploads,
		budget: 0,
		sourceReloadsWhilePlaying: played.reloads
	}
};
if (process.env.LIGHTHOUSE) {
	const cdn = await serveBuild(join(process.cwd(), 'build'), {}, { cdn: true });
	// The flags Lighthouse's own launcher needs here; more of ours made its Chromium unstable.
	const flags =
		'--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader --disable-background-networking';
	try {
		// Run apart, never synchronously: the server above lives in this process, and a blocked
		// event loop answered nothing (Lighthouse then waited for a first paint that never came:
		// the "hang" and NO_FCP of earlier runs).
		const lighthouse = spawn(
			'npx',
			[
				'--yes',
				'lighthouse@12',
				`${cdn.origin}/`,
				`--chrome-flags=${flags}`,
				'--quiet',
				'--only-categories=performance,accessibility,best-practices,seo',
				'--output=json',
				'--output-path=bench/results/lighthouse.json'
			],
			{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: executablePath } }
		);
		const code = await new Promise<number | null>((resolve, reject) => {
			lighthouse.on('exit', resolve);
			lighthouse.on('error', reject);
		});
		if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
		const report = JSON.parse(readFileSync('bench/results/lighthouse.json', 'utf8'));
		const audit = (id: string) =>
			Math.round((report.audits as Record<string, { numericValue: number }>)[id].numericValue);
		(results as Record<string, unknown>).lighthouse = {
			...Object.fromEntries(
				Object.entries(report.categories as Record<string, { score: number }>).map(([k, v]) => [
					k,
					Math.round(v.score * 100)
				])
			),
			firstContentfulPaintMs: audit('first-contentful-paint'),
			largestContentfulPaintMs: audit('largest-contentful-paint'),
			totalBlockingTimeMs: audit('total-blocking-time'),
			// Where the main thread's script time went: MapLibre's chunk against everything else
			// (Svelte's runtime runs our effects, and MapLibre calls made from them count there).
			scriptMs: scriptTimeBy(report)
		};
	} catch (error) {
		(results as Record<string, unknown>).lighthouse = {
			error: String((error as Error).message).slice(0, 200)
		};
	}
	await cdn.close();
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
console.log('\n' + JSON.stringify(results, null, 2));
