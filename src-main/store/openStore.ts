import type { Database } from 'better-sqlite3';
import { createArticleStore } from './articleStore';
import { createAuditStore } from './auditStore';
import { createClaimStore } from './claimStore';
import { createFactCheckStore } from './factCheckStore';
import type { OpenDatabaseOptions } from './openDatabase';
import { openDatabase } from './openDatabase';
import { createScaleStore } from './scaleStore';
import { createSearchStore } from './searchStore';
import { createSettingsStore } from './settingsStore';
import { createSourceStore } from './sourceStore';

export function createStore(db: Database) {
  return {
    db,
    articles: createArticleStore(db),
    claims: createClaimStore(db),
    sources: createSourceStore(db),
    scales: createScaleStore(db),
    audit: createAuditStore(db),
    settings: createSettingsStore(db),
    factChecks: createFactCheckStore(db),
    search: createSearchStore(db),
    /** Runs fn in one IMMEDIATE transaction: the change and its audit rows commit together. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    /**
     * Runs fn in one read transaction: its reads see one consistent state, and it takes no
     * write lock, so other connections keep writing meanwhile. For reads before a long
     * computation whose result a later `transaction` writes.
     */
    snapshot<T>(fn: () => T): T {
      return db.transaction(fn).deferred();
    },
    /**
     * A number that changes whenever another connection (the command line, a second window)
     * has committed a change since it was last read; this connection's own commits leave it as
     * it is (SQLite's `PRAGMA data_version`).
     */
    dataVersion(): number {
      return db.pragma('data_version', { simple: true }) as number;
    },
    close(): void {
      db.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;

export function openStore(path: string, options?: OpenDatabaseOptions): Store {
  return createStore(openDatabase(path, options));
}
