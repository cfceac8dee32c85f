export const SOURCE_SLUG = 'secondary-liver-cancer';

export function passageAnchor(passageId: string): string {
	return `p-${passageId}`;
}

/** Where a passage sits in the source viewer; the `:target` passage is highlighted. */
export function passageHref(passageId: string): string {
	return `/sources/${SOURCE_SLUG}#${passageAnchor(passageId)}`;
}
