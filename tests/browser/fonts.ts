/**
 * Which fonts actually drew a node's text (Chromium's own answer, through the DevTools
 * protocol), and which CJK fonts this machine has. Lets a test check that Chinese text is
 * drawn in a font that has its glyphs — the shipped subset or a system CJK font — on machines
 * with and without system CJK fonts alike.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

export interface PlatformFont {
	familyName: string;
	isCustomFont: boolean;
	glyphCount: number;
}

/** The fonts Chromium used to render the text of the first node matching `selector`. */
export async function fontsUsedFor(page: Page, selector: string): Promise<PlatformFont[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		if (!nodeId) throw new Error(`no element matches ${selector}`);
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts;
	} finally {
		await cdp.detach();
	}
}

/** Family names of the system fonts that cover Chinese (fontconfig), or none. */
export function systemCjkFamilies(): string[] {
	try {
		return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
			.split('\n')
			.flatMap((line) => line.split(','))
			.map((name) => name.trim())
			.filter(Boolean);
	} catch {
		return [];
	}
}
