import type { ItemSpec } from '$lib/content/types';
import { SITE_NAME } from '$lib/site';
import { escapeXml, textToHtml } from '$lib/server/interchange/markup';
import { citationText, trueFalseKey } from '$lib/server/interchange/model';
import type { ReviewDeck } from './deck';

/**
 * A deck as the text file Anki's "Import File" reads: header lines (tab separator, HTML fields,
 * the column names, which column holds the tags and which the note's id), then one note per line.
 * The item id is the note's GUID, so importing a newer deck updates the notes it already made
 * rather than adding copies. Fields are HTML with no tab or line break left in them, and none
 * begins with a quote, which Anki would read as the start of a quoted field.
 */

export const ANKI_DECK_NAME = SITE_NAME;

const letter = (n: number) => String.fromCharCode(65 + n);
const field = (html: string) => html.replace(/[\t\r\n]+/g, ' ');
const list = (tag: 'ol' | 'ul', entries: string[]) =>
	`<${tag}${tag === 'ol' ? ' type="A"' : ''}>${entries.map((e) => `<li>${e}</li>`).join('')}</${tag}>`;

function front(spec: ItemSpec): string {
	const parts = [textToHtml(spec.stem)];
	if (spec.type === 'extended-matching') {
		parts.push(
			list(
				'ol',
				spec.options.map((o) => escapeXml(o.text))
			)
		);
		parts.push(textToHtml(spec.leadIn));
		parts.push(
			list(
				'ul',
				(spec.stems ?? []).map((s) => escapeXml(s.text))
			)
		);
	} else {
		parts.push(textToHtml(spec.leadIn));
		if (spec.type !== 'true-false' && spec.type !== 'short-answer')
			parts.push(
				list(
					'ol',
					spec.options.map((o) => escapeXml(o.text))
				)
			);
	}
	return parts.join('');
}

function key(spec: ItemSpec): string {
	switch (spec.type) {
		case 'true-false':
			return `<p><b>Answer:</b> ${trueFalseKey(spec) ? 'True' : 'False'}</p>`;
		case 'short-answer': {
			const [first = '', ...others] = spec.shortAnswer?.accepted ?? [];
			const unit = spec.shortAnswer?.unit ? ` ${spec.shortAnswer.unit}` : '';
			const also = others.length ? ` <i>(also accepted: ${escapeXml(others.join(', '))})</i>` : '';
			return `<p><b>Answer:</b> ${escapeXml(first + unit)}${also}</p>`;
		}
		case 'extended-matching':
			return list(
				'ul',
				(spec.stems ?? []).map(
					(s) =>
						`${escapeXml(s.text)} <b>→ ${letter(s.answer)}. ${escapeXml(spec.options[s.answer]?.text ?? '')}</b><br/>${escapeXml(s.explanation)}`
				)
			);
		default: {
			const keyed = spec.options.flatMap((o, n) =>
				o.correct ? [`${letter(n)}. ${escapeXml(o.text)}`] : []
			);
			return `<p><b>Answer:</b> ${keyed.join('; ')}</p>`;
		}
	}
}

function explanations(spec: ItemSpec): string {
	if (spec.type === 'extended-matching') return '';
	if (spec.type === 'short-answer') return textToHtml(spec.shortAnswer?.explanation ?? '');
	const entries = spec.options.map((o, n) => {
		const label = spec.type === 'true-false' ? escapeXml(o.text) : letter(n);
		return `<b>${label}</b>${o.correct ? ' (correct)' : ''}: ${escapeXml(o.explanation)}`;
	});
	return list('ul', entries);
}

function back(deck: ReviewDeck, card: ReviewDeck['cards'][number]): string {
	const { spec } = card.item;
	const set = { documents: deck.documents, banks: [] };
	return [
		key(spec),
		explanations(spec),
		`<p><b>Teaching point:</b> ${escapeXml(spec.teachingPoint)}</p>`,
		`<blockquote>${escapeXml(spec.source.quote)}</blockquote>`,
		`<p>${escapeXml(citationText(set, card.item))}</p>`
	].join('');
}

export function writeAnkiDeck(deck: ReviewDeck): string {
	const header = [
		'#separator:tab',
		'#html:true',
		'#notetype:Basic',
		`#deck:${ANKI_DECK_NAME}`,
		'#columns:Front\tBack\tTags\tGUID',
		'#tags column:3',
		'#guid column:4'
	];
	const rows = deck.cards.map((card) => {
		const tags = [
			card.item.bankId,
			card.item.spec.difficulty,
			...card.reasons.map((r) => `review:${r}`)
		];
		return [
			field(front(card.item.spec)),
			field(back(deck, card)),
			field(tags.map((t) => t.replace(/\s+/g, '_')).join(' ')),
			field(`liver-quiz:${card.item.id}`)
		].join('\t');
	});
	return [...header, ...rows].join('\n') + '\n';
}
