import type { MethodInput } from '../../../src-main/contract/methods';
import { call } from '../api/client';
import { contractKey } from '../api/contractKey';
import { readClaimOutlines } from '../api/readClaimOutlines';
import { contractQuery } from '../api/contractQuery';
import { queryClient } from '../api/queryClient';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { textSaves } from './textSaves';
import { uiActions, uiStore } from './uiStore';
import { write } from './write';

let latestOpen = 0;

/**
 * Shows an article: its text and its claims' places are read fresh from the service, and the
 * editor switches to them at once when both have arrived; the claims' outlines (the list) are
 * read right after. Opening the article already open does nothing (it must
 * not reload text being typed), and the open article is never left while edits to its text
 * could not be saved yet. Failures are reported as a notice; resolves to whether it opened.
 */
export async function openArticle(id: number): Promise<boolean> {
  const open = uiStore.getState().openArticleId;
  const attempt = ++latestOpen;
  // The article shown stays, and an article still opening from an earlier click does not follow.
  if (open === id) return true;
  if (open !== null && !(await textSaves.flush(open)) && textSaves.unsaved(open) === 'pending') {
    uiActions.notify({
      message:
        'Your latest edits to the text are not saved yet, so the article stays open. Factdesk keeps trying; open the other article again in a moment.',
      tone: 'error',
    });
    return false;
  }
  try {
    // The outline is read again once the article shows, so an older copy is never shown; the
    // text opens on its claims' places, a few numbers per claim, and the list follows.
    queryClient.removeQueries({
      queryKey: contractKey('claims.outline', { articleId: id }),
      exact: true,
    });
    const [article] = await Promise.all([
      queryClient.fetchQuery({ ...contractQuery('articles.get', { id }), staleTime: 0 }),
      queryClient.fetchQuery({
        ...contractQuery('claims.places', { articleId: id }),
        staleTime: 0,
      }),
    ]);
    if (attempt !== latestOpen) return false;
    textSaves.loaded(id, article.sha256);
    uiActions.articleOpened(id, article.sha256);
    return true;
  } catch (error) {
    if (attempt === latestOpen)
      uiActions.notify({
        message: `Could not open the article: ${errorMessage(error)}`,
        tone: 'error',
      });
    return false;
  }
}

/**
 * Opens a claim in place: its article is shown (closing any panel) with the claim selected,
 * which the editor scrolls into view. Resolves to whether the article could be opened.
 */
export async function openClaim(articleId: number, claimId: number): Promise<boolean> {
  if (!(await openArticle(articleId))) return false;
  uiActions.closeCentre();
  uiActions.selectClaim(claimId);
  return true;
}

/** Creates an article from text and metadata, and opens it. Errors are for the form to show. */
export async function createArticle(input: MethodInput<'articles.create'>) {
  const created = await write('articles.create', input, { inlineErrors: true });
  await openArticle(created.id);
  return created;
}

/** Changes the open article's metadata or notes; fields typed in quick succession never undo each other. */
export async function updateArticle(id: number, patch: MethodInput<'articles.update'>['patch']) {
  await write('articles.update', { id, patch });
}

/** Moves an article to the bin, with an Undo in the notice. */
export async function deleteArticle(id: number, title: string): Promise<void> {
  const wasOpen = uiStore.getState().openArticleId === id;
  if (wasOpen) await textSaves.flush(id);
  await write('articles.delete', { id });
  if (wasOpen && uiStore.getState().openArticleId === id) uiActions.articleClosed();
  uiActions.notify({
    message: `Deleted “${title}”.`,
    tone: 'info',
    action: {
      label: 'Undo',
      run: async () => {
        await write('articles.restore', { id });
        await openArticle(id);
      },
    },
  });
}

/**
 * Replaces the article's text with a corrected version; the service re-anchors every claim.
 * Unsaved edits are saved first. Resolves to what happened to the claims.
 */
export function loadVersion(id: number, text: string) {
  return textSaves.exclusive(id, async () => {
    // The claims are moved with the text only once every one of them has been read.
    await readClaimOutlines(id);
    const loaded = await write('articles.loadVersion', { id, text });
    textSaves.loaded(id, loaded.article.sha256);
    if (uiStore.getState().openArticleId === id) uiActions.textReplaced(loaded.article.sha256);
    return loaded.counts;
  });
}

/** What importing the annotation file would do; nothing is written. */
export function previewAnnotations(articleId: number, json: string, allowOtherSources = false) {
  return call('annotations.preview', { articleId, json, allowOtherSources });
}

/**
 * Imports W3C or Hypothesis annotations as claims of the article, all or none. Their offsets
 * refer to the saved text, so edits are saved first, and the claims are read again before any
 * further text save names them.
 */
export function importAnnotations(articleId: number, json: string, allowOtherSources = false) {
  return textSaves.exclusive(articleId, async () => {
    await readClaimOutlines(articleId);
    const imported = await write('annotations.import', { articleId, json, allowOtherSources });
    await queryClient.refetchQueries({
      queryKey: contractQuery('claims.outline', { articleId }).queryKey,
    });
    return imported;
  });
}

/** An exercise was opened as a new article (its scale may now be the default): show it. */
export function exerciseStarted(articleId: number): Promise<boolean> {
  return openArticle(articleId);
}

/** On start, the article the service suggests (the most recently changed one) is opened. */
export async function openFirstArticle(): Promise<void> {
  try {
    const info = await queryClient.fetchQuery(contractQuery('app.info', {}));
    if (info.firstArticleId !== null) await openArticle(info.firstArticleId);
  } catch (error) {
    uiActions.notify({ message: `Could not load: ${errorMessage(error)}`, tone: 'error' });
  }
}
