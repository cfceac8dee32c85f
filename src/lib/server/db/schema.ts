export * from './schema/auth';
export * from './schema/content';
export * from './schema/quiz';
export * from './schema/review';
export * from './schema/cohorts';
export * from './schema/settings';
export * from './schema/imports';
export * from './schema/analytics';
