import { useRef, useState } from 'react';
import type { ArticleEditorHandle } from './editor/ArticleEditor';
import { ArticleEditor } from './editor/ArticleEditor';
import { LibraryPane } from './library/LibraryPane';
import { ClaimsPane } from './claims/ClaimsPane';
import { StatusBar } from './ui/StatusBar';
import { Notices } from './ui/Notices';
import { AboutPanel } from './ui/AboutPanel';
import { ArticleHeader } from './library/ArticleHeader';
import { NewArticlePanel } from './library/NewArticlePanel';
import { acceptedImportTypes } from '../../src-main/core/fileFormats';
import { ImportPreviewPanel } from './library/ImportPreviewPanel';
import type { ArticleDraft } from './library/ArticleDraft';
import { emptyDraft, filledMeta } from './library/ArticleDraft';
import { useImportFlow } from './library/useImportFlow';
import { useFileDrop } from './library/useFileDrop';
import { PreferencesPanel } from './preferences/PreferencesPanel';
import { useWorkbench } from './workbench/useWorkbench';
import { useMenuCommands } from './workbench/useMenuCommands';
import { useThemeAttribute } from './ui/useThemeAttribute';
import { ExportPanel } from './report/ExportPanel';
import { LoadVersionPanel } from './review/LoadVersionPanel';
import { ImportAnnotationsPanel } from './review/ImportAnnotationsPanel';
import { TrainingPanel } from './training/TrainingPanel';
import { ExerciseBanner } from './training/ExerciseBanner';
import { StartExerciseForm } from './training/StartExerciseForm';
import { Panel } from './ui/Panel';
import { SearchPanel } from './search/SearchPanel';
import { FactCheckImportPanel } from './search/FactCheckImportPanel';
import { FactCheckView } from './search/FactCheckView';

type PanelName =
  | 'new'
  | 'preferences'
  | 'about'
  | 'export'
  | 'loadVersion'
  | 'annotations'
  | 'training'
  | 'exercise'
  | 'search'
  | 'factchecks';

export function App() {
  const workbench = useWorkbench();
  const { article, claims, scales, selectedClaimId, preferences, appInfo, actions } = workbench;
  const editor = useRef<ArticleEditorHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [focusClaimant, setFocusClaimant] = useState(0);
  const [panel, setPanel] = useState<PanelName | null>(null);
  const [draft, setDraft] = useState<ArticleDraft>(emptyDraft);
  const [libraryOpen, setLibraryOpen] = useState(false);
  /**
   * An imported fact check shown in the article pane, opened from search or "Checked before?";
   * choosing another claim or article goes back to the article.
   */
  const [factCheck, setFactCheck] = useState<{ id: number; openedOn: string } | null>(null);
  const openedOn = `${article?.id ?? ''}:${selectedClaimId ?? ''}`;
  const factCheckId = factCheck?.openedOn === openedOn ? factCheck.id : null;
  const setFactCheckId = (id: number | null) => setFactCheck(id === null ? null : { id, openedOn });
  const importFlow = useImportFlow(workbench);

  useThemeAttribute(preferences?.theme ?? 'light');

  const showPanel = (name: PanelName) => {
    importFlow.close();
    setLibraryOpen(false);
    setFactCheckId(null);
    setPanel(name);
  };

  const openFactCheck = (id: number) => {
    importFlow.close();
    setPanel(null);
    setFactCheckId(id);
  };

  const previewFile = (file: File) => {
    setPanel(null);
    setLibraryOpen(false);
    void importFlow.previewFile(file);
  };

  /** The file chooser only opens in answer to a click or key press; a menu message is neither. */
  const openFile = () => {
    if (navigator.userActivation.isActive) fileInput.current?.click();
    else {
      setPanel(null);
      importFlow.askForFile();
    }
  };

  const markClaim = async () => {
    const selection = editor.current?.selection();
    if (!selection) {
      actions.notify({ message: 'Select the words of the claim in the text first.', tone: 'info' });
      return;
    }
    const claim = await actions.markClaim(selection.start, selection.end).catch(() => null);
    if (claim) setFocusClaimant((n) => n + 1);
  };

  useMenuCommands({
    'claim.mark': () => void markClaim(),
    'article.new': () => showPanel('new'),
    'article.open': openFile,
    'preferences.open': () => showPanel('preferences'),
    'help.about': () => showPanel('about'),
    'report.export': () => article && showPanel('export'),
    'article.loadVersion': () => article && showPanel('loadVersion'),
    'annotations.import': () => article && showPanel('annotations'),
    'training.open': () => article && showPanel('training'),
    'training.openExercise': () => showPanel('exercise'),
    'search.open': () => showPanel('search'),
    'factchecks.import': () => showPanel('factchecks'),
  });

  const dragging = useFileDrop(previewFile);

  const centre = () => {
    if (importFlow.state.step !== 'closed') {
      return (
        <ImportPreviewPanel
          flow={importFlow}
          onChooseFile={() => fileInput.current?.click()}
          onImport={async (preview) => {
            await actions.createArticle({ text: preview.text, meta: filledMeta(preview.meta) });
            importFlow.close();
          }}
        />
      );
    }
    if (panel === 'search') {
      return (
        <SearchPanel
          workbench={workbench}
          onClose={() => setPanel(null)}
          onOpenFactCheck={openFactCheck}
          onImportFactChecks={() => showPanel('factchecks')}
        />
      );
    }
    if (panel === 'factchecks') return <FactCheckImportPanel onClose={() => setPanel(null)} />;
    if (factCheckId !== null) {
      return (
        <FactCheckView key={factCheckId} id={factCheckId} onClose={() => setFactCheckId(null)} />
      );
    }
    if (panel === 'new') {
      return (
        <NewArticlePanel
          draft={draft}
          onDraftChange={setDraft}
          onClose={() => setPanel(null)}
          onCreate={async (created) => {
            await actions.createArticle({ text: created.text, meta: filledMeta(created.meta) });
            setDraft(emptyDraft);
            setPanel(null);
          }}
        />
      );
    }
    if (panel === 'preferences') {
      return <PreferencesPanel workbench={workbench} onClose={() => setPanel(null)} />;
    }
    if (panel === 'about') return <AboutPanel info={appInfo} onClose={() => setPanel(null)} />;
    if (panel === 'export')
      return <ExportPanel workbench={workbench} onClose={() => setPanel(null)} />;
    if (panel === 'loadVersion') {
      return <LoadVersionPanel workbench={workbench} onClose={() => setPanel(null)} />;
    }
    if (panel === 'training' && article) {
      return (
        <TrainingPanel
          articleId={article.id}
          articleTitle={article.title}
          onClose={() => setPanel(null)}
        />
      );
    }
    if (panel === 'exercise') {
      return (
        <Panel title="Open an exercise" onClose={() => setPanel(null)}>
          <StartExerciseForm
            onStarted={(id) => void actions.exerciseStarted(id).then(() => setPanel(null))}
          />
        </Panel>
      );
    }
    if (panel === 'annotations') {
      return <ImportAnnotationsPanel workbench={workbench} onClose={() => setPanel(null)} />;
    }
    if (!article) {
      return (
        <div className="empty-state">
          <p>No article is open.</p>
          <p>Choose one in the library, or add one:</p>
          <p className="empty-actions">
            <button type="button" className="primary" onClick={() => showPanel('new')}>
              + New article
            </button>
            <button type="button" onClick={openFile}>
              Open a file…
            </button>
          </p>
        </div>
      );
    }
    return (
      <>
        <ExerciseBanner key={article.id} articleId={article.id} />
        <ArticleHeader
          workbench={workbench}
          onTraining={() => showPanel('training')}
          onMarkClaim={() => void markClaim()}
          onExport={() => showPanel('export')}
          onLoadVersion={() => showPanel('loadVersion')}
          onImportAnnotations={() => showPanel('annotations')}
        />
        <ArticleEditor
          ref={editor}
          text={article.text}
          textRevision={workbench.textRevision}
          claims={claims}
          scales={scales}
          selectedClaimId={selectedClaimId}
          theme={preferences?.theme ?? 'light'}
          onSelectClaim={actions.selectClaim}
          onMarkClaim={() => void markClaim()}
          onTextEdited={actions.applyTextEdit}
        />
      </>
    );
  };

  return (
    <div className={libraryOpen ? 'workbench library-open' : 'workbench'}>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={acceptedImportTypes}
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) previewFile(file);
        }}
      />
      <LibraryPane
        workbench={workbench}
        onNew={() => showPanel('new')}
        onOpenFile={openFile}
        onPreferences={() => showPanel('preferences')}
        onAbout={() => showPanel('about')}
        onOpenExercise={() => showPanel('exercise')}
        onOpened={() => {
          importFlow.close();
          setPanel(null);
          setFactCheckId(null);
          setLibraryOpen(false);
        }}
        onDismiss={() => setLibraryOpen(false)}
      />
      <main className="article-pane" aria-label="Article">
        <div className="narrow-bar">
          <button
            type="button"
            aria-expanded={libraryOpen}
            aria-controls="library-pane"
            onClick={() => setLibraryOpen((open) => !open)}
          >
            {libraryOpen ? 'Hide library' : 'Library'}
          </button>
        </div>
        {centre()}
      </main>
      <ClaimsPane
        workbench={workbench}
        focusClaimantSignal={focusClaimant}
        editorSelection={() => editor.current?.selection() ?? null}
        onOpenFactCheck={openFactCheck}
      />
      <StatusBar workbench={workbench} onOpenPreferences={() => showPanel('preferences')} />
      <Notices workbench={workbench} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the file to preview it</p>
        </div>
      )}
    </div>
  );
}
