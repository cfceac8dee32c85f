import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	handleKey,
	keyAction,
	NOTHING_STRUCK,
	STRIKE_PROMPT,
	type KeyContext,
	type KeyInput
} from './keyboard';

// The specs run in node: stand-ins for the element classes the handler tells fields apart by.
class FakeInput {
	constructor(public type: string) {}
}
class FakeTextArea {}
class FakeSelect {}

beforeAll(() => {
	vi.stubGlobal('HTMLInputElement', FakeInput);
	vi.stubGlobal('HTMLTextAreaElement', FakeTextArea);
	vi.stubGlobal('HTMLSelectElement', FakeSelect);
});
afterAll(() => vi.unstubAllGlobals());

const context: KeyContext = {
	strikePending: false,
	strikeable: true,
	locked: false,
	position: 2,
	itemCount: 3,
	hasForm: true
};

function press(key: string, extra: Partial<KeyInput> = {}): KeyInput {
	return { key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra };
}

describe('keyAction', () => {
	it('chooses an option by number or letter, either case', () => {
		expect(keyAction(press('1'), context)).toEqual({ kind: 'choose', index: 0 });
		expect(keyAction(press('5'), context)).toEqual({ kind: 'choose', index: 4 });
		expect(keyAction(press('C'), context)).toEqual({ kind: 'choose', index: 2 });
		expect(keyAction(press('6'), context)).toBeNull();
	});

	it('ignores keys with a modifier and keys typed into a field', () => {
		expect(keyAction(press('a', { ctrlKey: true }), context)).toBeNull();
		expect(keyAction(press('a', { metaKey: true }), context)).toBeNull();
		expect(keyAction(press('a', { altKey: true }), context)).toBeNull();
		for (const target of [new FakeTextArea(), new FakeSelect(), new FakeInput('text')]) {
			expect(keyAction(press('n', { target: target as EventTarget }), context)).toBeNull();
		}
		for (const type of ['radio', 'checkbox']) {
			const target = new FakeInput(type) as unknown as EventTarget;
			expect(keyAction(press('b', { target }), context)).toEqual({ kind: 'choose', index: 1 });
		}
	});

	it('asks which option to strike out, then strikes it or nothing', () => {
		expect(keyAction(press('s'), context)).toEqual({ kind: 'strike-ask' });
		expect(keyAction(press('s'), { ...context, strikeable: false })).toBeNull();
		const pending = { ...context, strikePending: true };
		expect(keyAction(press('d'), pending)).toEqual({ kind: 'strike', index: 3 });
		expect(keyAction(press('2'), { ...pending, locked: true })).toEqual({
			kind: 'strike',
			index: 1
		});
		expect(keyAction(press('Enter'), pending)).toEqual({ kind: 'strike-none' });
		expect(keyAction(press('n'), pending)).toEqual({ kind: 'strike-none' });
	});

	it('neither chooses nor submits once the question is locked', () => {
		const locked = { ...context, locked: true };
		expect(keyAction(press('a'), locked)).toBeNull();
		expect(keyAction(press('Enter'), locked)).toBeNull();
		expect(keyAction(press('Enter'), context)).toEqual({ kind: 'submit' });
		expect(keyAction(press('Enter'), { ...context, hasForm: false })).toBeNull();
	});

	it('moves between questions within the session and flags', () => {
		expect(keyAction(press('n'), context)).toEqual({ kind: 'go', position: 3 });
		expect(keyAction(press('P'), context)).toEqual({ kind: 'go', position: 1 });
		expect(keyAction(press('n'), { ...context, position: 3 })).toBeNull();
		expect(keyAction(press('p'), { ...context, position: 1 })).toBeNull();
		expect(keyAction(press('f'), { ...context, locked: true })).toEqual({ kind: 'flag' });
		expect(keyAction(press('x'), context)).toBeNull();
	});
});

describe('handleKey', () => {
	const state = { ...context, form: undefined };
	const effects = () => ({ toggleStrike: vi.fn(), strike: vi.fn(), go: vi.fn() });

	it('strikes out an option after S, announcing the question first', () => {
		const e = effects();
		const ask = { ...press('s'), preventDefault: vi.fn() };
		handleKey(ask, state, e);
		expect(ask.preventDefault).toHaveBeenCalled();
		expect(e.strike).toHaveBeenCalledWith(true, STRIKE_PROMPT);

		const strike = { ...press('a'), preventDefault: vi.fn() };
		handleKey(strike, { ...state, strikePending: true }, e);
		expect(strike.preventDefault).toHaveBeenCalled();
		expect(e.strike).toHaveBeenLastCalledWith(false);
		expect(e.toggleStrike).toHaveBeenCalledWith(0);

		const none = { ...press('x'), preventDefault: vi.fn() };
		handleKey(none, { ...state, strikePending: true }, e);
		expect(e.strike).toHaveBeenLastCalledWith(false, NOTHING_STRUCK);
	});

	it('goes to the next question', () => {
		const e = effects();
		const event = { ...press('n'), preventDefault: vi.fn() };
		handleKey(event, state, e);
		expect(event.preventDefault).toHaveBeenCalled();
		expect(e.go).toHaveBeenCalledWith(3);
	});

	it('leaves an option key alone when the form has no such option', () => {
		const e = effects();
		const event = { ...press('a'), preventDefault: vi.fn() };
		handleKey(event, state, e);
		expect(event.preventDefault).not.toHaveBeenCalled();
	});
});
