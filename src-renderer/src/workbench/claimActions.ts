import type { Claim, ClaimOutline, Verdict } from '../../../src-main/core/model';
import type { MethodInput } from '../../../src-main/contract/methods';
import { contractKey } from '../api/contractKey';
import { selectionForClaim } from '../claims/selectionForClaim';
import { queryClient } from '../api/queryClient';
import { storeClaim } from '../api/storeClaim';
import { editorBridge } from './editorBridge';
import { UnsavedTextError } from './TextSaveQueue';
import { textSaves } from './textSaves';
import { uiActions, uiStore } from './uiStore';
import { write } from './write';

function cachedOutlines(articleId: number): ClaimOutline[] {
  return (
    queryClient.getQueryData<ClaimOutline[]>(contractKey('claims.outline', { articleId })) ?? []
  );
}

/**
 * Marks the words selected in the editor as a claim of the open article, selects it and sends
 * the cursor to its claimant. The selection's offsets must refer to the saved text, so the text
 * is saved first; if it cannot be, nothing is marked and the checker is told why.
 * Resolves to the new claim, or null when nothing was marked.
 */
export async function markSelectedClaim(): Promise<Claim | null> {
  const articleId = uiStore.getState().openArticleId;
  if (articleId === null) return null;
  if (!editorBridge.selection()) {
    uiActions.notify({ message: 'Select the words of the claim in the text first.', tone: 'info' });
    return null;
  }
  try {
    const claim = await textSaves.exclusive(articleId, async (textSha256) => {
      const selection = selectionForClaim();
      if (!selection) return null;
      return write('claims.create', {
        articleId,
        ...selection,
        ...(textSha256 === null ? {} : { textSha256 }),
      });
    });
    if (claim) uiActions.claimMarked(claim.id);
    return claim;
  } catch (error) {
    // A failed write has told the checker already.
    if (error instanceof UnsavedTextError)
      uiActions.notify({ message: `The claim was not marked. ${error.message}`, tone: 'error' });
    return null;
  }
}

export function updateClaim(id: number, patch: MethodInput<'claims.update'>['patch']) {
  return write('claims.update', { id, patch });
}

/** Deletes a claim, with an Undo in the notice. The text is saved first: saves name every claim. */
export async function deleteClaim(id: number): Promise<void> {
  const articleId = uiStore.getState().openArticleId;
  const claim = articleId === null ? undefined : cachedOutlines(articleId).find((c) => c.id === id);
  const remove = () => write('claims.delete', { id });
  try {
    await (articleId === null ? remove() : textSaves.exclusive(articleId, remove));
  } catch (error) {
    if (error instanceof UnsavedTextError)
      uiActions.notify({ message: `The claim was not deleted. ${error.message}`, tone: 'error' });
    throw error;
  }
  if (uiStore.getState().selectedClaimId === id) uiActions.selectClaim(null);
  uiActions.notify({
    message: `Deleted claim “${claim?.exact.slice(0, 40) ?? id}”.`,
    tone: 'info',
    action: {
      label: 'Undo',
      run: async () => {
        const restore = () => write('claims.restore', { id });
        await (articleId === null ? restore() : textSaves.exclusive(articleId, restore));
        uiActions.selectClaim(id);
      },
    },
  });
}

/**
 * Attaches a claim under review to a span of the saved text. `span` is read once the text is
 * saved, so offsets from the editor or from the claim itself refer to that text; when it returns
 * null nothing is attached.
 */
export function reattachClaim(
  articleId: number,
  id: number,
  span: () =>
    Promise<{ start: number; end: number } | null> | { start: number; end: number } | null,
) {
  return textSaves.exclusive(articleId, async (textSha256) => {
    const chosen = await span();
    // Only the span: a scored candidate carries more, which the contract refuses.
    return chosen
      ? write('claims.reattach', {
          id,
          start: chosen.start,
          end: chosen.end,
          ...(textSha256 === null ? {} : { textSha256 }),
        })
      : null;
  });
}

/** The claim's outline as the service last returned it (offsets in the saved text). */
export function savedClaim(articleId: number, id: number): ClaimOutline | undefined {
  return cachedOutlines(articleId).find((c) => c.id === id);
}

/**
 * Saves a claim's verdict, or clears it when `verdict` is null. The verdict is shown at once, so
 * a highlight takes its new colour and a rating never jumps back while the save is on its way;
 * if the save fails (it says why), the stored claim is shown again (see write).
 */
export async function saveVerdict(claim: Claim, verdict: Verdict | null): Promise<void> {
  // Shown before the service has answered; its answer replaces it.
  storeClaim(queryClient, { ...claim, verdict });
  try {
    if (verdict === null) await write('verdicts.clear', { claimId: claim.id });
    else
      await write('verdicts.set', {
        claimId: claim.id,
        ratingKey: verdict.ratingKey,
        conclusion: verdict.conclusion,
      });
  } catch {
    // The write has said what went wrong and shows the claim as stored again.
  }
}

/**
 * Undoes the last change to a claim's verdict, conclusion, claimant or status, as the audit log
 * recorded it; the undo is itself recorded. Tells the checker when there is nothing to undo.
 */
export async function undoClaimField(id: number): Promise<void> {
  try {
    const result = await write('claims.undoField', { id });
    uiActions.notify({ message: result.undone, tone: 'info' });
  } catch {
    // The write has said why nothing was undone.
  }
}
