/**
 * Shared setup for browser tests: the built site on a local server, the system Chromium
 * (software WebGL), and a page that records page errors, content security policy violations
 * and any request off the origin.
 */
import {
	chromium,
	type Browser,
	type BrowserContextOptions,
	type Frame,
	type Page
} from 'playwright-core';
import { serveBuild, type StaticServer } from './server';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

export interface Harness {
	server: StaticServer;
	browser: Browser;
	close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
	const executablePath = process.env.CHROMIUM_PATH;
	if (!executablePath)
		throw new Error('CHROMIUM_PATH is not set: run the browser tests through npm test');
	const server = await serveBuild();
	const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
	return {
		server,
		browser,
		close: async () => {
			await browser.close();
			await server.close();
		}
	};
}

export interface Watched {
	page: Page;
	/** Page errors, console errors and policy violations, in the order they happened. */
	errors: string[];
	/** The content security policy violations alone (also in `errors`). */
	violations: string[];
	offOrigin: string[];
	/** Closes the page; throws if any frame reported a content security policy violation. */
	close(): Promise<void>;
}

/**
 * Reports every `securitypolicyviolation` of a document (any frame: the story, or the embed
 * inside a host page) to the test, before the page's own scripts run. Runs in the browser.
 */
function listenForViolations(): void {
	document.addEventListener(
		'securitypolicyviolation',
		(e) => {
			const where = `${e.sourceFile || location.href}${e.lineNumber ? `:${e.lineNumber}` : ''}`;
			const report = (window as unknown as { __cspViolation?: (v: string) => void }).__cspViolation;
			report?.(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${where}`);
		},
		true
	);
}

/**
 * A fresh context and page that records page errors, console errors, content security policy
 * violations and off-origin requests. The policy is never bypassed (Playwright's `bypassCSP`
 * stays off), and `close()` fails the test on any violation even where a test does not look at
 * `errors`, so no route can break the policy unnoticed.
 */
export async function openPage(h: Harness, options: BrowserContextOptions = {}): Promise<Watched> {
	if (options.bypassCSP) throw new Error('the browser tests check the content security policy');
	const context = await h.browser.newContext({
		viewport: { width: 1280, height: 800 },
		...options
	});
	const errors: string[] = [];
	const violations: string[] = [];
	const offOrigin: string[] = [];
	await context.exposeBinding('__cspViolation', ({ frame }, violation: string) => {
		const entry = `csp: ${violation} (frame ${frame.url()})`;
		violations.push(entry);
		errors.push(entry);
	});
	await context.addInitScript(listenForViolations);
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!url.startsWith(h.server.origin)) offOrigin.push(url);
	});
	return {
		page,
		errors,
		violations,
		offOrigin,
		close: async () => {
			await context.close();
			if (violations.length > 0)
				throw new Error(`content security policy violated:\n${violations.join('\n')}`);
		}
	};
}

/** Waits until the story map (of a page, or of a frame in one) has drawn its layers and gone idle. */
export async function waitForMapIdle(page: Page | Frame, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
		undefined,
		{ timeout }
	);
}

/** Makes the page's WebGL unavailable (as on a machine without it), before any script runs. */
export async function withoutWebgl(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof original;
	});
}
