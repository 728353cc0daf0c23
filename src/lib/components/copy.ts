/**
 * Copying for the Embed, Share and Cite panels: to the clipboard where the browser allows it;
 * where it refuses (no permission, an insecure page, an old browser), the text is selected in
 * its element so the reader can copy it by hand, and the caller says how.
 * @returns whether the text reached the clipboard
 */
export async function copyText(text: string, element?: HTMLElement | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
			element.focus();
			element.select();
		} else if (element) getSelection()?.selectAllChildren(element);
		return false;
	}
}
