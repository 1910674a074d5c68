import type { AnchorState } from '../../../src-main/core/model';

/** A claim's place in the edited text, in UTF-16 offsets, as the editor shows it. */
export interface SpanPosition {
  id: number;
  start: number;
  end: number;
  anchorState: AnchorState;
}

/** The text as the checker left it, with every claim where the editor shows it. */
export interface TextSnapshot {
  text: string;
  spans: SpanPosition[];
}

export interface TextSaveRequest {
  articleId: number;
  /** The SHA-256 of the text the service holds: the edits were made to that text. */
  baseSha256: string;
  snapshot: TextSnapshot;
}

export interface TextSaveQueueOptions<Result> {
  /** Sends one save; rejects when nothing was saved. */
  save(request: TextSaveRequest): Promise<Result>;
  /** The SHA-256 of the text the service holds after a save. */
  savedSha256(result: Result): string;
  /** A save went through (called before anything newer is sent). */
  onSaved?(articleId: number, result: Result): void;
  /** A refusal because the text changed elsewhere: trying again cannot help. */
  isConflict(error: unknown): boolean;
  /** Quiet time after the last keystroke before a save, in ms. */
  delayMs?: number;
  /** Longest an edit waits while the checker keeps typing, in ms. */
  maxWaitMs?: number;
  /** Least time between the starts of two saves, in ms, so typing sends at most 1000/this a second. */
  minIntervalMs?: number;
  /** Wait before a failed save (a full disk, a host that stopped answering) is tried again, in ms. */
  retryMs?: number;
}

/** Why an article's text on screen is not what the service holds. */
export type UnsavedReason = 'pending' | 'conflict';

/** Thrown instead of running a change that needs the text saved first, when it could not be. */
export class UnsavedTextError extends Error {
  readonly reason: UnsavedReason;
  constructor(reason: UnsavedReason) {
    super(
      reason === 'conflict'
        ? 'The article changed elsewhere since it was opened, so your edits to its text cannot be saved. Open it again to see the latest text.'
        : 'Your latest edits to the text are not saved yet. Factdesk keeps trying; try again in a moment.',
    );
    this.name = 'UnsavedTextError';
    this.reason = reason;
  }
}

interface Pending {
  /** Reads the text and the claims' positions now; the editor supplies it. */
  read(): TextSnapshot;
  /** When the oldest edit not yet sent was made (Date.now() ms). */
  dirtySince: number;
  lastEditAt: number;
  /** After a failure, not tried again on its own before this time. */
  retryAt: number;
}

/**
 * The article text's saves. Edits are batched: a save starts `delayMs` after the last keystroke,
 * but no later than `maxWaitMs` after the first unsaved one, and never sooner than
 * `minIntervalMs` after the previous save started. Text and positions are read from the editor
 * when a save starts, not per keystroke. A failed save is tried again after `retryMs`; a
 * conflict (the text changed elsewhere) stops saving that article until it is loaded again.
 * Changes whose offsets refer to the saved text (marking a claim, importing annotations) run
 * through `exclusive`, which saves first and holds text saves back while they run.
 */
export class TextSaveQueue<Result> {
  private readonly options: Required<Omit<TextSaveQueueOptions<Result>, 'onSaved'>> &
    Pick<TextSaveQueueOptions<Result>, 'onSaved'>;
  private readonly savedSha = new Map<number, string>();
  private readonly conflicts = new Set<number>();
  private readonly pending = new Map<number, Pending>();
  private running: Promise<boolean> | null = null;
  private lastStartAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private holds = 0;
  private sections: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(options: TextSaveQueueOptions<Result>) {
    this.options = {
      delayMs: 300,
      maxWaitMs: 1000,
      minIntervalMs: 500,
      retryMs: 5000,
      ...options,
    };
  }

  /** The editor shows the text the service holds, whose SHA-256 is `sha256`. */
  loaded(articleId: number, sha256: string): void {
    this.savedSha.set(articleId, sha256);
    this.conflicts.delete(articleId);
    this.notify();
  }

  /** The checker edited the article's text; `read` reads it and its claims when a save starts. */
  edited(articleId: number, read: () => TextSnapshot): void {
    // The service refused this text already; the checker has been told to open it again.
    if (this.conflicts.has(articleId)) return;
    const now = Date.now();
    const before = this.pending.get(articleId);
    this.pending.set(articleId, {
      read,
      dirtySince: before?.dirtySince ?? now,
      lastEditAt: now,
      retryAt: before?.retryAt ?? 0,
    });
    if (!before) this.notify();
    this.schedule();
  }

  /** The editor is about to let go of this article's text: unsaved edits are read now. */
  capture(articleId: number): void {
    const waiting = this.pending.get(articleId);
    if (!waiting) return;
    const snapshot = waiting.read();
    this.pending.set(articleId, { ...waiting, read: () => snapshot });
  }

  /** Null when the text on screen is the saved text; otherwise why it is not. */
  unsaved(articleId: number): UnsavedReason | null {
    if (this.conflicts.has(articleId)) return 'conflict';
    return this.pending.has(articleId) || this.running ? 'pending' : null;
  }

  /**
   * Whether leaving the page now would lose edits: some wait for their save or are being saved,
   * or could not be saved (a conflict).
   */
  holdsUnsavedEdits(): boolean {
    return this.pending.size > 0 || this.running !== null || this.conflicts.size > 0;
  }

  /** Calls `listener` whenever a save starts or ends or edits start waiting; returns a remover. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Saves every waiting edit now, one save after another, and resolves once none is waiting or
   * a save failed. Resolves to whether `articleId` (every article, if omitted) is saved.
   */
  async flush(articleId?: number): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (;;) {
      if (this.running) {
        await this.running;
        continue;
      }
      const next = this.pending.keys().next();
      if (next.done) break;
      if (!(await this.start(next.value))) break;
    }
    this.schedule();
    return articleId === undefined
      ? this.pending.size === 0 && this.conflicts.size === 0
      : this.unsaved(articleId) === null;
  }

  /**
   * Runs `change` once the article's text is saved, holding text saves back until it has
   * finished, one change at a time. `change` is given the SHA-256 of the saved text its offsets
   * refer to (null when the editor has not loaded the article), for the service to check that it
   * still holds that text. Rejects with UnsavedTextError, without running it, when the text
   * could not be saved: offsets taken from the editor would not match the saved text.
   */
  exclusive<T>(articleId: number, change: (textSha256: string | null) => Promise<T>): Promise<T> {
    const run = this.sections.then(async () => {
      if (!(await this.flush(articleId))) {
        throw new UnsavedTextError(this.unsaved(articleId) ?? 'pending');
      }
      this.holds++;
      try {
        return await change(this.savedSha.get(articleId) ?? null);
      } finally {
        this.holds--;
        this.schedule();
      }
    });
    this.sections = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** When the next save may start: batched, rate-limited, and held off after a failure. */
  private dueAt(waiting: Pending): number {
    const { delayMs, maxWaitMs, minIntervalMs } = this.options;
    const batched = Math.min(waiting.lastEditAt + delayMs, waiting.dirtySince + maxWaitMs);
    return Math.max(batched, this.lastStartAt + minIntervalMs, waiting.retryAt);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running || this.holds > 0) return;
    let next: { articleId: number; at: number } | null = null;
    for (const [articleId, waiting] of this.pending) {
      const at = this.dueAt(waiting);
      if (!next || at < next.at) next = { articleId, at };
    }
    if (!next) return;
    const { articleId } = next;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.start(articleId).then(() => this.schedule());
      },
      Math.max(0, next.at - Date.now()),
    );
  }

  /** Sends one article's waiting edits; resolves to whether they were saved. */
  private start(articleId: number): Promise<boolean> {
    const waiting = this.pending.get(articleId);
    if (!waiting || this.running) return Promise.resolve(false);
    this.pending.delete(articleId);
    this.lastStartAt = Date.now();
    const run = (async () => {
      try {
        const result = await this.options.save({
          articleId,
          baseSha256: this.savedSha.get(articleId) ?? '',
          snapshot: waiting.read(),
        });
        this.savedSha.set(articleId, this.options.savedSha256(result));
        this.running = null;
        this.options.onSaved?.(articleId, result);
        return true;
      } catch (error) {
        if (this.options.isConflict(error)) {
          this.conflicts.add(articleId);
          this.pending.delete(articleId);
        } else if (!this.pending.has(articleId)) {
          // Tried again later with whatever the editor then shows, unless newer edits come first.
          this.pending.set(articleId, { ...waiting, retryAt: Date.now() + this.options.retryMs });
        }
        return false;
      } finally {
        this.running = null;
        this.notify();
      }
    })();
    this.running = run;
    this.notify();
    return run;
  }
}
