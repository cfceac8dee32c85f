// Writes every published item as JSON to standard output: npm run --silent bank:export > items.json
import { DEFAULT_DATABASE_PATH, openDatabase } from '../src/lib/server/db';
import { syncContent } from '../src/lib/server/bank/sync';
import { exportPublishedItems } from '../src/lib/server/bank/export';

const db = openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
syncContent(db);
process.stdout.write(JSON.stringify(exportPublishedItems(db), null, 2) + '\n');
db.$client.close();
