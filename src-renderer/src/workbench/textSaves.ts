import type { ClaimOutline } from '../../../src-main/core/model';
import { isConflict } from '../api/ApiError';
import { contractKey } from '../api/contractKey';
import { queryClient } from '../api/queryClient';
import { AUTOSAVE_DELAY_MS } from '../ui/useAutosaveField';
import { editorBridge } from './editorBridge';
import type { TextSnapshot } from './TextSaveQueue';
import { TextSaveQueue } from './TextSaveQueue';
import { write } from './write';

/**
 * The open article's text and every claim where the editor shows it. The claims are those the
 * service holds (the query cache), so a save always names each of them once.
 */
function readSnapshot(articleId: number): TextSnapshot {
  const editor = editorBridge.current();
  if (!editor || editor.articleId() !== articleId) {
    throw new Error('The editor no longer shows this article.');
  }
  const claims = queryClient.getQueryData<ClaimOutline[]>(
    contractKey('claims.outline', { articleId }),
  );
  // A save names every claim; until they have all been read it waits (and is tried again).
  if (!claims) throw new Error('The claims are still being read.');
  const text = editor.text();
  return {
    text,
    spans: claims.map((claim) => {
      // A claim with no highlight (its words were lost) has no place on screen, and its stored
      // offsets may lie past the end of a text that has since grown shorter.
      const { start, end } = editor.claimRange(claim.id) ?? claim;
      return {
        id: claim.id,
        start: Math.min(start, text.length),
        end: Math.min(end, text.length),
        anchorState: claim.anchorState,
      };
    }),
  };
}

/** The app's text saves; the service maps the claims itself from the texts it is sent. */
export const textSaves = new TextSaveQueue({
  save: ({ articleId, baseSha256, snapshot }) =>
    write('articles.saveText', {
      id: articleId,
      baseSha256,
      text: snapshot.text,
      spans: snapshot.spans,
    }),
  savedSha256: (saved) => saved.article.sha256,
  isConflict,
  delayMs: AUTOSAVE_DELAY_MS,
});

/** The checker edited the article's text in the editor. */
export function textEdited(articleId: number): void {
  textSaves.edited(articleId, () => readSnapshot(articleId));
}

// Leaving the page (reload, closing the window) sends what is waiting at once. A long article's
// save is too large to be sure to reach the host as the page goes, so while edits are unsaved
// the browser asks the checker first; meanwhile the save goes on.
window.addEventListener('beforeunload', (event) => {
  if (!textSaves.holdsUnsavedEdits()) return;
  void textSaves.flush();
  event.preventDefault();
});
window.addEventListener('pagehide', () => void textSaves.flush());
