export * from './schema/auth';
export * from './schema/content';
