/**
 * The chapters' map pictures (scripts/chapter-images.ts) are what a reader sees before the live
 * map, and all a reader without JavaScript or WebGL sees: every chapter must have one for each
 * layout, at the size the page shows, and small enough for a first screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CHAPTER_IMAGE_DIR,
	CHAPTER_IMAGE_SIZES,
	chapterImagePath,
	type PictureLayout
} from '../../../src/lib/story/pictures';
import { chapters } from '../../browser/story-data';

/** Width and height of a WebP file, from its first chunk (lossy, lossless or extended). */
function webpSize(bytes: Uint8Array): [number, number] {
	const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (text(0, 4) !== 'RIFF' || text(8, 12) !== 'WEBP') throw new Error('not a WebP file');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const chunk = text(12, 16);
	if (chunk === 'VP8 ')
		return [view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff];
	if (chunk === 'VP8L') {
		const bits = view.getUint32(21, true);
		return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
	}
	if (chunk === 'VP8X') {
		const u24 = (at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
		return [u24(24) + 1, u24(27) + 1];
	}
	throw new Error(`unknown WebP chunk ${chunk}`);
}

const read = (path: string) => new Uint8Array(readFileSync(`static/${path}`));
const layouts = Object.keys(CHAPTER_IMAGE_SIZES) as PictureLayout[];

describe('webpSize', () => {
	it('reads a lossy WebP header and refuses what is not WebP', () => {
		const header = new Uint8Array(30);
		header.set(
			[...'RIFF'].map((c) => c.charCodeAt(0)),
			0
		);
		header.set(
			[...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
			8
		);
		new DataView(header.buffer).setUint16(26, 780, true);
		new DataView(header.buffer).setUint16(28, 776, true);
		expect(webpSize(header)).toEqual([780, 776]);
		expect(() => webpSize(new TextEncoder().encode('<html>not a picture</html>'))).toThrow(
			/not a WebP/
		);
	});
});

describe('the chapter pictures', () => {
	it.each(chapters.map((c) => c.id))('exist for %s at both layouts, at the size shown', (id) => {
		for (const layout of layouts) {
			const bytes = read(chapterImagePath(id, layout));
			expect(webpSize(bytes), `${id} ${layout}`).toEqual([...CHAPTER_IMAGE_SIZES[layout].pixels]);
			expect(bytes.length, `${id} ${layout}: bytes`).toBeLessThan(90 * 1024);
		}
	});

	it('are only those of chapters the story has (a removed chapter takes its pictures along)', () => {
		const expected = chapters.flatMap((c) =>
			layouts.map((layout) => chapterImagePath(c.id, layout).split('/').pop())
		);
		expect(readdirSync(`static/${CHAPTER_IMAGE_DIR}`).sort()).toEqual(expected.sort());
	});
});
