import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import type { Claim, RatingScale } from '../../../src-main/core/model';
import type { LiveSpan } from '../../../src-main/core/anchoring/index';
import { mapSpansThroughEdits, textEditsFromMonaco } from '../../../src-main/core/anchoring/index';
import { claimStyle, colourClass, decorationStylesheet, nestingDepths } from './claimDecorations';
import { monaco } from './monacoSetup';

export interface ArticleEditorHandle {
  /** The current selection as UTF-16 offsets, or null when nothing is selected. */
  selection(): { start: number; end: number } | null;
  focus(): void;
}

interface ArticleEditorProps {
  text: string;
  /** Changes only when the text was replaced from outside; then the editor loads `text`. */
  textRevision: number;
  claims: Claim[];
  scales: RatingScale[];
  selectedClaimId: number | null;
  theme: 'light' | 'dark';
  onSelectClaim(id: number): void;
  onMarkClaim(): void;
  /** The text after the checker's edit, with every claim already mapped through it. */
  onTextEdited(text: string, spans: LiveSpan[]): void;
  ref?: Ref<ArticleEditorHandle>;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

export function ArticleEditor(props: ArticleEditorProps) {
  const { text, textRevision, claims, scales, selectedClaimId, theme, ref } = props;
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const flash = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const styleElement = useRef<HTMLStyleElement | null>(null);
  const claimsRef = useRef(claims);
  const callbacks = useRef({
    onSelectClaim: props.onSelectClaim,
    onMarkClaim: props.onMarkClaim,
    onTextEdited: props.onTextEdited,
  });

  useEffect(() => {
    claimsRef.current = claims;
    callbacks.current = {
      onSelectClaim: props.onSelectClaim,
      onMarkClaim: props.onMarkClaim,
      onTextEdited: props.onTextEdited,
    };
  });

  useImperativeHandle(ref, () => ({
    selection() {
      const editor = editorRef.current;
      const model = editor?.getModel();
      const selection = editor?.getSelection();
      if (!editor || !model || !selection || selection.isEmpty()) return null;
      return {
        start: model.getOffsetAt(selection.getStartPosition()),
        end: model.getOffsetAt(selection.getEndPosition()),
      };
    },
    focus() {
      editorRef.current?.focus();
    },
  }));

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.create(container.current, {
      value: '',
      language: 'plaintext',
      wordWrap: 'on',
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
      ariaLabel:
        'Article text. Select text and press Control Shift M to mark a claim. Edits are saved, and claims follow their text.',
      contextmenu: true,
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    flash.current = editor.createDecorationsCollection();
    const style = document.createElement('style');
    document.head.appendChild(style);
    styleElement.current = style;

    const action = editor.addAction({
      id: 'factdesk.markClaim',
      label: 'Mark claim',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyM],
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 0,
      run: () => callbacks.current.onMarkClaim(),
    });
    // Claims follow every edit as it happens, with the same mapping the service trusts.
    const edits = editor.onDidChangeModelContent((event) => {
      const model = editor.getModel();
      if (!model || event.isFlush) return;
      const text = model.getValue(monaco.editor.EndOfLinePreference.LF);
      const mapped = mapSpansThroughEdits(
        claimsRef.current,
        textEditsFromMonaco(event.changes),
        text,
      );
      const byId = new Map(mapped.spans.map((span) => [span.id, span]));
      claimsRef.current = claimsRef.current.map((claim) => {
        const span = byId.get(claim.id);
        return span ? { ...claim, ...span } : claim;
      });
      callbacks.current.onTextEdited(text, mapped.spans);
    });
    const mouse = editor.onMouseUp((event) => {
      const model = editor.getModel();
      const position = event.target.position;
      if (!model || !position || !editor.getSelection()?.isEmpty()) return;
      const offset = model.getOffsetAt(position);
      const hits = claimsRef.current
        .filter((c) => c.start <= offset && offset < c.end)
        .sort((a, b) => a.end - a.start - (b.end - b.start));
      const innermost = hits[0];
      if (innermost) callbacks.current.onSelectClaim(innermost.id);
    });
    return () => {
      edits.dispose();
      mouse.dispose();
      action.dispose();
      style.remove();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const old = editor.getModel();
    if (old?.getValue(monaco.editor.EndOfLinePreference.LF) === text) return;
    const model = monaco.editor.createModel(text, 'plaintext');
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    editor.setModel(model);
    old?.dispose();
    // The checker's own edits arrive here as `text` too, but only a new revision reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [textRevision]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !decorations.current || !styleElement.current) return;
    const depths = nestingDepths(claims);
    const styles = new Map(claims.map((c) => [c.id, claimStyle(c, scales)]));
    styleElement.current.textContent = decorationStylesheet(
      [...styles.values()].map((s) => s.colour),
    );
    decorations.current.set(
      claims.map((claim) => {
        const style = styles.get(claim.id) ?? claimStyle(claim, scales);
        const selected = claim.id === selectedClaimId ? ' fd-claim-selected' : '';
        const who = claim.claimant ? escapeMarkdown(claim.claimant) : '_claimant not set_';
        return {
          range: monaco.Range.fromPositions(
            model.getPositionAt(claim.start),
            model.getPositionAt(claim.end),
          ),
          options: {
            inlineClassName: `${colourClass(style.colour, depths.get(claim.id) ?? 0)}${selected}`,
            hoverMessage: { value: `**${escapeMarkdown(style.label)}** · ${who}` },
            overviewRuler: { color: style.colour, position: monaco.editor.OverviewRulerLane.Full },
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          },
        };
      }),
    );
  }, [claims, scales, selectedClaimId, text]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    const claim = claims.find((c) => c.id === selectedClaimId);
    if (!editor || !model || !claim || !flash.current) return;
    const range = monaco.Range.fromPositions(
      model.getPositionAt(claim.start),
      model.getPositionAt(claim.end),
    );
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    flash.current.set([{ range, options: { inlineClassName: 'fd-claim-flash' } }]);
    const timer = window.setTimeout(() => flash.current?.clear(), 1200);
    return () => window.clearTimeout(timer);
    // Flash only when the selection changes, not on every claim edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedClaimId]);

  return <div className="editor-host" ref={container} data-testid="article-editor" />;
}
