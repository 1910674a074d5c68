import type { Database } from 'better-sqlite3';
import type { Migration } from '../../src-main/store/migrations/Migration';
import { SCHEMA_VERSION } from '../../src-main/store/migrations/index';

/** The table the test migration creates; it must not exist after a killed run. */
export const KILL_TEST_TABLE = 'kill_test_rows';
/** The column the test migration adds to an existing table, filling it for every row. */
export const KILL_TEST_COLUMN = 'kill_test_note';
/** Printed every this many inserted rows, so the parent can kill deep inside the work. */
export const PROGRESS_EVERY = 10_000;

/**
 * A migration one past the real schema that does real work in steps: a new table and index,
 * a change to an existing table and every row in it, then many inserts. It reports each step
 * through `say` before doing it, so a parent process can kill it at a known point. Test-only:
 * the SQL lives here, not in src-main/store, because no shipped code may run it.
 */
export function killTestMigration(rows: number, say: (line: string) => void): Migration {
  return {
    version: SCHEMA_VERSION + 1,
    name: 'kill-test',
    up(db: Database) {
      say('started');
      // The app's page cache holds tens of MiB of uncommitted pages; a small one spills them to
      // the -wal as the work goes on, which is how the parent sees a kill land mid-transaction.
      db.pragma('cache_size = -2000');
      db.exec(`CREATE TABLE ${KILL_TEST_TABLE} (
        id INTEGER PRIMARY KEY,
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        payload TEXT NOT NULL
      )`);
      db.exec(`CREATE INDEX ${KILL_TEST_TABLE}_payload ON ${KILL_TEST_TABLE}(payload)`);
      say('created');
      db.exec(`ALTER TABLE articles ADD COLUMN ${KILL_TEST_COLUMN} TEXT`);
      db.exec(`UPDATE articles SET ${KILL_TEST_COLUMN} = 'migrated ' || id, title = title || ''`);
      say('altered');
      const insert = db.prepare<[number, string]>(
        `INSERT INTO ${KILL_TEST_TABLE} (id, payload) VALUES (?, ?)`,
      );
      const padding = 'x'.repeat(160);
      for (let i = 1; i <= rows; i++) {
        insert.run(i, `row ${i} ${padding}`);
        if (i % PROGRESS_EVERY === 0) say(`rows ${i}`);
      }
      say('inserted');
    },
  };
}
