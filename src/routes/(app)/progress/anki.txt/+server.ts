import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { downloadResponse } from '$lib/server/export/download';
import { loadReviewDeck } from '$lib/server/interchange/anki/deck';
import { writeAnkiDeck } from '$lib/server/interchange/anki/write';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const now = new Date();
	const deck = writeAnkiDeck(await loadReviewDeck(getDb(), user.id, now));
	const day = now.toISOString().slice(0, 10);
	return downloadResponse(`liver-review-${day}.txt`, deck, 'text/plain; charset=utf-8');
};
