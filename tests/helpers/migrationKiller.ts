/**
 * A child process for the migration kill test: it opens DB_PATH with the real migrations plus a
 * test migration one past them that inserts ROWS rows, printing each step as it starts it.
 * The parent kills it with SIGKILL in the middle. Usage: node migrationKiller.mjs DB_PATH ROWS
 * Prints "loaded" once its code is in, and "migrated N" only after the migration committed.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../src-main/store/openDatabase';
import { migrations } from '../../src-main/store/migrations/index';
import { killTestMigration } from './migrationKillerMigration';

/** Lines go straight to the pipe, so the parent sees a step before the child does it. */
const say = (line: string) => writeSync(1, `${line}\n`);

const [dbPath, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
if (!dbPath || !Number.isInteger(rows) || rows < 0) {
  throw new Error('usage: migrationKiller DB_PATH ROWS');
}
say('loaded');
const db = openDatabase(dbPath, { migrations: [...migrations, killTestMigration(rows, say)] });
say(`migrated ${String(db.pragma('user_version', { simple: true }))}`);
db.close();
