import { fail } from '@sveltejs/kit';
import { PROFESSIONS } from '$lib/accounts';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import {
	changePassword,
	displayNameProblem,
	updateProfile,
	updateStudySettings
} from '$lib/server/auth/user';
import { choice, field } from '$lib/server/forms';
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

interface FormOutcome<E extends string> {
	saved?: string;
	displayName?: string;
	errors?: Partial<Record<E, string>>;
}

/** Both forms on the page read the same shape, each its own half. */
function formState(
	profile?: FormOutcome<'displayName'>,
	password?: FormOutcome<'currentPassword' | 'newPassword'>,
	study?: FormOutcome<'desiredRetention' | 'timeZone'>
) {
	return { profile: profile ?? null, password: password ?? null, study: study ?? null };
}

export const actions: Actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const displayName = field(form, 'displayName');
		const profession = choice(form, 'profession', PROFESSIONS, user.profession);
		const problem = displayNameProblem(displayName);
		if (problem) return fail(400, formState({ displayName, errors: { displayName: problem } }));
		updateProfile(getDb(), user.id, { displayName, profession });
		return formState({ saved: 'Your profile is saved.' });
	},
	study: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const errors = updateStudySettings(getDb(), user.id, {
			desiredRetention: Number(field(form, 'desiredRetention')) / 100,
			timeZone: field(form, 'timeZone')
		});
		if (errors) return fail(400, formState(undefined, undefined, { errors }));
		return formState(undefined, undefined, { saved: 'Your study settings are saved.' });
	},
	password: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const result = await changePassword(
			getDb(),
			user,
			event.locals.session!.id,
			field(form, 'currentPassword'),
			field(form, 'newPassword')
		);
		if (!result.ok) return fail(400, formState(undefined, { errors: result.errors }));
		return formState(undefined, {
			saved: 'Your password is changed. You have been logged out everywhere else.'
		});
	}
};
