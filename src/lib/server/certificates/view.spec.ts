import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import type { Certificate } from '$lib/server/db/schema';
import { DEFAULT_SETTINGS, saveSettings } from '$lib/server/settings/settings';
import { certificateDate, certificateView } from './view';

const issued: Certificate = {
	code: 'CODE',
	resultId: 1,
	userId: 'u1',
	learnerName: 'Ann',
	educatorName: 'Dr Bo',
	organisationName: '',
	moduleTitle: 'Module',
	scorePercent: 90,
	issuedAt: new Date('2026-01-15T12:00:00Z'),
	validUntil: null
};

describe('a certificate as shown', () => {
	it('keeps the organisation it was issued under, though the name changes later', async () => {
		const db = await testDatabase();
		await saveSettings(db, { ...DEFAULT_SETTINGS, organisationName: 'Renamed Trust' }, null);
		const view = await certificateView(db, { ...issued, organisationName: 'Old Trust' });
		expect(view.organisationName).toBe('Old Trust');
		expect(view.educatorName).toBe('Dr Bo');
	});

	it('takes the organisation’s present name when issued before it had one, else the platform’s', async () => {
		const db = await testDatabase();
		expect((await certificateView(db, issued)).organisationName).toBe('Liver Metastases Trainer');
		await saveSettings(
			db,
			{ ...DEFAULT_SETTINGS, organisationName: 'St Elsewhere', timeZone: 'Asia/Tokyo' },
			null
		);
		expect(await certificateView(db, issued)).toMatchObject({
			organisationName: 'St Elsewhere',
			timeZone: 'Asia/Tokyo'
		});
	});

	it('dates it in the organisation’s zone', async () => {
		const lateEvening = new Date('2026-01-15T20:00:00Z');
		expect(certificateDate(lateEvening, 'Europe/London')).toBe('15 January 2026');
		expect(certificateDate(lateEvening, 'Asia/Tokyo')).toBe('16 January 2026');
	});
});
