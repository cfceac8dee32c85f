import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const REFERENCE_DIR = path.join(ROOT, 'bench', 'reference');
/** Where the reference app's svelte.config.js puts its generated files and build. */
export const REFERENCE_GENERATED = path.join(ROOT, '.svelte-kit', 'bench-reference');

/** Vite from the root node_modules, whichever app is built (the reference has none of its own). */
function viteBuild(cwd: string, logLevel: 'warn' | 'error'): void {
	const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', logLevel], {
		cwd,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error(`vite build failed in ${cwd}`);
}

export function buildApp(): void {
	viteBuild(ROOT, 'warn');
}

export function buildReference(): void {
	// Its output lies outside its own folder, where Vite does not empty it: start clean.
	rmSync(REFERENCE_GENERATED, { recursive: true, force: true });
	viteBuild(REFERENCE_DIR, 'error');
}
