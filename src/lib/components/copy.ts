/**
 * Copying for the Embed and Share buttons: to the clipboard where the browser allows it; where
 * it refuses (no permission, an insecure page, an old browser), the text is selected in its
 * field so the reader can copy it by hand, and the caller says how.
 */

/** Copies `text`; on refusal selects `field`. Resolves to whether the clipboard took it. */
export async function copyText(
	text: string,
	field?: HTMLInputElement | HTMLTextAreaElement | null
): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		field?.focus();
		field?.select();
		return false;
	}
}
