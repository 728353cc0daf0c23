/** Types for `subset-font` (harfbuzz hb-subset compiled to wasm), which ships none. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; preserveNameIds?: number[] }
	): Promise<Buffer>;
}
