import { QUIZ_MODES, SELECTIONS, type QuizMode, type SessionSettings } from '../db/schema';
import { choice, field } from '../forms';
import { DEFAULT_SECONDS_PER_ITEM } from '$lib/quiz';

export const DIFFICULTIES = ['any', 'easy', 'medium', 'hard'] as const;
export const AUDIENCES = ['any', 'doctor', 'nurse'] as const;
export const DEFAULT_COUNT = 10;

export interface StartForm {
	mode: QuizMode;
	settings: SessionSettings;
	secondsPerItem: number;
}

/** Reads the session builder, from a form post or from link parameters (practise-this links). */
export function readStartForm(
	source: FormData | URLSearchParams,
	knownBankIds: string[]
): StartForm {
	const form = source instanceof URLSearchParams ? toFormData(source) : source;
	const bankIds = form
		.getAll('bank')
		.filter((v): v is string => typeof v === 'string' && knownBankIds.includes(v));
	const itemIds = form
		.getAll('item')
		.filter((v): v is string => typeof v === 'string' && /^[a-z0-9-]{1,100}$/.test(v))
		.slice(0, 100);
	const count = Number.parseInt(field(form, 'count'), 10);
	const seconds = Number.parseInt(field(form, 'secondsPerItem'), 10);
	return {
		mode: choice(form, 'mode', QUIZ_MODES, 'tutor'),
		settings: {
			bankIds: [...new Set(bankIds)],
			selection: choice(form, 'selection', SELECTIONS, 'all'),
			difficulty: choice(form, 'difficulty', DIFFICULTIES, 'any'),
			audience: choice(form, 'audience', AUDIENCES, 'any'),
			requestedCount: Number.isFinite(count) && count > 0 ? count : DEFAULT_COUNT,
			...(itemIds.length ? { itemIds } : {})
		},
		secondsPerItem: Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_SECONDS_PER_ITEM
	};
}

function toFormData(params: URLSearchParams): FormData {
	const form = new FormData();
	for (const [key, value] of params) form.append(key, value);
	return form;
}
