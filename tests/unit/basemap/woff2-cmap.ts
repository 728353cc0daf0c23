/**
 * Reads which code points a WOFF2 font maps to a glyph, straight from its `cmap` table, so a
 * test can check the shipped Chinese subset really draws every label character (the `.txt`
 * list next to it is only what the build meant to put in).
 *
 * WOFF2 (W3C Recommendation): a 48-byte header, a table directory of variable-length entries,
 * then one Brotli stream holding the tables back to back. `cmap` (known-tag index 0) is never
 * transformed, so it can be read as in an OpenType file.
 */
import { brotliDecompressSync } from 'node:zlib';

const HEADER_BYTES = 48;
const ARBITRARY_TAG = 63;
const GLYF = 10;
const LOCA = 11;

interface Entry {
	tagIndex: number;
	/** Bytes the table takes in the decompressed stream. */
	length: number;
}

/** UIntBase128 as WOFF2 defines it: 7 bits a byte, high bit = more follows. */
function readBase128(bytes: Buffer, at: number): [value: number, next: number] {
	let value = 0;
	for (let i = 0; i < 5; i++) {
		const byte = bytes[at + i];
		value = value * 128 + (byte & 0x7f);
		if (!(byte & 0x80)) return [value, at + i + 1];
	}
	throw new Error('UIntBase128 longer than 5 bytes');
}

/** A table is transformed when glyf/loca use version 0 or any other table a non-zero one. */
function isTransformed(tagIndex: number, version: number): boolean {
	return tagIndex === GLYF || tagIndex === LOCA ? version !== 3 : version !== 0;
}

function readDirectory(font: Buffer, count: number): { entries: Entry[]; end: number } {
	const entries: Entry[] = [];
	let at = HEADER_BYTES;
	for (let n = 0; n < count; n++) {
		const flags = font[at++];
		const tagIndex = flags & 0x3f;
		if (tagIndex === ARBITRARY_TAG) at += 4;
		let origLength: number;
		[origLength, at] = readBase128(font, at);
		let length = origLength;
		if (isTransformed(tagIndex, flags >> 6)) [length, at] = readBase128(font, at);
		entries.push({ tagIndex, length });
	}
	return { entries, end: at };
}

/** The decompressed `cmap` table of a WOFF2 font. */
function cmapTable(font: Buffer): Buffer {
	if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
	if (font.toString('latin1', 4, 8) === 'ttcf') throw new Error('font collections not handled');
	const { entries, end } = readDirectory(font, font.readUInt16BE(12));
	const compressed = font.readUInt32BE(20);
	const tables = brotliDecompressSync(font.subarray(end, end + compressed));
	let offset = 0;
	for (const entry of entries) {
		if (entry.tagIndex === 0) return tables.subarray(offset, offset + entry.length);
		offset += entry.length;
	}
	throw new Error('no cmap table');
}

/** Format 12 (segmented coverage): groups of consecutive code points, all mapped. */
function format12(sub: Buffer, into: Set<number>): void {
	const groups = sub.readUInt32BE(12);
	for (let g = 0; g < groups; g++) {
		const start = sub.readUInt32BE(16 + g * 12);
		const end = sub.readUInt32BE(20 + g * 12);
		for (let c = start; c <= end; c++) into.add(c);
	}
}

/** Format 4 (BMP segments): a code point counts only if it resolves to a glyph other than 0. */
function format4(sub: Buffer, into: Set<number>): void {
	const segments = sub.readUInt16BE(6) / 2;
	const ends = 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const start = sub.readUInt16BE(starts + s * 2);
		const end = sub.readUInt16BE(ends + s * 2);
		const delta = sub.readInt16BE(deltas + s * 2);
		const rangeAt = rangeOffsets + s * 2;
		const rangeOffset = sub.readUInt16BE(rangeAt);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			const raw = rangeOffset ? sub.readUInt16BE(rangeAt + rangeOffset + (c - start) * 2) : c;
			const glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
			if (glyph !== 0) into.add(c);
		}
	}
}

/** Every code point the font's Unicode cmap subtables map to a real glyph. */
export function mappedCodePoints(font: Buffer): Set<number> {
	const cmap = cmapTable(font);
	const out = new Set<number>();
	const count = cmap.readUInt16BE(2);
	for (let r = 0; r < count; r++) {
		const platform = cmap.readUInt16BE(4 + r * 8);
		if (platform !== 0 && platform !== 3) continue;
		const sub = cmap.subarray(cmap.readUInt32BE(8 + r * 8));
		const format = sub.readUInt16BE(0);
		if (format === 12) format12(sub, out);
		if (format === 4) format4(sub, out);
	}
	return out;
}
