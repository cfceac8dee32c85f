/** The item page's keyboard shortcuts, listed under "Keyboard shortcuts" on the page. */

export const STRIKE_PROMPT = 'Strike out which option? Press its letter or number.';
export const NOTHING_STRUCK = 'Nothing struck out.';

/** What the page's state allows when a key is pressed. */
export interface KeyContext {
	/** `S` was pressed last: this key names the option to strike out. */
	strikePending: boolean;
	strikeable: boolean;
	locked: boolean;
	position: number;
	itemCount: number;
	hasForm: boolean;
}

export type KeyAction =
	| { kind: 'strike'; index: number }
	| { kind: 'strike-none' }
	| { kind: 'strike-ask' }
	| { kind: 'choose'; index: number }
	| { kind: 'submit' }
	| { kind: 'go'; position: number }
	| { kind: 'flag' };

export type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>;

/** A field where keys are typed, not shortcuts; radios and checkboxes are not. */
function typing(target: EventTarget | null) {
	return (
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement ||
		(target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type))
	);
}

/**
 * The shortcut a key press asks for, or null for none. Every action but `choose` is taken with
 * the key's default prevented; `choose` only when the option's input exists.
 */
export function keyAction(event: KeyInput, context: KeyContext): KeyAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return null;
	const key = event.key.toLowerCase();
	const index = '12345'.indexOf(key) >= 0 ? '12345'.indexOf(key) : 'abcde'.indexOf(key);
	const optionKey = index >= 0 && key.length === 1;
	if (context.strikePending) {
		return optionKey ? { kind: 'strike', index } : { kind: 'strike-none' };
	}
	if (key === 's' && context.strikeable) return { kind: 'strike-ask' };
	if (optionKey && !context.locked) return { kind: 'choose', index };
	if (key === 'enter' && !context.locked && context.hasForm) return { kind: 'submit' };
	if (key === 'n' && context.position < context.itemCount) {
		return { kind: 'go', position: context.position + 1 };
	}
	if (key === 'p' && context.position > 1) return { kind: 'go', position: context.position - 1 };
	if (key === 'f') return { kind: 'flag' };
	return null;
}

/** Chooses (or, for a checkbox, toggles) an option's input; false when the form has no such input. */
export function chooseOption(form: HTMLFormElement | undefined, index: number): boolean {
	const input = form?.querySelector<HTMLInputElement>(`input[data-option-index="${index}"]`);
	if (!input) return false;
	input.checked = input.type === 'checkbox' ? !input.checked : true;
	input.focus();
	input.dispatchEvent(new Event('change', { bubbles: true }));
	return true;
}

/** What the page does for the shortcuts that change its own state. */
export interface KeyEffects {
	toggleStrike(index: number): void;
	/** Sets whether the next key names an option to strike out, and the message announced. */
	strike(pending: boolean, message?: string): void;
	go(position: number): void;
}

/** Takes the shortcut a key press asks for, if any, on the page's answer form. */
export function handleKey(
	event: KeyInput & Pick<KeyboardEvent, 'preventDefault'>,
	state: Omit<KeyContext, 'hasForm'> & { form: HTMLFormElement | undefined },
	effects: KeyEffects
): void {
	const { form } = state;
	const action = keyAction(event, { ...state, hasForm: !!form });
	if (!action || (action.kind === 'choose' && !chooseOption(form, action.index))) return;
	event.preventDefault();
	switch (action.kind) {
		case 'strike':
			effects.strike(false);
			effects.toggleStrike(action.index);
			break;
		case 'strike-none':
			effects.strike(false, NOTHING_STRUCK);
			break;
		case 'strike-ask':
			effects.strike(true, STRIKE_PROMPT);
			break;
		case 'submit':
			form?.requestSubmit(
				form.querySelector<HTMLButtonElement>('button[data-primary]') ?? undefined
			);
			break;
		case 'go':
			effects.go(action.position);
			break;
		case 'flag':
			document.querySelector<HTMLFormElement>('#flag-form')?.requestSubmit();
			break;
	}
}
