import { z } from 'zod';
import { FactdeskError } from '../contract/errors';
import type { Handlers } from '../contract/methods';
import type { Claim } from '../core/model';
import { ClaimStatus, Verdict } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireClaim } from './claimHandlers';
import { statusAfterUndoneConfirmation } from './returnFromReview';

/**
 * The claim fields an undo restores from an `update` entry; other fields are left alone. A
 * status re-anchoring set is recorded in its `anchor` entry, which no undo takes back.
 */
const UndoableFields = z.object({ claimant: z.string().max(500), status: ClaimStatus }).partial();
type UndoableFields = z.infer<typeof UndoableFields>;

/** What an undo reads of an audit row. */
interface AuditRow {
  action: string;
  before: unknown;
}

/**
 * What a `verdict.confirm` row keeps of the verdict's standing before the confirmation: only
 * what changed (a confirmation on the version the verdict judged leaves its version alone).
 */
const ConfirmedStanding = z.object({
  articleVersion: z.number().int().positive().optional(),
  textChangedSinceVerdict: z.boolean().optional(),
  movedSinceVerdict: z.boolean().optional(),
});
type ConfirmedStanding = z.infer<typeof ConfirmedStanding>;

type Undo =
  | { kind: 'verdict'; restore: Partial<Verdict> | null }
  | { kind: 'confirm'; restore: ConfirmedStanding }
  | { kind: 'fields'; restore: UndoableFields };

const fieldNames: Record<keyof UndoableFields, string> = { claimant: 'claimant', status: 'status' };

/** What an audit entry changed that an undo can put back, or null when it changed none of it. */
function undoableChange(entry: AuditRow): Undo | null {
  if (entry.action === 'verdict' || entry.action === 'verdict.clear') {
    // A row may keep only what changed; the rest is as it is now (later changes are undone).
    const restore = Verdict.partial().nullable().safeParse(entry.before);
    return restore.success ? { kind: 'verdict', restore: restore.data } : null;
  }
  if (entry.action === 'verdict.confirm') {
    const restore = ConfirmedStanding.safeParse(entry.before);
    return restore.success ? { kind: 'confirm', restore: restore.data } : null;
  }
  if (entry.action === 'update') {
    const before = UndoableFields.safeParse(
      entry.before !== null && typeof entry.before === 'object'
        ? Object.fromEntries(
            Object.entries(entry.before).filter(([key]) => Object.hasOwn(fieldNames, key)),
          )
        : null,
    );
    if (!before.success || Object.keys(before.data).length === 0) return null;
    return { kind: 'fields', restore: before.data };
  }
  return null;
}

/**
 * The newest change not undone yet. Undos work as a stack: each `undo.*` entry cancels the
 * newest undoable change before it that no later undo has cancelled.
 */
export function changeToUndo(history: readonly AuditRow[]): Undo | null {
  let cancelled = 0;
  for (let index = history.length - 1; index >= 0; index--) {
    const entry = history[index] as AuditRow;
    if (entry.action.startsWith('undo.')) {
      cancelled++;
      continue;
    }
    const change = undoableChange(entry);
    if (!change) continue;
    if (cancelled > 0) cancelled--;
    else return change;
  }
  return null;
}

function pickFlags(claim: Claim) {
  return {
    textChangedSinceVerdict: claim.textChangedSinceVerdict,
    movedSinceVerdict: claim.movedSinceVerdict,
  };
}

function pickFields(claim: Claim, fields: UndoableFields): UndoableFields {
  return Object.fromEntries(
    Object.keys(fields).map((key) => [key, claim[key as keyof UndoableFields]]),
  );
}

export function undoClaimFieldHandlers(ctx: WorkbenchContext): Pick<Handlers, 'claims.undoField'> {
  const { store } = ctx;
  return {
    'claims.undoField': ({ id }) =>
      store.transaction(() => {
        const claim = requireClaim(ctx, id);
        const undo = changeToUndo(store.audit.forEntity('claim', id));
        if (!undo) throw new FactdeskError('conflict', 'There is no change to this claim to undo.');
        if (undo.kind === 'verdict') {
          const restored =
            undo.restore === null ? null : Verdict.safeParse({ ...claim.verdict, ...undo.restore });
          if (restored && !restored.success)
            throw new FactdeskError('conflict', 'The audit log does not hold the earlier verdict.');
          if (restored) store.claims.setVerdict(id, restored.data, ctx.now());
          else store.claims.clearVerdict(id);
          ctx.audit('claim', id, 'undo.verdict', claim.verdict, restored?.data ?? null);
          return {
            claim: requireClaim(ctx, id),
            undone: restored ? 'Undid the last change of the verdict.' : 'Undid the verdict.',
          };
        }
        if (undo.kind === 'confirm') {
          if (!claim.verdict)
            throw new FactdeskError(
              'conflict',
              'The claim has no verdict whose confirmation to undo.',
            );
          // The verdict judges the version it judged before; flags set since are kept.
          const flags = {
            textChangedSinceVerdict:
              claim.textChangedSinceVerdict || (undo.restore.textChangedSinceVerdict ?? false),
            movedSinceVerdict: claim.movedSinceVerdict || (undo.restore.movedSinceVerdict ?? false),
          };
          const version = undo.restore.articleVersion ?? claim.verdict.articleVersion;
          const before = { articleVersion: claim.verdict.articleVersion, ...pickFlags(claim) };
          // A confirmation that ended the claim's review leaves it in review again when undone.
          const status = statusAfterUndoneConfirmation(ctx, id);
          const statusChange =
            status === claim.status
              ? { before: {}, after: {} }
              : { before: { status: claim.status }, after: { status } };
          store.claims.confirmVerdict(id, version, ctx.now());
          store.claims.setVerdictFlags(id, flags, ctx.now());
          if (status !== claim.status) store.claims.update(id, { status }, ctx.now());
          ctx.audit(
            'claim',
            id,
            'undo.verdict.confirm',
            { ...before, ...statusChange.before },
            { articleVersion: version, ...flags, ...statusChange.after },
          );
          return {
            claim: requireClaim(ctx, id),
            undone: 'Undid the confirmation of the verdict.',
          };
        }
        store.claims.update(id, undo.restore, ctx.now());
        ctx.audit('claim', id, 'undo.update', pickFields(claim, undo.restore), undo.restore);
        const names = Object.keys(undo.restore).map(
          (key) => fieldNames[key as keyof UndoableFields],
        );
        return {
          claim: requireClaim(ctx, id),
          undone: `Undid the change of ${names.join(' and ')}.`,
        };
      }),
  };
}
