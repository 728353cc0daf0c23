/**
 * Shared setup for browser tests: the built site on a local server, the system Chromium
 * (software WebGL), and a page that records page errors and any request off the origin.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
	errors: string[];
	offOrigin: string[];
	close(): Promise<void>;
}

/** A fresh context and page that records page errors, console errors and off-origin requests. */
export async function openPage(h: Harness, options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await h.browser.newContext({
		viewport: { width: 1280, height: 800 },
		...options
	});
	const page = await context.newPage();
	const errors: string[] = [];
	const offOrigin: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!url.startsWith(h.server.origin)) offOrigin.push(url);
	});
	return { page, errors, offOrigin, close: () => context.close() };
}

/** Waits until the story map has drawn its layers and gone idle. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
		undefined,
		{ timeout }
	);
}
