import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getCertificate } from '$lib/server/cohorts/modules';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const certificate = getCertificate(getDb(), event.params.code);
	if (!certificate || (certificate.userId !== user.id && user.role !== 'admin'))
		error(404, 'There is no certificate of yours at this address.');
	return {
		certificate: {
			code: certificate.code,
			learnerName: certificate.learnerName,
			moduleTitle: certificate.moduleTitle,
			scorePercent: certificate.scorePercent,
			issuedAt: certificate.issuedAt,
			validUntil: certificate.validUntil
		},
		verifyUrl: `${event.url.origin}/verify/${certificate.code}`
	};
};
