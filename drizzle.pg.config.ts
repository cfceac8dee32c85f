import { defineConfig } from 'drizzle-kit';

// The PostgreSQL schema and its migrations, beside the SQLite ones of drizzle.config.ts.
export default defineConfig({
	schema: './src/lib/server/db/pg/schema.ts',
	out: './drizzle/pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL || 'postgres://localhost/liver_quiz' },
	casing: 'snake_case',
	strict: true,
	verbose: true
});
