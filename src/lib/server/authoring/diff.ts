import { diffWordsWithSpace } from 'diff';
import { ITEM_TYPE_LABELS, type ItemSpec } from '$lib/content/types';

/** A run of text that both versions share, or that only one has. */
export interface DiffPart {
	text: string;
	change: 'same' | 'added' | 'removed';
}

/** One part of the item that differs between two versions, word by word. */
export interface FieldDiff {
	label: string;
	parts: DiffPart[];
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The item as labelled lines of text, the form a reader compares two versions in. */
function fields(spec: ItemSpec): Map<string, string> {
	const out = new Map<string, string>();
	out.set('Type', ITEM_TYPE_LABELS[spec.type] ?? spec.type);
	out.set('Stem', spec.stem);
	out.set('Lead-in', spec.leadIn);
	spec.options.forEach((option, i) => {
		const mark = option.correct === undefined ? '' : option.correct ? ' (correct)' : ' (incorrect)';
		out.set(`Option ${letter(i)}`, `${option.text}${mark}`);
		if (option.kind) out.set(`Option ${letter(i)} kind`, option.kind);
		out.set(`Option ${letter(i)} explanation`, option.explanation);
	});
	if (spec.shortAnswer) {
		out.set('Accepted answers', spec.shortAnswer.accepted.join(' | '));
		out.set('Unit', spec.shortAnswer.unit ?? '');
		out.set('Answer explanation', spec.shortAnswer.explanation);
	}
	(spec.stems ?? []).forEach((stem, i) => {
		out.set(`Scenario ${i + 1}`, stem.text);
		out.set(`Scenario ${i + 1} answer`, letter(stem.answer));
		out.set(`Scenario ${i + 1} explanation`, stem.explanation);
	});
	out.set('Teaching point', spec.teachingPoint);
	out.set('Difficulty', spec.difficulty);
	out.set('Task', spec.task ?? '');
	out.set('For', spec.audiences.join(', '));
	out.set('Objective', spec.objective);
	out.set('Cites', spec.source.passageIds.join(', '));
	out.set('Quote', spec.source.quote);
	return out;
}

/**
 * What changed from one version to another: each differing field with its words marked as kept,
 * added or removed. Fields only one version has (an extra option) show as wholly added or removed.
 */
export function diffItems(before: ItemSpec, after: ItemSpec): FieldDiff[] {
	const a = fields(before);
	const b = fields(after);
	const labels = [...new Set([...a.keys(), ...b.keys()])];
	const diffs: FieldDiff[] = [];
	for (const label of labels) {
		const old = a.get(label) ?? '';
		const now = b.get(label) ?? '';
		if (old === now) continue;
		const parts = diffWordsWithSpace(old, now).map((c): DiffPart => ({
			text: c.value,
			change: c.added ? 'added' : c.removed ? 'removed' : 'same'
		}));
		diffs.push({ label, parts });
	}
	return diffs;
}
