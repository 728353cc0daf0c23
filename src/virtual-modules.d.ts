/** One language's interface strings from src/content/ui.json (the `ui-strings` plugin, vite.config.ts). */
declare module 'virtual:ui-strings/*' {
	const table: Record<string, string>;
	export default table;
}
