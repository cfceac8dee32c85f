import { SvelteSet } from 'svelte/reactivity';

/** Long enough that a typist's pause, not each keystroke, asks the server. */
const PAUSE_MS = 600;

type Problems = Record<string, string[]>;

/** Where the server files the problems about a field (see `problemField` in item-form). */
export function problemKeysOf(name: string): string[] {
	const row = /^(option|scenario)\.(\d+)\./.exec(name);
	if (row) return [`${row[1]}s`, `${row[1]}.${row[2]}.text`];
	if (name === 'unit' || name === 'answerExplanation') return ['accepted'];
	if (name === 'deliberateNegative') return ['leadIn'];
	if (name === 'passageIds') return ['passageIds', 'quote'];
	return [name];
}

const at = (problems: Problems, keys: string[]) => keys.flatMap((k) => problems[k] ?? []);

/**
 * The item-writing rules checked as the author types: after a pause the form goes to the
 * server's check, which runs the rules a save runs, and the answer replaces the problems shown.
 * Only fields the author changed, and fields already showing problems, take the answer, so a new
 * question does not open covered in messages about fields not yet reached.
 */
export class LiveCheck {
	/** The latest answer, by field; null until the first. */
	#answer: Problems | null = $state(null);
	/** What a screen reader is told: the problems that appeared or went at the field typed in. */
	announcement = $state('');
	#touched = new SvelteSet<string>();
	#typedIn: string[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#asked = 0;

	/** The problems the server sent with the page (after a save or a preview). */
	readonly #fromServer: () => Problems;

	constructor(fromServer: () => Problems) {
		this.#fromServer = fromServer;
	}

	/** The problems to show now, by field. */
	get problems(): Problems {
		const server = this.#fromServer();
		if (!this.#answer) return server;
		return Object.fromEntries(
			Object.entries(this.#answer).filter(([key]) => this.#touched.has(key) || key in server)
		);
	}

	/** Forgets what was typed: the page was answered afresh. */
	reset() {
		clearTimeout(this.#timer);
		this.#asked++;
		this.#answer = null;
		this.#touched.clear();
	}

	/** The author changed a field: check the form once they pause. */
	typed(form: HTMLFormElement, name: string) {
		this.#typedIn = problemKeysOf(name);
		for (const key of this.#typedIn) this.#touched.add(key);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#check(form), PAUSE_MS);
	}

	async #check(form: HTMLFormElement) {
		const asked = ++this.#asked;
		const before = at(this.problems, this.#typedIn);
		let response: Response;
		try {
			response = await fetch('/items/check', { method: 'POST', body: new FormData(form) });
		} catch {
			return; // Offline: the next save still checks everything.
		}
		if (!response.ok || asked !== this.#asked) return;
		const body: { problems: Problems } = await response.json();
		if (asked !== this.#asked) return;
		this.#answer = body.problems;
		const after = at(this.problems, this.#typedIn);
		const news = [
			...after.filter((p) => !before.includes(p)).map((p) => `Problem: ${p}.`),
			...before.filter((p) => !after.includes(p)).map((p) => `Fixed: ${p}.`)
		];
		if (news.length) this.announcement = news.join(' ');
	}
}
