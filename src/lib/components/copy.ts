/**
 * Copies a text to the clipboard; where the browser refuses (no permission, an insecure page, an
 * old browser), selects it in its element instead, so the reader can copy it by hand. The Embed
 * panel and the Cite panel both copy this way.
 * @returns whether the text reached the clipboard
 */
export async function copyText(text: string, element?: HTMLElement | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)
			element.select();
		else if (element) getSelection()?.selectAllChildren(element);
		return false;
	}
}
