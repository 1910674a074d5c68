import type { Database } from 'better-sqlite3';
import type { RatingScale } from '../core/model';
import { RatingScaleFields } from '../core/model';
import { fieldTable } from './fieldTable';

export function createScaleStore(db: Database) {
  const scales = fieldTable(db, 'rating_scales', RatingScaleFields);
  const all = db.prepare<[], Record<string, unknown>>(
    `SELECT ${scales.select('s')} FROM rating_scales s ORDER BY s.name`,
  );
  const remove = db.prepare('DELETE FROM rating_scales WHERE id = ?');

  return {
    listCustom(): RatingScale[] {
      return all.all().map((row) => ({ ...scales.read(row), builtin: false }));
    },
    save(scale: RatingScaleFields, at: string): void {
      scales.upsert(scale, ['id'], { always: { updated_at: at }, onInsert: { created_at: at } });
    },
    remove(id: string): void {
      remove.run(id);
    },
  };
}
