/**
 * Runs a form's update and puts the focus back where it was when the answer came: SvelteKit
 * moves it to the top of the page after a successful action, which would lose a keyboard user's
 * place after flagging a question or an autosave.
 */
export async function keepFocus(update: () => Promise<void>): Promise<void> {
	const focused = document.activeElement;
	await update();
	if (focused instanceof HTMLElement && focused !== document.body && focused.isConnected)
		focused.focus({ preventScroll: true });
}
