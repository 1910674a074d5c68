import type { Database } from 'better-sqlite3';
import type { AuditAction, AuditEntity, AuditEntry } from '../core/auditActions';
import { isAuditAction } from '../core/auditActions';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity_id: number;
  action: string;
  before: string | null;
  after: string | null;
}

export interface AuditRecord<E extends AuditEntity = AuditEntity> {
  at: string;
  actor: string;
  entity: E;
  entityId: number;
  action: AuditAction<E>;
  before: unknown;
  after: unknown;
}

/** A stored audit entry whose action is one of its entity's. */
export type TypedAuditEntry<E extends AuditEntity> = Omit<AuditEntry, 'entity' | 'action'> & {
  entity: E;
  action: AuditAction<E>;
};

export function createAuditStore(db: Database) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
     VALUES (@at, @actor, @entity, @entityId, @action, @before, @after)`,
  );
  const forEntity = db.prepare<[string, number], AuditRow>(
    `SELECT id, at, actor, entity_id, action, before, after FROM audit_log
     WHERE entity = ? AND entity_id = ? ORDER BY id`,
  );
  const importedAnnotations = db.prepare<
    [number],
    { annotation: string; claimId: number; number: number; notes: string }
  >(
    `SELECT json_extract(a.after, '$.annotation') AS annotation, c.id AS claimId,
            c.number AS number, c.notes AS notes
     FROM audit_log a JOIN claims c ON c.id = a.entity_id
     WHERE a.entity = 'claim' AND a.action = 'import' AND c.article_id = ?
       AND c.deleted_at IS NULL AND json_type(a.after, '$.annotation') = 'text'
     ORDER BY a.id`,
  );
  const encode = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  const decode = (value: string | null): unknown => {
    if (value === null) return null;
    const parsed: unknown = JSON.parse(value);
    return parsed;
  };

  return {
    record<E extends AuditEntity>(entry: AuditRecord<E>): void {
      insert.run({ ...entry, before: encode(entry.before), after: encode(entry.after) });
    },
    /**
     * The annotations already imported into an article, by the id their file gave them (recorded
     * in each claim's `import` audit row as `annotation`), with the claim each became. Deleted
     * claims are left out: their annotations may be imported again.
     */
    importedAnnotations(
      articleId: number,
    ): Map<string, { claimId: number; number: number; notes: string }> {
      const rows = importedAnnotations.all(articleId);
      return new Map(rows.map(({ annotation, ...claim }) => [annotation, claim]));
    },
    /**
     * An entity's audit trail, oldest first. Errors: an Error for a row whose action this
     * version does not know (written by a newer Factdesk), rather than a history that hides it.
     */
    forEntity<E extends AuditEntity>(entity: E, entityId: number): TypedAuditEntry<E>[] {
      return forEntity.all(entity, entityId).map((row) => {
        if (!isAuditAction(entity, row.action)) {
          throw new Error(
            `audit_log row ${row.id} has an unknown ${entity} action "${row.action}"`,
          );
        }
        return {
          id: row.id,
          at: row.at,
          actor: row.actor,
          entity,
          entityId: row.entity_id,
          action: row.action,
          before: decode(row.before),
          after: decode(row.after),
        };
      });
    },
  };
}
