import { useEffect, useRef, useState } from 'react';
import { onPush } from './api/client';
import type { ArticleEditorHandle } from './editor/ArticleEditor';
import { ArticleEditor } from './editor/ArticleEditor';
import { LibraryPane } from './library/LibraryPane';
import { ClaimsPane } from './claims/ClaimsPane';
import { StatusBar } from './ui/StatusBar';
import { Notices } from './ui/Notices';
import { ArticleHeader } from './library/ArticleHeader';
import { useWorkbench } from './workbench/useWorkbench';

export function App() {
  const workbench = useWorkbench();
  const { article, claims, scales, selectedClaimId, preferences, actions } = workbench;
  const editor = useRef<ArticleEditorHandle>(null);
  const [focusClaimant, setFocusClaimant] = useState(0);

  const markClaim = async () => {
    const selection = editor.current?.selection();
    if (!selection) {
      actions.notify({ message: 'Select the words of the claim in the text first.', tone: 'info' });
      return;
    }
    const claim = await actions.markClaim(selection.start, selection.end).catch(() => null);
    if (claim) setFocusClaimant((n) => n + 1);
  };

  const markClaimRef = useRef(markClaim);
  useEffect(() => {
    markClaimRef.current = markClaim;
  });

  useEffect(
    () =>
      onPush('menu', ({ command }) => {
        if (command === 'claim.mark') void markClaimRef.current();
      }),
    [],
  );

  useEffect(() => {
    document.documentElement.dataset.theme = preferences?.theme ?? 'light';
  }, [preferences?.theme]);

  return (
    <div className="workbench">
      <LibraryPane workbench={workbench} />
      <main className="article-pane" aria-label="Article">
        {article ? (
          <>
            <ArticleHeader workbench={workbench} onMarkClaim={() => void markClaim()} />
            <ArticleEditor
              ref={editor}
              text={article.text}
              claims={claims}
              scales={scales}
              selectedClaimId={selectedClaimId}
              theme={preferences?.theme ?? 'light'}
              onSelectClaim={actions.selectClaim}
              onMarkClaim={() => void markClaim()}
            />
          </>
        ) : (
          <div className="empty-state">
            <p>No article is open.</p>
            <p>Choose one in the library, or add a new one.</p>
          </div>
        )}
      </main>
      <ClaimsPane workbench={workbench} focusClaimantSignal={focusClaimant} />
      <StatusBar workbench={workbench} />
      <Notices workbench={workbench} />
    </div>
  );
}
