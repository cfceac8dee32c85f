import { eq } from 'drizzle-orm';
import { SITE_NAME } from '$lib/site';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import { siteSettings } from '$lib/server/db/tables';

export interface SiteSettings {
	organisationName: string;
	timeZone: string;
	openRegistration: boolean;
	/** Lower-case ASCII (IDNA) domains; empty allows any. */
	allowedEmailDomains: string[];
}

/** What a platform has before an administrator saves anything: open to all, in UK time. */
export const DEFAULT_SETTINGS: SiteSettings = {
	organisationName: '',
	timeZone: 'Europe/London',
	openRegistration: true,
	allowedEmailDomains: []
};

/** The name certificates and pages carry when the organisation has not named itself. */
export const PLATFORM_NAME = SITE_NAME;

const SETTINGS_ID = 1;

export function* getSettingsStep(tx: Pick<Queries, 'select'>): Step<SiteSettings> {
	const [row] = yield* run(
		tx.select().from(siteSettings).where(eq(siteSettings.id, SETTINGS_ID)).limit(1)
	);
	if (!row) return { ...DEFAULT_SETTINGS, allowedEmailDomains: [] };
	return {
		organisationName: row.organisationName,
		timeZone: row.timeZone,
		openRegistration: row.openRegistration,
		allowedEmailDomains: row.allowedEmailDomains
	};
}

/** The site settings, as saved or by default. */
export function readSettings(db: DB): Promise<SiteSettings> {
	return perform(db, getSettingsStep(db));
}

/** Saves every setting at once, as the settings form (read by `settingsForm`) submits them. */
export function* saveSettingsStep(
	tx: Queries,
	settings: SiteSettings,
	updatedBy: string | null,
	now = new Date()
): Step<void> {
	const values = { ...settings, updatedAt: now, updatedBy };
	yield* run(
		tx
			.insert(siteSettings)
			.values({ id: SETTINGS_ID, ...values })
			.onConflictDoUpdate({ target: siteSettings.id, set: values })
	);
}

/** Saves every setting at once. */
export function saveSettings(
	db: DB,
	settings: SiteSettings,
	updatedBy: string | null,
	now = new Date()
): Promise<void> {
	return perform(db, saveSettingsStep(db, settings, updatedBy, now));
}

/** The organisation's name, or the platform's while it has none. */
export function issuerName(settings: Pick<SiteSettings, 'organisationName'>): string {
	return settings.organisationName || PLATFORM_NAME;
}
