/**
 * The chapters' map pictures (scripts/chapter-images.ts) are what a reader sees before the live
 * map, and all a reader without JavaScript or WebGL sees: every chapter must have one for each
 * layout, at the size the page shows, and small enough for a first screen. The share card
 * (what a link preview shows) is a JPEG of exactly 1200×630, well under 150 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CHAPTER_IMAGE_DIR,
	CHAPTER_IMAGE_FORMATS,
	CHAPTER_IMAGE_SIZES,
	chapterImagePath,
	type PictureLayout
} from '../../../src/lib/story/pictures';
import { imageSize } from '../../browser/image-size';
import { chapters } from '../../browser/story-data';

const read = (path: string) => new Uint8Array(readFileSync(`static/${path}`));
const layouts = Object.keys(CHAPTER_IMAGE_SIZES) as PictureLayout[];

describe('imageSize', () => {
	it('reads a lossy WebP header and refuses what is not a picture', () => {
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
		expect(imageSize(header)).toEqual([780, 776]);
		expect(() => imageSize(new TextEncoder().encode('<html>not a picture</html>'))).toThrow(
			/neither a WebP nor a JPEG/
		);
	});

	it('reads the size of a JPEG from its start-of-frame segment', () => {
		// SOI, an APP0 segment of 4 bytes, then a baseline SOF0 of 630 rows by 1200 columns.
		const jpeg = new Uint8Array([
			0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x76,
			0x04, 0xb0, 0x03
		]);
		expect(imageSize(jpeg)).toEqual([1200, 630]);
	});
});

describe('the chapter pictures', () => {
	it.each(chapters.map((c) => c.id))('exist for %s at every layout, at the size shown', (id) => {
		for (const layout of layouts) {
			const bytes = read(chapterImagePath(id, layout));
			expect(imageSize(bytes), `${id} ${layout}`).toEqual([...CHAPTER_IMAGE_SIZES[layout].pixels]);
			const limit = CHAPTER_IMAGE_FORMATS[layout] === 'jpg' ? 150 : 90;
			expect(bytes.length, `${id} ${layout}: bytes`).toBeLessThan(limit * 1024);
		}
	});

	it.each(chapters.map((c) => c.id))('include a 1200×630 JPEG share card for %s', (id) => {
		const bytes = read(chapterImagePath(id, 'card'));
		expect([bytes[0], bytes[1]], 'a JPEG starts with FF D8').toEqual([0xff, 0xd8]);
		expect(imageSize(bytes)).toEqual([1200, 630]);
	});

	it('are only those of chapters the story has (a removed chapter takes its pictures along)', () => {
		const expected = chapters.flatMap((c) =>
			layouts.map((layout) => chapterImagePath(c.id, layout).split('/').pop())
		);
		expect(readdirSync(`static/${CHAPTER_IMAGE_DIR}`).sort()).toEqual(expected.sort());
	});
});
