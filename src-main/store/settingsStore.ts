import type { Database } from 'better-sqlite3';

/** Settings are JSON values under a key; their readers parse them with their own schemas. */
export function createSettingsStore(db: Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    get(key: string): unknown {
      const row = get.get(key);
      if (!row) return undefined;
      const value: unknown = JSON.parse(row.value);
      return value;
    },
    set(key: string, value: unknown): void {
      set.run(key, JSON.stringify(value));
    },
  };
}
