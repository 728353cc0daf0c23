import type { Attachment } from 'svelte/attachments';

/**
 * Sets an element's inline style properties (custom properties such as `--color`, or ordinary
 * ones) through the CSSOM once the page runs, in place of a `style:` directive. A directive is
 * written into the prerendered HTML as a `style="…"` attribute, which the content security
 * policy refuses (style-src-attr); `element.style.setProperty` is not governed by it.
 *
 * Use: `<span {@attach styleProps({ '--color': colour })}></span>`; it runs again whenever a
 * value it reads changes.
 */
export function styleProps(props: Record<string, string | number>): Attachment<HTMLElement> {
	return (node) => {
		for (const [name, value] of Object.entries(props)) node.style.setProperty(name, String(value));
		return () => {
			for (const name of Object.keys(props)) node.style.removeProperty(name);
		};
	};
}
