/**
 * The code written to run on SQLite and PostgreSQL alike (see "Writing for both databases" in
 * the README). The lint rule of eslint.config.js holds it to what both dialects share, and a run
 * against PostgreSQL (`npm run test:pg`) runs the specs of its folders.
 */
export const dialectNeutral = {
	/** Folders whose every module is dialect-neutral, specs included. */
	folders: [
		'src/lib/server/auth',
		'src/lib/server/settings',
		'src/lib/server/admin',
		'src/lib/server/certificates',
		'src/lib/server/notifications',
		'src/lib/server/authoring',
		'src/lib/server/quiz'
	],
	/** Single files that are: the hooks and the routes that call into those folders. */
	files: [
		'src/hooks.server.ts',
		'src/routes/(auth)/login/+page.server.ts',
		'src/routes/(auth)/register/+page.server.ts',
		'src/routes/(auth)/reset-password/+page.server.ts',
		'src/routes/(auth)/setup/+page.server.ts',
		'src/routes/logout/+page.server.ts',
		'src/lib/server/cohorts/cohorts.ts',
		'src/lib/server/cohorts/invitations.ts',
		'src/lib/server/cohorts/access.ts',
		'src/lib/server/cohorts/learner-sessions.ts',
		'src/routes/(app)/account/+page.server.ts',
		'src/routes/(app)/admin/+page.server.ts',
		'src/routes/(app)/admin/settings/+page.server.ts',
		'src/routes/(app)/admin/users/+page.server.ts',
		'src/routes/(app)/certificates/[code]/+page.server.ts',
		'src/routes/(app)/certificates/[code]/certificate.pdf/+server.ts',
		'src/routes/(app)/join/+page.server.ts',
		'src/routes/(app)/join/[code]/+page.server.ts',
		'src/routes/(app)/join/join-action.ts',
		'src/routes/(app)/educator/+page.server.ts',
		'src/routes/(app)/educator/cohorts/[cohortId]/manage/+page.server.ts',
		'src/routes/(app)/educator/cohorts/[cohortId]/export/results.csv/+server.ts',
		'src/routes/(app)/modules/+page.server.ts',
		'src/lib/server/documents/documents.ts',
		'src/lib/server/bank/export.ts',
		'src/lib/server/bank/queries.ts',
		'src/lib/server/bank/reports.ts',
		'src/lib/server/bank/source-view.ts',
		'src/lib/server/bank/sync.ts',
		'src/lib/server/interchange/load.ts',
		'src/lib/server/interchange/import/preview.ts',
		'src/lib/server/interchange/import/targets.ts',
		'src/routes/(app)/educator/banks/+page.server.ts',
		'src/routes/(app)/educator/banks/[bankId]/+page.server.ts',
		'src/routes/(app)/educator/banks/[bankId]/[format]/+server.ts',
		'src/routes/(app)/educator/import/+page.server.ts',
		'src/routes/(app)/educator/reports/+page.server.ts',
		'src/routes/(app)/educator/review/+page.server.ts',
		'src/routes/(app)/items/[itemId]/edit/+page.server.ts',
		'src/routes/(app)/items/[itemId]/history/+page.server.ts',
		'src/routes/(app)/items/check/+server.ts',
		'src/routes/(app)/items/new/+page.server.ts',
		'src/routes/(app)/sources/+page.server.ts',
		'src/routes/(app)/sources/[slug]/+page.server.ts',
		'src/routes/(app)/sources/[slug]/revise/+page.server.ts',
		'src/routes/(app)/sources/[slug]/revisions/[revision]/+page.server.ts',
		'src/routes/(app)/sources/new/+page.server.ts',
		'src/lib/server/progress/stats.ts',
		'src/lib/server/review/cards.ts',
		'src/routes/(app)/practice/[sessionId]/+page.server.ts',
		'src/routes/(app)/practice/[sessionId]/finish/+page.server.ts',
		'src/routes/(app)/practice/[sessionId]/[position]/+page.server.ts'
	]
};
