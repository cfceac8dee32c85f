import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { passwordChangeForm, profileForm, studySettingsForm } from '$lib/server/auth/forms';
import { announceWait } from '$lib/server/auth/rate-limit';
import { changePassword, updateProfile, updateStudySettings } from '$lib/server/auth/user';
import { outcomeFor, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return {
		timeZones: Intl.supportedValuesOf('timeZone'),
		study: { desiredRetention: user.desiredRetention, timeZone: user.timeZone },
		profile: {
			displayName: user.displayName,
			profession: user.profession,
			email: user.email,
			role: user.role
		}
	};
};

export const actions: Actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(profileForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, outcomeFor('profile', { values: parsed.values, errors: parsed.errors }));
		await updateProfile(getDb(), user.id, parsed.data);
		return outcomeFor('profile', { saved: 'Your profile is saved.' });
	},
	study: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(studySettingsForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, outcomeFor('study', { values: parsed.values, errors: parsed.errors }));
		await updateStudySettings(getDb(), user.id, parsed.data);
		return outcomeFor('study', { saved: 'Your study settings are saved.' });
	},
	password: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(passwordChangeForm(user.email), await event.request.formData(), {
			secret: ['currentPassword', 'newPassword']
		});
		if (!parsed.ok)
			return fail(400, outcomeFor('password', { values: parsed.values, errors: parsed.errors }));
		const result = await changePassword(getDb(), user, event.locals.session!.id, parsed.data);
		if (!result.ok) {
			if ('retryAfterMs' in result) {
				const wait = announceWait(event.setHeaders, result.retryAfterMs);
				return fail(
					429,
					outcomeFor('password', {
						errors: { currentPassword: `Too many wrong passwords. Try again in ${wait}.` }
					})
				);
			}
			return fail(400, outcomeFor('password', { errors: result.errors }));
		}
		return outcomeFor('password', {
			saved: 'Your password is changed. You have been logged out everywhere else.'
		});
	}
};
