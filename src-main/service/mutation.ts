import type { AuditAction, AuditEntity } from '../core/auditActions';
import type { Store } from '../store/openStore';

/**
 * How a mutation reads, and the audit log records, one kind of thing. `record` says what an
 * audit row keeps of a state: the entity's declared fields (core/model.ts) and whatever tells
 * the row apart when read on its own, such as a claim's quote.
 */
export interface AuditedEntity<E extends AuditEntity, T> {
  entity: E;
  /** The current state, or undefined where there is none (not yet, or no longer). */
  read(id: number): T | undefined;
  record(state: T): Record<string, unknown>;
  /** Keys an update's row keeps even when unchanged, so that the row reads on its own. */
  keep?: readonly string[];
}

/** One existing thing to change; a bare AuditedEntity means the change creates one. */
export interface MutationTarget<E extends AuditEntity, T> {
  of: AuditedEntity<E, T>;
  id: number;
}

export interface MutationResult<T> {
  id: number;
  before: T | undefined;
  after: T | undefined;
}

export type Mutation = <E extends AuditEntity, T>(
  target: MutationTarget<E, T> | AuditedEntity<E, T>,
  action: AuditAction<E>,
  change: () => number | void,
  /** Facts about the change that are not fields of the entity, added to the row's after side. */
  context?: Record<string, unknown>,
) => MutationResult<T>;

export type AuditWriter = <E extends AuditEntity>(
  entity: E,
  entityId: number,
  action: AuditAction<E>,
  before: unknown,
  after: unknown,
) => void;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an audit row says changed: a creation or deletion records the whole state on its side;
 * an update records the keys whose values differ (plus the entity's `keep` keys), or nothing
 * when no value changed.
 */
export function auditDelta(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  keep: readonly string[] = [],
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } | null {
  if (before === null || after === null) return before === after ? null : { before, after };
  const changed = Object.keys({ ...before, ...after }).filter(
    (key) => !same(before[key], after[key]),
  );
  if (changed.length === 0) return null;
  const keys = [...keep.filter((key) => !changed.includes(key)), ...changed];
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/**
 * `mutation(target, action, change)` runs `change` in one IMMEDIATE transaction, reads the state
 * before and after it, and writes the audit row of what changed in the same transaction, so a
 * change and its history commit or fail together. For a creation, `change` returns the new id.
 * Errors: whatever `change` throws (the transaction is rolled back), and an Error when a
 * creation's `change` returns no id. `context` (an import's record, say) is written with the
 * row's after side.
 */
export function createMutation(store: Store, audit: AuditWriter): Mutation {
  return (target, action, change, context) =>
    store.transaction(() => {
      const entity = 'of' in target ? target.of : target;
      const before = 'of' in target ? entity.read(target.id) : undefined;
      const returned = change();
      const id = 'of' in target ? target.id : returned;
      if (typeof id !== 'number') throw new Error(`creating a ${entity.entity} returned no id`);
      const after = entity.read(id);
      const delta = auditDelta(
        before === undefined ? null : entity.record(before),
        after === undefined ? null : entity.record(after),
        entity.keep,
      );
      if (delta) {
        const after = context && delta.after ? { ...delta.after, ...context } : delta.after;
        audit(entity.entity, id, action, delta.before, after);
      }
      return { id, before, after };
    });
}
