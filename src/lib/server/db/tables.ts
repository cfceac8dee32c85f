import * as postgres from './pg/schema';
import * as sqlite from './schema';
import { databaseBackend } from './backend';

// The tables domain code reads and writes: SQLite's, or their PostgreSQL twins when the process
// runs on PostgreSQL, chosen once as the module loads. Both are typed as SQLite's, so a domain
// module is written once; the twins have the same export names, columns and row types
// (`schema-parity.spec.ts`), and what differs in the query API between the dialects is kept out
// of domain code by `./steps` and the lint rule on dialect-neutral files. Everything else in the
// schema (row types, enumerations) passes through unchanged, and the local exports below take
// precedence over the star export.
export * from './schema';

const chosen = (databaseBackend() === 'postgres' ? postgres : sqlite) as unknown as typeof sqlite;

export const {
	itemStatScopes,
	itemStatMembers,
	itemScoreSums,
	itemTotalBuckets,
	itemOptionCounts,
	moduleScoreSums,
	moduleItemCounts,
	itemStatFigures,
	moduleStatFigures,
	users,
	userSessions,
	throttles,
	passwordResetTokens,
	cohorts,
	cohortEducators,
	cohortInvitations,
	cohortMembers,
	trainingModules,
	moduleResults,
	certificates,
	sourceDocuments,
	documentRevisions,
	passages,
	banks,
	bankAuthors,
	items,
	itemVersions,
	packUpdates,
	itemDrafts,
	draftComments,
	itemEvents,
	notifications,
	itemVersionPassages,
	importPreviews,
	quizSessions,
	quizSessionItems,
	answers,
	itemFlags,
	itemNotes,
	itemReports,
	itemVersionTallies,
	optionPicks,
	stemPicks,
	textPicks,
	reviewCards,
	userBankStats,
	bankShareSlices,
	siteSettings
} = chosen;
