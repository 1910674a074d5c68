import type { Database } from 'better-sqlite3';
import type { Rating, RatingScale, ScaleKind } from '../core/model';

interface ScaleRow {
  id: string;
  name: string;
  kind: ScaleKind;
  ratings: string;
}

export function createScaleStore(db: Database) {
  const all = db.prepare<[], ScaleRow>(
    'SELECT id, name, kind, ratings FROM rating_scales ORDER BY name',
  );
  const upsert = db.prepare(
    `INSERT INTO rating_scales (id, name, kind, ratings, created_at, updated_at)
     VALUES (@id, @name, @kind, @ratings, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       ratings = excluded.ratings, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM rating_scales WHERE id = ?');

  return {
    listCustom(): RatingScale[] {
      return all.all().map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        builtin: false,
        ratings: JSON.parse(row.ratings) as Rating[],
      }));
    },
    save(scale: Omit<RatingScale, 'builtin'>, at: string): void {
      upsert.run({ ...scale, ratings: JSON.stringify(scale.ratings), at });
    },
    remove(id: string): void {
      remove.run(id);
    },
  };
}
