import { mapSpansThroughEdits, textEditsFromMonaco } from '../../../src-main/core/anchoring';
import { decorationStylesheet } from './claimDecorations';
import type { ClaimMark } from './claimMarks';
import type { MarkChanges, OffsetRange } from './diffClaimMarks';
import { diffClaimMarks } from './diffClaimMarks';
import { monaco } from './monacoSetup';
import { rulerBands } from './rulerBands';

/** At most this many claim marks in the scrollbar (see rulerBands). */
const MAX_RULER_BANDS = 300;
/** With more highlights than this to add at once, those in view are added first (see show). */
const ADD_IN_VIEW_FIRST = 1000;

/**
 * The claims' highlights in one Monaco editor. Monaco moves them through the checker's edits
 * (their stickiness keeps typing at a claim's edge outside it), so an edit never touches them
 * here. `show` applies only what changed (claims that came or went, a verdict's colour, the
 * selection) in one deltaDecorations batch, and the claims' live positions are read back from
 * the highlights when the text is saved. Once the editor's text is the saved one, highlights the
 * service placed elsewhere are moved there, when the page is idle. Highlights of one class share
 * one options object and their hover text is made when asked for, so thousands of claims cost
 * Monaco little; when thousands are added at once (an article opens), those in view are drawn
 * first and the rest are added right after that frame.
 */
export class ClaimHighlights {
  private readonly editor: monaco.editor.ICodeEditor;
  /** Whether the editor's text is the one the marks' offsets refer to. */
  private readonly settled: () => boolean;
  /** The marks as shown (their offsets as they were when shown), and their decorations. */
  private readonly shown = new Map<number, ClaimMark>();
  private readonly decorationOf = new Map<number, string>();
  private readonly claimOf = new Map<string, number>();
  /** Per class, the options object Monaco made of it; it takes such an object as it is. */
  private readonly options = new Map<string, monaco.editor.IModelDecorationOptions>();
  private readonly stylesheet: HTMLStyleElement;
  private readonly ruler: monaco.editor.IEditorDecorationsCollection;
  private wanted: readonly ClaimMark[] = [];
  /** Highlights still to add after the first frame, carried through any edit made meanwhile. */
  private later: ClaimMark[] = [];
  private laterFrame: number | undefined;
  private laterTimer: number | undefined;
  private readonly edits: monaco.IDisposable;
  private colours = '';
  private idleWork = new Map<'ruler' | 'places', number>();

  constructor(editor: monaco.editor.ICodeEditor, settled: () => boolean) {
    this.editor = editor;
    this.settled = settled;
    this.ruler = editor.createDecorationsCollection();
    this.edits = editor.onDidChangeModelContent((event) => {
      const model = editor.getModel();
      if (this.later.length === 0 || !model || event.isFlush) return;
      // Rare: the checker typed before the rest were added; they follow the edit as Monaco's
      // highlights do, with the same mapping.
      const { spans } = mapSpansThroughEdits(
        this.later.map(({ id, start, end }) => ({
          id,
          start,
          end,
          exact: '',
          anchorState: 'attached',
        })),
        textEditsFromMonaco(event.changes),
        model.getValue(monaco.editor.EndOfLinePreference.LF),
      );
      this.later = this.later.map((mark, index) => {
        const span = spans[index];
        return span ? { ...mark, start: span.start, end: span.end } : mark;
      });
    });
    this.stylesheet = document.createElement('style');
    document.head.appendChild(this.stylesheet);
  }

  /** The editor's text was replaced (with its model): every highlight went with it. */
  reset(): void {
    this.cancelIdleWork();
    this.dropLater();
    this.wanted = [];
    this.shown.clear();
    this.decorationOf.clear();
    this.claimOf.clear();
    this.ruler.clear();
  }

  /** Shows `marks`, whose offsets refer to the text the service holds. */
  show(marks: readonly ClaimMark[]): void {
    if (marks === this.wanted) return;
    this.addLater();
    this.wanted = marks;
    const changes = diffClaimMarks(this.shown, marks, null);
    if (changes.add.length + changes.remove.length + changes.restyle.length > 0) {
      this.updateStylesheet(marks);
      const inView = this.inView(changes.add);
      this.apply({ ...changes, add: inView.now });
      if (inView.later.length > 0) {
        this.later = inView.later;
        // After the frame that shows the highlights in view has been drawn.
        this.laterFrame = requestAnimationFrame(() => {
          this.laterTimer = window.setTimeout(() => this.addLater());
        });
      }
      this.whenIdle('ruler', () => this.drawRuler());
    }
    this.settle();
  }

  /**
   * The editor's text may now be the saved one: once the page is idle, and if it still is,
   * highlights the service placed elsewhere than the editor did are moved to their claims.
   */
  settle(): void {
    this.whenIdle('places', () => {
      if (!this.settled()) return;
      const { move } = diffClaimMarks(this.shown, this.wanted, (id) => this.range(id));
      if (move.length > 0) this.apply({ add: [], remove: [], restyle: [], move });
    });
  }

  /** Where the claim's highlight is now, in UTF-16 offsets; null when it has none. */
  range(claimId: number): OffsetRange | null {
    const model = this.editor.getModel();
    const decorationId = this.decorationOf.get(claimId);
    const range = decorationId === undefined ? null : model?.getDecorationRange(decorationId);
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
    this.cancelIdleWork();
    this.dropLater();
    this.edits.dispose();
    this.ruler.clear();
    this.stylesheet.remove();
  }

  /**
   * Splits highlights to add into those near what is on screen, to add now, and the rest; only
   * when there are thousands, and the editor is shown.
   */
  private inView(marks: ClaimMark[]): { now: ClaimMark[]; later: ClaimMark[] } {
    const model = this.editor.getModel();
    const visible = this.editor.getVisibleRanges();
    const first = visible[0];
    const last = visible.at(-1);
    if (marks.length <= ADD_IN_VIEW_FIRST || !model || !first || !last) {
      return { now: marks, later: [] };
    }
    const from = model.getOffsetAt(first.getStartPosition());
    const to = model.getOffsetAt(last.getEndPosition());
    // A screen above and below as well, for the first scroll.
    const margin = to - from;
    const now: ClaimMark[] = [];
    const later: ClaimMark[] = [];
    for (const mark of marks) {
      (mark.end >= from - margin && mark.start <= to + margin ? now : later).push(mark);
    }
    return { now, later };
  }

  /** Adds the highlights left for after the first frame. */
  private addLater(): void {
    const marks = this.later;
    this.dropLater();
    if (marks.length > 0) this.apply({ add: marks, remove: [], restyle: [], move: [] });
  }

  private dropLater(): void {
    this.later = [];
    if (this.laterFrame !== undefined) cancelAnimationFrame(this.laterFrame);
    window.clearTimeout(this.laterTimer);
    this.laterFrame = undefined;
    this.laterTimer = undefined;
  }

  /** Applies changes in one batch; a restyled highlight stays where the editor has it. */
  private apply(changes: MarkChanges): void {
    const model = this.editor.getModel();
    if (!model) return;
    const rangeOf = (mark: ClaimMark) =>
      monaco.Range.fromPositions(model.getPositionAt(mark.start), model.getPositionAt(mark.end));
    const removed = this.prepareOptions(model, [
      ...changes.add,
      ...changes.restyle,
      ...changes.move,
    ]);
    const placed: { mark: ClaimMark; decoration: monaco.editor.IModelDeltaDecoration }[] = [];
    for (const id of changes.remove) {
      const decorationId = this.decorationOf.get(id);
      if (decorationId !== undefined) removed.push(decorationId);
    }
    for (const mark of changes.add) {
      placed.push({ mark, decoration: { range: rangeOf(mark), options: this.optionsFor(mark) } });
    }
    const moved = new Set(changes.move.map((mark) => mark.id));
    const replaced = new Map([...changes.restyle, ...changes.move].map((mark) => [mark.id, mark]));
    for (const mark of replaced.values()) {
      const decorationId = this.decorationOf.get(mark.id);
      const range = decorationId === undefined ? null : model.getDecorationRange(decorationId);
      if (decorationId === undefined || !range) continue;
      removed.push(decorationId);
      placed.push({
        mark,
        decoration: {
          range: moved.has(mark.id) ? rangeOf(mark) : range,
          options: this.optionsFor(mark),
        },
      });
    }
    const ids = model.deltaDecorations(
      removed,
      placed.map((entry) => entry.decoration),
    );
    for (const id of changes.remove) {
      this.shown.delete(id);
      this.decorationOf.delete(id);
    }
    for (const decorationId of removed) this.claimOf.delete(decorationId);
    placed.forEach(({ mark }, index) => {
      const decorationId = ids[index];
      if (decorationId === undefined) return;
      this.shown.set(mark.id, mark);
      this.decorationOf.set(mark.id, decorationId);
      this.claimOf.set(decorationId, mark.id);
    });
  }

  private optionsFor(mark: ClaimMark): monaco.editor.IModelDecorationOptions {
    return this.options.get(mark.className) ?? optionsOf(mark.className);
  }

  /**
   * Has Monaco make the options of classes not seen yet, with one placeholder decoration each,
   * so the batch that follows shares them. Returns the placeholders, for that batch to remove.
   */
  private prepareOptions(model: monaco.editor.ITextModel, marks: readonly ClaimMark[]): string[] {
    const fresh = [...new Set(marks.map((mark) => mark.className))].filter(
      (className) => !this.options.has(className),
    );
    if (fresh.length === 0) return [];
    const placeholders = model.deltaDecorations(
      [],
      fresh.map((className) => ({
        range: new monaco.Range(1, 1, 1, 1),
        options: optionsOf(className),
      })),
    );
    placeholders.forEach((decorationId, index) => {
      const made = model.getDecorationOptions(decorationId);
      const className = fresh[index];
      if (made && className !== undefined) this.options.set(className, made);
    });
    return placeholders;
  }

  /** The scrollbar's marks, in bands (see rulerBands). */
  private drawRuler(): void {
    const model = this.editor.getModel();
    if (!model) return;
    const bands = rulerBands(
      this.wanted.map((mark) => ({
        line: model.getPositionAt(mark.start).lineNumber,
        colour: mark.colour,
      })),
      model.getLineCount(),
      MAX_RULER_BANDS,
    );
    this.ruler.set(
      bands.map((band) => ({
        range: new monaco.Range(band.startLine, 1, band.endLine, 1),
        options: {
          overviewRuler: { color: band.colour, position: monaco.editor.OverviewRulerLane.Full },
        },
      })),
    );
  }

  /** Work that can wait until the highlights are on screen and the checker pauses. */
  private whenIdle(kind: 'ruler' | 'places', work: () => void): void {
    const pending = this.idleWork.get(kind);
    if (pending !== undefined) cancelIdleCallback(pending);
    this.idleWork.set(
      kind,
      requestIdleCallback(
        () => {
          this.idleWork.delete(kind);
          work();
        },
        { timeout: 2000 },
      ),
    );
  }

  private cancelIdleWork(): void {
    for (const pending of this.idleWork.values()) cancelIdleCallback(pending);
    this.idleWork.clear();
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

function optionsOf(className: string): monaco.editor.IModelDecorationOptions {
  return {
    inlineClassName: className,
    // Typing at a claim's edge stays outside it: the claim keeps its own words.
    stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
  };
}
