import { filledMeta } from '../library/ArticleDraft';
import { emptyDraft } from '../library/ArticleDraft';
import { ImportPreviewPanel } from '../library/ImportPreviewPanel';
import { NewArticlePanel } from '../library/NewArticlePanel';
import type { ImportFlow } from '../library/useImportFlow';
import { PreferencesPanel } from '../preferences/PreferencesPanel';
import { ProfilePrompt } from '../preferences/ProfilePrompt';
import { ExportPanel } from '../report/ExportPanel';
import { ImportAnnotationsPanel } from '../review/ImportAnnotationsPanel';
import { LoadVersionPanel } from '../review/LoadVersionPanel';
import { FactCheckImportPanel } from '../search/FactCheckImportPanel';
import { FactCheckView } from '../search/FactCheckView';
import { SearchPanel } from '../search/SearchPanel';
import { StartExerciseForm } from '../training/StartExerciseForm';
import { TrainingPanel } from '../training/TrainingPanel';
import { AboutPanel } from '../ui/AboutPanel';
import { Panel } from '../ui/Panel';
import { ArticleView } from './ArticleView';
import { createArticle, exerciseStarted } from './articleActions';
import type { PanelName } from './uiStore';
import { uiActions, useUi } from './uiStore';
import { useAppInfo, useOpenArticle } from './workbenchQueries';
import { importRecordOf } from '../../../src-main/core/importing/ImportRecord';

interface CentrePaneProps {
  importFlow: ImportFlow;
  onChooseFile(): void;
  onOpenFile(): void;
}

/**
 * The centre pane shows one thing at a time (uiStore's `centre`). The open article's view stays
 * mounted behind a panel, so its editor keeps the text, the cursor and the undo history.
 */
export function CentrePane({ importFlow, onChooseFile, onOpenFile }: CentrePaneProps) {
  const centre = useUi((ui) => ui.centre);
  const article = useOpenArticle();
  return (
    <>
      {centre.kind === 'article' && <ProfilePrompt />}
      {centre.kind === 'import' && (
        <ImportPreviewPanel
          flow={importFlow}
          onChooseFile={onChooseFile}
          onImport={async (preview) => {
            await createArticle({
              text: preview.text,
              meta: filledMeta(preview.meta),
              imported: importRecordOf(
                preview.fileName,
                preview.format,
                preview.coverage,
                preview.encoding,
              ),
            });
            importFlow.close();
          }}
        />
      )}
      {centre.kind === 'panel' && <PanelView panel={centre.panel} />}
      {centre.kind === 'factcheck' && <FactCheckView key={centre.id} id={centre.id} />}
      {centre.kind === 'article' && !article && (
        <div className="empty-state">
          <p>No article is open.</p>
          <p>Choose one in the library, or add one:</p>
          <p className="empty-actions">
            <button type="button" className="primary" onClick={() => uiActions.showPanel('new')}>
              + New article
            </button>
            <button type="button" onClick={onOpenFile}>
              Open a file…
            </button>
          </p>
        </div>
      )}
      {article && <ArticleView article={article} hidden={centre.kind !== 'article'} />}
    </>
  );
}

function PanelView({ panel }: { panel: PanelName }) {
  const article = useOpenArticle();
  const info = useAppInfo();
  const draft = useUi((ui) => ui.articleDraft);
  const close = uiActions.closeCentre;
  switch (panel) {
    case 'new':
      return (
        <NewArticlePanel
          draft={draft}
          onDraftChange={uiActions.setArticleDraft}
          onClose={close}
          onCreate={async (created) => {
            await createArticle({ text: created.text, meta: filledMeta(created.meta) });
            uiActions.setArticleDraft(emptyDraft);
            close();
          }}
        />
      );
    case 'preferences':
      return <PreferencesPanel onClose={close} />;
    case 'about':
      return <AboutPanel info={info} onClose={close} />;
    case 'export':
      return <ExportPanel onClose={close} />;
    case 'loadVersion':
      return <LoadVersionPanel onClose={close} />;
    case 'annotations':
      return <ImportAnnotationsPanel onClose={close} />;
    case 'training':
      return article ? (
        <TrainingPanel articleId={article.id} articleTitle={article.title} onClose={close} />
      ) : null;
    case 'search':
      return <SearchPanel />;
    case 'factchecks':
      return <FactCheckImportPanel />;
    case 'exercise':
      return (
        <Panel title="Open an exercise" onClose={close}>
          <StartExerciseForm
            onStarted={(id) => void exerciseStarted(id).then((opened) => opened && close())}
          />
        </Panel>
      );
  }
}
