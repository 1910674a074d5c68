import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Article, ClaimOutline, ClaimPlace, RatingScale } from '../../../src-main/core/model';
import type { EditorAccess } from '../workbench/editorBridge';
import type { TextLoad } from '../workbench/uiStore';
import { NOTICE_MS } from '../workbench/uiStore';
import { commandDeclarations, shortcutLabel } from '../../../src-main/contract/commands';
import { commandRegistry } from '../commands/commandRegistry';
import { editorBridge } from '../workbench/editorBridge';
import { ClaimHighlights } from './ClaimHighlights';
import { claimHover, claimMarks, withSelection } from './claimMarks';
import { monacoKeybinding } from './monacoKeybinding';
import { monaco } from './monacoSetup';

/** What the editor needs to know about the saving of its text. */
export interface EditorSaves {
  /** Unsaved edits of the article are read now: the editor is letting go of its text. */
  capture(articleId: number): void;
  /** Null when the editor's text is the one the service holds. */
  unsaved(articleId: number): unknown;
  /** Called whenever a save starts or ends; returns a remover. */
  subscribe(listener: () => void): () => void;
}

interface ArticleEditorProps {
  article: Article;
  /**
   * The editor loads the article's text when another article is shown or this changes, once the
   * article has the hash it names; never because of its own edits.
   */
  textLoad: TextLoad;
  /**
   * As the service holds them: their places while the article opens, their outlines (with the
   * claimant a highlight's hover names) once read. The editor keeps their highlights on their
   * words as it edits.
   */
  claims: readonly (ClaimPlace | ClaimOutline)[];
  scales: readonly RatingScale[];
  selectedClaimId: number | null;
  theme: 'light' | 'dark';
  /** The text can be changed; otherwise it is locked (read-only) and claims can still be marked. */
  editing: boolean;
  saves: EditorSaves;
  /** The checker changed the article's text. */
  onTextEdited(articleId: number): void;
  onSelectClaim(id: number): void;
  /** A key was pressed in the locked text (at most once per notice's lifetime). */
  onLockedKey(): void;
}

/** What a key pressed in the locked text is answered with. */
export const lockedMessage = `The text is locked. Press ${shortcutLabel('F2')} or “Edit text” to change it.`;

const editorOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  value: '',
  language: 'plaintext',
  wordWrap: 'on',
  // Monaco's characters a wrapped line may break after, without the comma and the full stop:
  // a figure ("554,000", "12.5") is read whole, never split across two lines.
  wordWrapBreakAfterCharacters:
    ' \t})]?|/&;¢°′″‰℃、。｡､￠，．：；？！％・･ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ｧｨｩｪｫｬｭｮｯｰ”〉》」』】〕）］｝｣',
  wrappingIndent: 'none',
  minimap: { enabled: false },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 12,
  renderLineHighlight: 'none',
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  unicodeHighlight: {
    ambiguousCharacters: false,
    invisibleCharacters: false,
    nonBasicASCII: false,
  },
  quickSuggestions: false,
  wordBasedSuggestions: 'off',
  fontFamily: "Charter, 'Bitstream Charter', 'Source Serif Pro', Georgia, Cambria, serif",
  fontSize: 17,
  lineHeight: 30,
  padding: { top: 20, bottom: 40 },
  scrollBeyondLastLine: false,
  overviewRulerLanes: 2,
  hideCursorInOverviewRuler: true,
  automaticLayout: true,
  // Prose has no use for indentation: Tab and Shift+Tab move the focus, as everywhere else.
  tabFocusMode: true,
  readOnly: true,
  readOnlyMessage: { value: lockedMessage },
  contextmenu: true,
  fixedOverflowWidgets: true,
};

const markKeys = shortcutLabel('CmdOrCtrl+Shift+M');

function ariaLabel(editing: boolean): string {
  return editing
    ? `Article text, editing: changes are saved as a new version. Press F2 when done, Escape to go to the claims, ${markKeys} to mark a claim.`
    : `Article text, locked. Select words and press ${markKeys} to mark a claim; F2 to edit the text; Escape to go to the claims.`;
}

/** Commands the editor answers to itself, from the declarations, so their keys work inside it. */
const editorCommands = commandDeclarations.filter((c) => 'inEditor' in c && c.inEditor);

/** When a command's key is live inside the editor, in Monaco's context-key language. */
const preconditions: Partial<Record<(typeof editorCommands)[number]['id'], string>> = {
  'text.edit': '!factdeskTextEditing',
  'text.done': 'factdeskTextEditing',
  // Escape keeps closing Monaco's own widgets first.
  'claims.focus': '!findWidgetVisible && !suggestWidgetVisible && !editorHasMultipleSelections',
};

/**
 * The article's text in Monaco, with a highlight per claim. The editor owns the text being
 * edited and the claims' live positions (Monaco moves the highlights through every edit); the
 * text save queue reads both from it when it saves.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { article, textLoad, claims, scales, selectedClaimId, theme, editing, saves } = props;
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const highlights = useRef<ClaimHighlights | null>(null);
  const flash = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const editingKey = useRef<monaco.editor.IContextKey<boolean> | null>(null);
  /** The article whose text the editor holds, and the revision it was loaded at. */
  const loaded = useRef<{ articleId: number; revision: number } | null>(null);
  const latest = useRef({ props, marks: [] as ReturnType<typeof withSelection> });
  const baseMarks = useMemo(() => claimMarks(claims, scales), [claims, scales]);
  const marks = useMemo(
    () => withSelection(baseMarks, selectedClaimId),
    [baseMarks, selectedClaimId],
  );

  useEffect(() => {
    latest.current = { props, marks };
  });

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.create(container.current, {
      ...editorOptions,
      readOnly: !latest.current.props.editing,
      ariaLabel: ariaLabel(latest.current.props.editing),
    });
    editingKey.current = editor.createContextKey(
      'factdeskTextEditing',
      latest.current.props.editing,
    );
    editorRef.current = editor;
    const claimHighlights = new ClaimHighlights(editor, () => {
      const current = loaded.current;
      return current !== null && latest.current.props.saves.unsaved(current.articleId) === null;
    });
    highlights.current = claimHighlights;
    flash.current = editor.createDecorationsCollection();

    const actions = editorCommands.flatMap((command) => {
      const keybinding = 'shortcut' in command ? monacoKeybinding(command.shortcut) : null;
      return [
        editor.addAction({
          id: `factdesk.${command.id}`,
          label: command.label,
          keybindings: keybinding === null ? [] : [keybinding],
          precondition: preconditions[command.id],
          ...(command.id === 'claim.mark'
            ? { contextMenuGroupId: 'navigation', contextMenuOrder: 0 }
            : {}),
          run: () => void commandRegistry.run(command.id),
        }),
      ];
    });
    // A key pressed in the locked text changes nothing; the checker is told how to edit, once
    // while the hint is shown rather than per key.
    let hintShownAt = -Infinity;
    const lockedHint = editor.onDidAttemptReadOnlyEdit(() => {
      if (performance.now() - hintShownAt < NOTICE_MS) return;
      hintShownAt = performance.now();
      latest.current.props.onLockedKey();
    });
    // Nothing is computed per keystroke: Monaco has moved the highlights already, and the text
    // and positions are read when the save queue sends them.
    const edits = editor.onDidChangeModelContent((event) => {
      const articleId = loaded.current?.articleId;
      if (!event.isFlush && articleId !== undefined) latest.current.props.onTextEdited(articleId);
    });
    const mouse = editor.onMouseUp((event) => {
      const model = editor.getModel();
      const position = event.target.position;
      if (!model || !position || !editor.getSelection()?.isEmpty()) return;
      const [innermost] = claimHighlights.claimsAt(model.getOffsetAt(position));
      if (innermost !== undefined) latest.current.props.onSelectClaim(innermost);
    });
    // What a highlight means, shown when the pointer rests on it: innermost claim first.
    const hover = monaco.languages.registerHoverProvider('plaintext', {
      provideHover(model, position) {
        if (model !== editor.getModel()) return null;
        const ids = claimHighlights.claimsAt(model.getOffsetAt(position));
        const innermost = ids[0] === undefined ? null : claimHighlights.range(ids[0]);
        if (!innermost) return null;
        const { claims, scales } = latest.current.props;
        const byId = new Map(claims.map((claim) => [claim.id, claim]));
        return {
          range: monaco.Range.fromPositions(
            model.getPositionAt(innermost.start),
            model.getPositionAt(innermost.end),
          ),
          contents: ids.flatMap((id) => {
            const claim = byId.get(id);
            return claim ? [{ value: claimHover(claim, scales) }] : [];
          }),
        };
      },
    });
    const access: EditorAccess = {
      articleId: () => loaded.current?.articleId ?? -1,
      selection() {
        const model = editor.getModel();
        const selection = editor.getSelection();
        if (!model || !selection || selection.isEmpty()) return null;
        return {
          start: model.getOffsetAt(selection.getStartPosition()),
          end: model.getOffsetAt(selection.getEndPosition()),
        };
      },
      text: () => editor.getModel()?.getValue(monaco.editor.EndOfLinePreference.LF) ?? '',
      claimRange: (claimId) => claimHighlights.range(claimId),
      focus: () => editor.focus(),
    };
    const detach = editorBridge.attach(access);
    // Once the last save has gone through, the service's positions are the ones to show.
    const settled = latest.current.props.saves.subscribe(() => claimHighlights.settle());
    return () => {
      const current = loaded.current;
      if (current) latest.current.props.saves.capture(current.articleId);
      settled();
      hover.dispose();
      lockedHint.dispose();
      detach();
      edits.dispose();
      mouse.dispose();
      for (const action of actions) action.dispose();
      claimHighlights.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
      loaded.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  // Applied before the browser handles the next event, so no key typed right after unlocking is
  // refused as locked.
  useLayoutEffect(() => {
    editorRef.current?.updateOptions({ readOnly: !editing, ariaLabel: ariaLabel(editing) });
    editingKey.current?.set(editing);
  }, [editing]);

  // The text is loaded when another article is shown or its text was replaced from outside.
  useEffect(() => {
    const editor = editorRef.current;
    const current = loaded.current;
    if (!editor) return;
    if (current?.articleId === article.id && current.revision === textLoad.revision) return;
    // The replacement has not reached this copy of the article yet.
    if (article.sha256 !== textLoad.sha256) return;
    if (current) saves.capture(current.articleId);
    const old = editor.getModel();
    const model = monaco.editor.createModel(article.text, 'plaintext');
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    highlights.current?.reset();
    editor.setModel(model);
    old?.dispose();
    loaded.current = { articleId: article.id, revision: textLoad.revision };
    highlights.current?.show(marks);
    // The text is taken from `article` only when it is loaded; later copies of it are the
    // editor's own saved edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, article.sha256, textLoad]);

  useEffect(() => {
    const current = loaded.current;
    if (!current || current.articleId !== article.id) return;
    highlights.current?.show(marks);
  }, [marks, article.id]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    const range = selectedClaimId === null ? null : highlights.current?.range(selectedClaimId);
    if (!editor || !model || !range || !flash.current) return;
    const shown = monaco.Range.fromPositions(
      model.getPositionAt(range.start),
      model.getPositionAt(range.end),
    );
    // A claim opened from a panel (search) is revealed as the editor is shown again: its size
    // is measured first, or the claim would be centred in the size it had while hidden.
    editor.layout();
    editor.revealRangeInCenterIfOutsideViewport(shown, monaco.editor.ScrollType.Smooth);
    flash.current.set([{ range: shown, options: { inlineClassName: 'fd-claim-flash' } }]);
    const timer = window.setTimeout(() => flash.current?.clear(), 1200);
    return () => window.clearTimeout(timer);
  }, [selectedClaimId]);

  return (
    <div
      className={editing ? 'editor-host editing' : 'editor-host'}
      ref={container}
      data-testid="article-editor"
    />
  );
}
