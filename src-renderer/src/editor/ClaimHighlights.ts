import { decorationStylesheet } from './claimDecorations';
import type { ClaimMark } from './claimMarks';
import type { OffsetRange } from './diffClaimMarks';
import { diffClaimMarks } from './diffClaimMarks';
import { monaco } from './monacoSetup';

interface Shown {
  decorationId: string;
  mark: ClaimMark;
}

/**
 * The claims' highlights in one Monaco editor. Monaco moves them through the checker's edits
 * (their stickiness keeps typing at a claim's edge outside it), so an edit never touches them
 * here; `show` applies only what changed, in one deltaDecorations batch, and the claims' live positions are read
 * back from the highlights when the text is saved.
 */
export class ClaimHighlights {
  private readonly editor: monaco.editor.ICodeEditor;
  private readonly shown = new Map<number, Shown>();
  private readonly claimOf = new Map<string, number>();
  private readonly stylesheet: HTMLStyleElement;
  private colours = '';

  constructor(editor: monaco.editor.ICodeEditor) {
    this.editor = editor;
    this.stylesheet = document.createElement('style');
    document.head.appendChild(this.stylesheet);
  }

  /** The editor's text was replaced (with its model): every highlight went with it. */
  reset(): void {
    this.shown.clear();
    this.claimOf.clear();
  }

  /**
   * Shows `marks`. `positionsSettled` is true when the editor's text is the one the marks'
   * offsets refer to; then highlights the editor placed differently are moved to the marks.
   */
  show(marks: readonly ClaimMark[], positionsSettled: boolean): void {
    const model = this.editor.getModel();
    if (!model) return;
    const shownMarks = new Map([...this.shown].map(([id, entry]) => [id, entry.mark]));
    const changes = diffClaimMarks(
      shownMarks,
      marks,
      positionsSettled ? (id) => this.range(id) : null,
    );
    if (
      changes.add.length + changes.remove.length + changes.restyle.length + changes.move.length ===
      0
    )
      return;
    this.updateStylesheet(marks);
    const rangeOf = (mark: ClaimMark) =>
      monaco.Range.fromPositions(model.getPositionAt(mark.start), model.getPositionAt(mark.end));
    const removed: string[] = [];
    const placed: { mark: ClaimMark; decoration: monaco.editor.IModelDeltaDecoration }[] = [];
    for (const id of changes.remove) {
      const entry = this.shown.get(id);
      if (entry) removed.push(entry.decorationId);
    }
    for (const mark of changes.add)
      placed.push({ mark, decoration: decorationOf(mark, rangeOf(mark)) });
    // A restyled highlight stays where the editor has it, unless it is also moved.
    const moved = new Set(changes.move.map((mark) => mark.id));
    const replaced = new Map([...changes.restyle, ...changes.move].map((mark) => [mark.id, mark]));
    for (const mark of replaced.values()) {
      const entry = this.shown.get(mark.id);
      const range = entry && model.getDecorationRange(entry.decorationId);
      if (!entry || !range) continue;
      removed.push(entry.decorationId);
      placed.push({
        mark,
        decoration: decorationOf(mark, moved.has(mark.id) ? rangeOf(mark) : range),
      });
    }
    const ids = model.deltaDecorations(
      removed,
      placed.map((entry) => entry.decoration),
    );
    for (const id of changes.remove) this.shown.delete(id);
    for (const decorationId of removed) this.claimOf.delete(decorationId);
    placed.forEach(({ mark }, index) => {
      const decorationId = ids[index];
      if (decorationId === undefined) return;
      this.shown.set(mark.id, { decorationId, mark });
      this.claimOf.set(decorationId, mark.id);
    });
  }

  /** Where the claim's highlight is now, in UTF-16 offsets; null when it has none. */
  range(claimId: number): OffsetRange | null {
    const model = this.editor.getModel();
    const entry = this.shown.get(claimId);
    const range = entry && model?.getDecorationRange(entry.decorationId);
    if (!model || !range) return null;
    return {
      start: model.getOffsetAt(range.getStartPosition()),
      end: model.getOffsetAt(range.getEndPosition()),
    };
  }

  /** The claims whose highlight covers the character at `offset`, innermost first. */
  claimsAt(offset: number): number[] {
    const model = this.editor.getModel();
    if (!model) return [];
    const at = monaco.Range.fromPositions(
      model.getPositionAt(offset),
      model.getPositionAt(offset + 1),
    );
    return model
      .getDecorationsInRange(at)
      .flatMap((decoration) => {
        const claimId = this.claimOf.get(decoration.id);
        if (claimId === undefined) return [];
        const start = model.getOffsetAt(decoration.range.getStartPosition());
        const end = model.getOffsetAt(decoration.range.getEndPosition());
        return start <= offset && offset < end ? [{ claimId, length: end - start }] : [];
      })
      .sort((a, b) => a.length - b.length)
      .map((hit) => hit.claimId);
  }

  dispose(): void {
    this.stylesheet.remove();
  }

  /** One rule per colour and depth, rewritten only when the set of colours changes. */
  private updateStylesheet(marks: readonly ClaimMark[]): void {
    const colours = [...new Set(marks.map((mark) => mark.colour))].sort();
    const key = colours.join(' ');
    if (key === this.colours) return;
    this.colours = key;
    this.stylesheet.textContent = decorationStylesheet(colours);
  }
}

function decorationOf(mark: ClaimMark, range: monaco.IRange): monaco.editor.IModelDeltaDecoration {
  return {
    range,
    options: {
      inlineClassName: mark.className,
      hoverMessage: { value: mark.hover },
      overviewRuler: { color: mark.colour, position: monaco.editor.OverviewRulerLane.Full },
      // Typing at a claim's edge stays outside it: the claim keeps its own words.
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    },
  };
}
