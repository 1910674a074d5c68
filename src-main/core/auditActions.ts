import { z } from 'zod';
import { Id, IsoTimestamp } from './model';

/**
 * Every action the audit log records, by the entity it is recorded on. The service can write
 * only these (WorkbenchContext.audit is typed by them), and the history views switch over them,
 * so a new action that the history does not describe fails the type check and the lint.
 */
export const auditEntities = [
  'claim',
  'article',
  'source',
  'scale',
  'preferences',
  'database',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export const auditActions = {
  claim: [
    'create',
    'update',
    'delete',
    'restore',
    'anchor',
    'review.done',
    'import',
    'verdict',
    'verdict.clear',
    'verdict.confirm',
    'source.attach',
    'source.update',
    'source.detach',
    'training.reasoning',
    'undo.update',
    'undo.verdict',
    'undo.verdict.confirm',
  ],
  article: [
    'create',
    'update',
    'delete',
    'restore',
    'text.edit',
    'text.load',
    'annotations.import',
    'training.key',
    'training.unlock',
    'training.exercise',
    'training.start',
    'training.submit',
  ],
  source: ['create', 'update', 'archive'],
  scale: ['create', 'update', 'delete'],
  preferences: ['update'],
  database: ['restore'],
} as const satisfies Record<AuditEntity, readonly string[]>;

export type AuditAction<E extends AuditEntity = AuditEntity> = (typeof auditActions)[E][number];

export const AuditEntityName = z.enum(auditEntities);
export const ClaimAuditAction = z.enum(auditActions.claim);
export type ClaimAuditAction = z.infer<typeof ClaimAuditAction>;

/** Whether a stored action is one this version of Factdesk writes for that entity. */
export function isAuditAction<E extends AuditEntity>(
  entity: E,
  action: string,
): action is AuditAction<E> {
  const known: readonly string[] = auditActions[entity];
  return known.includes(action);
}

export const AuditEntry = z.object({
  id: Id,
  at: IsoTimestamp,
  actor: z.string(),
  entity: AuditEntityName,
  entityId: z.number().int(),
  action: z.string(),
  /** The changed fields before and after, as recorded; null for a creation or deletion. */
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** One row of a claim's history: its action is one of the claim's. */
export const ClaimAuditEntry = AuditEntry.extend({
  entity: z.literal('claim'),
  action: ClaimAuditAction,
});
export type ClaimAuditEntry = z.infer<typeof ClaimAuditEntry>;
