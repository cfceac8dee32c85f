import { eq } from 'drizzle-orm';
import type { DB } from '../db';
import { siteSettings } from '../db/schema';

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
export const PLATFORM_NAME = 'Liver Metastases Trainer';

const SETTINGS_ID = 1;

export function getSettings(db: Pick<DB, 'select'>): SiteSettings {
	const row = db.select().from(siteSettings).where(eq(siteSettings.id, SETTINGS_ID)).get();
	if (!row) return { ...DEFAULT_SETTINGS, allowedEmailDomains: [] };
	return {
		organisationName: row.organisationName,
		timeZone: row.timeZone,
		openRegistration: row.openRegistration,
		allowedEmailDomains: row.allowedEmailDomains
	};
}

/** Saves every setting at once, as the settings form (read by `settingsForm`) submits them. */
export function saveSettings(
	db: DB,
	settings: SiteSettings,
	updatedBy: string | null,
	now = new Date()
): void {
	const values = { ...settings, updatedAt: now, updatedBy };
	db.insert(siteSettings)
		.values({ id: SETTINGS_ID, ...values })
		.onConflictDoUpdate({ target: siteSettings.id, set: values })
		.run();
}

/** The organisation's name, or the platform's while it has none. */
export function issuerName(settings: Pick<SiteSettings, 'organisationName'>): string {
	return settings.organisationName || PLATFORM_NAME;
}
