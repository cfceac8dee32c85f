export const SITE_NAME = 'Liver Metastases Trainer';

/** A page's title: its own parts, then the site's name, such as "Sources · Liver Metastases Trainer". */
export function pageTitle(...parts: (string | number)[]): string {
	return [...parts, SITE_NAME].join(' · ');
}
