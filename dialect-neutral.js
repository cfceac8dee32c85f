/**
 * The code written to run on SQLite and PostgreSQL alike (see "Writing for both databases" in
 * the README). The lint rule of eslint.config.js holds it to what both dialects share, and a run
 * against PostgreSQL (`npm run test:pg`) runs the specs of its folders.
 */
export const dialectNeutral = {
	/** Folders whose every module is dialect-neutral, specs included. */
	folders: ['src/lib/server/auth', 'src/lib/server/quiz'],
	/** Single files that are: the hooks and the routes that call into those folders. */
	files: [
		'src/hooks.server.ts',
		'src/routes/(auth)/login/+page.server.ts',
		'src/routes/(auth)/register/+page.server.ts',
		'src/routes/(auth)/reset-password/+page.server.ts',
		'src/routes/(auth)/setup/+page.server.ts',
		'src/routes/logout/+page.server.ts',
		'src/lib/server/progress/stats.ts',
		'src/lib/server/review/cards.ts',
		'src/routes/(app)/practice/[sessionId]/+page.server.ts',
		'src/routes/(app)/practice/[sessionId]/finish/+page.server.ts',
		'src/routes/(app)/practice/[sessionId]/[position]/+page.server.ts'
	]
};
