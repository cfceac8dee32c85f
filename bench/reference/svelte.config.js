import adapter from '@sveltejs/adapter-node';

// Generated files go under the root .svelte-kit, which git, Prettier and ESLint already ignore.
const generated = '../../.svelte-kit/bench-reference';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ out: `${generated}/build` }),
		outDir: `${generated}/kit`
	}
};

export default config;
