// Whether build/ holds the app as the sources now are, so a command can serve it without rebuilding.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const buildEntry = path.join(root, 'build', 'index.js');

/** @param {string} dir */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) =>
	path.join(root, p)
);

/** True when build/ exists and is newer than every source it is built from. */
export function buildIsCurrent() {
	if (!existsSync(buildEntry)) return false;
	const built = statSync(buildEntry).mtimeMs;
	return !sources.some(
		(p) =>
			existsSync(p) && (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs) > built
	);
}
