import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../core/model';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  before: string | null;
  after: string | null;
}

export interface AuditRecord {
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  before: unknown;
  after: unknown;
}

export function createAuditStore(db: Database) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
     VALUES (@at, @actor, @entity, @entityId, @action, @before, @after)`,
  );
  const forEntity = db.prepare<[string, number], AuditRow>(
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
  );
  const encode = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  const decode = (value: string | null): unknown => (value === null ? null : JSON.parse(value));

  return {
    record(entry: AuditRecord): void {
      insert.run({ ...entry, before: encode(entry.before), after: encode(entry.after) });
    },
    forEntity(entity: string, entityId: number): AuditEntry[] {
      return forEntity.all(entity, entityId).map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        entity: row.entity,
        entityId: row.entity_id,
        action: row.action,
        before: decode(row.before),
        after: decode(row.after),
      }));
    },
  };
}
