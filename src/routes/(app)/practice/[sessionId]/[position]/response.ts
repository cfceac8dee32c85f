import type { PageData } from './$types';

/** A learner's answer as this page's load sends it (its definition is the database schema's). */
export type Response = NonNullable<PageData['page']['response']>;
