import type { Article } from '../../../src-main/core/model';
import { ArticleEditor, lockedMessage } from '../editor/ArticleEditor';
import { ArticleHeader } from '../library/ArticleHeader';
import { ExerciseBanner } from '../training/ExerciseBanner';
import { textEdited, textSaves } from './textSaves';
import { uiActions, useUi } from './uiStore';
import { useClaimPlaces, usePreferences, useScales } from './workbenchQueries';

/** The open article: its exercise banner, its header and toolbar, and its text with the claims. */
export function ArticleView({ article, hidden }: { article: Article; hidden: boolean }) {
  const claims = useClaimPlaces();
  const scales = useScales();
  const selectedClaimId = useUi((ui) => ui.selectedClaimId);
  const textLoad = useUi((ui) => ui.textLoad);
  const editing = useUi((ui) => ui.textEditing);
  const theme = usePreferences()?.theme ?? 'light';
  return (
    <div className="article-view" hidden={hidden}>
      <ExerciseBanner key={article.id} articleId={article.id} />
      <ArticleHeader article={article} />
      <ArticleEditor
        article={article}
        textLoad={textLoad}
        claims={claims}
        scales={scales}
        selectedClaimId={selectedClaimId}
        theme={theme}
        editing={editing}
        saves={textSaves}
        onTextEdited={textEdited}
        onSelectClaim={uiActions.selectClaim}
        onLockedKey={() => uiActions.notify({ message: lockedMessage, tone: 'info' })}
      />
    </div>
  );
}
