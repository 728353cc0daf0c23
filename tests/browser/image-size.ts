/**
 * Width and height of a WebP or JPEG file, read from its header (the chapters' pictures and
 * share cards; the unit and browser tests both read them).
 */

/** Width and height of a WebP file, from its first chunk (lossy, lossless or extended). */
function webpSize(bytes: Uint8Array): [number, number] {
	const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
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

/** Width and height of a JPEG file, from its start-of-frame segment (SOF0–SOF15 but DHT, JPG, DAC). */
function jpegSize(bytes: Uint8Array): [number, number] {
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) throw new Error(`bad JPEG segment at byte ${at}`);
		const marker = bytes[at + 1];
		const length = (bytes[at + 2] << 8) | bytes[at + 3];
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
			return [(bytes[at + 7] << 8) | bytes[at + 8], (bytes[at + 5] << 8) | bytes[at + 6]];
		at += 2 + length;
	}
	throw new Error('no JPEG start-of-frame segment');
}

/** Width and height of a WebP or JPEG picture; throws on anything else. */
export function imageSize(bytes: Uint8Array): [number, number] {
	const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return webpSize(bytes);
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
	throw new Error('neither a WebP nor a JPEG file');
}
