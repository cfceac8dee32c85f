import { defineConfig } from 'vitest/config';
import base from '../vite.config';

/**
 * The unit-test configuration as mutation testing runs it: only the specs named in
 * MUTATION_SPECS (comma-separated), so that each module's mutants meet its own tests alone.
 * Stryker's own `testFiles` option is not used for this: with it, mutants in code that runs
 * when a module is loaded (a regular expression held in a constant) are switched on only after
 * the module has loaded, and survive whatever the tests assert.
 */
const specs = process.env.MUTATION_SPECS?.split(',').filter(Boolean);

export default defineConfig({
	...base,
	test: { ...base.test, include: specs?.length ? specs : base.test?.include }
});
