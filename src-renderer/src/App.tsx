import { useEffect, useRef } from 'react';
import { commandHandlers } from './commands/commandHandlers';
import { commandRegistry } from './commands/commandRegistry';
import { CommandPalette } from './commands/CommandPalette';
import { ShortcutSheet } from './commands/ShortcutSheet';
import { useCommandKeys } from './commands/useCommandKeys';
import { LibraryPane } from './library/LibraryPane';
import { ClaimsPane } from './claims/ClaimsPane';
import { StatusBar } from './ui/StatusBar';
import { Notices } from './ui/Notices';
import { acceptedImportTypes } from '../../src-main/core/fileFormats';
import { useImportFlow } from './library/useImportFlow';
import { useFileDrop } from './library/useFileDrop';
import { useThemeAttribute } from './ui/useThemeAttribute';
import { CentrePane } from './workbench/CentrePane';
import { openFirstArticle } from './workbench/articleActions';
import { uiActions, useUi } from './workbench/uiStore';
import { useChangesElsewhere } from './workbench/useChangesElsewhere';
import { usePreferences } from './workbench/workbenchQueries';

export function App() {
  const libraryOpen = useUi((ui) => ui.libraryOpen);
  const claimsOpen = useUi((ui) => ui.claimsOpen);
  const fileInput = useRef<HTMLInputElement>(null);
  const importFlow = useImportFlow();
  useThemeAttribute(usePreferences()?.theme ?? 'light');

  useEffect(() => {
    void openFirstArticle();
  }, []);

  /** The file chooser only opens in answer to a click or key press; a menu message is neither. */
  const openFile = () => {
    if (navigator.userActivation.isActive) fileInput.current?.click();
    else importFlow.askForFile();
  };
  const latestOpenFile = useRef(openFile);
  useEffect(() => {
    latestOpenFile.current = openFile;
  });
  useEffect(
    () => commandRegistry.install(commandHandlers({ openFile: () => latestOpenFile.current() })),
    [],
  );
  useCommandKeys();
  useChangesElsewhere();
  const overlay = useUi((ui) => ui.overlay);

  const dragging = useFileDrop((file) => void importFlow.previewFile(file));

  return (
    <div
      className={['workbench', libraryOpen && 'library-open', claimsOpen && 'claims-open']
        .filter(Boolean)
        .join(' ')}
    >
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={acceptedImportTypes}
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFlow.previewFile(file);
        }}
      />
      <LibraryPane onOpenFile={openFile} />
      <main className="article-pane" aria-label="Article">
        <div className="narrow-bar">
          <button
            type="button"
            aria-expanded={libraryOpen}
            aria-controls="library-pane"
            onClick={() => uiActions.setLibraryOpen(!libraryOpen)}
          >
            {libraryOpen ? 'Hide library' : 'Library'}
          </button>
          <button
            type="button"
            className="claims-toggle"
            aria-expanded={claimsOpen}
            aria-controls="claims-pane"
            onClick={() => uiActions.setClaimsOpen(!claimsOpen)}
          >
            {claimsOpen ? 'Hide claims' : 'Claims'}
          </button>
        </div>
        <CentrePane
          importFlow={importFlow}
          onChooseFile={() => fileInput.current?.click()}
          onOpenFile={openFile}
        />
      </main>
      <ClaimsPane />
      <StatusBar />
      <Notices />
      {overlay === 'palette' && <CommandPalette />}
      {overlay === 'shortcuts' && <ShortcutSheet />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the file to preview it</p>
        </div>
      )}
    </div>
  );
}
