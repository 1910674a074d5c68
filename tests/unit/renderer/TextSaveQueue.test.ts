import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  TextSaveRequest,
  TextSnapshot,
} from '../../../src-renderer/src/workbench/TextSaveQueue';
import { TextSaveQueue, UnsavedTextError } from '../../../src-renderer/src/workbench/TextSaveQueue';

class Conflict extends Error {}

interface Sent extends TextSaveRequest {
  at: number;
  resolve(sha256: string): void;
  reject(error: Error): void;
}

/** A queue whose saves wait until the test answers them, and an editor whose text it sets. */
function setUp() {
  const sent: Sent[] = [];
  const saved: { articleId: number; sha256: string }[] = [];
  const queue = new TextSaveQueue<{ sha256: string }>({
    save: (request) =>
      new Promise((resolve, reject) => {
        sent.push({
          ...request,
          at: Date.now(),
          resolve: (sha256) => resolve({ sha256 }),
          reject,
        });
      }),
    savedSha256: (result) => result.sha256,
    onSaved: (articleId, result) => saved.push({ articleId, sha256: result.sha256 }),
    isConflict: (error) => error instanceof Conflict,
    delayMs: 300,
    maxWaitMs: 1000,
    minIntervalMs: 500,
    retryMs: 5000,
  });
  const editor = { text: 'The budget rose.', spans: [{ id: 1, start: 4, end: 10 }] };
  const read = (): TextSnapshot => ({
    text: editor.text,
    spans: editor.spans.map((span) => ({ ...span, anchorState: 'attached' as const })),
  });
  const type = (articleId: number, text: string) => {
    editor.text = text;
    queue.edited(articleId, read);
  };
  return { queue, sent, saved, editor, read, type };
}

/** Lets the promise callbacks run, as they would between two tasks. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('TextSaveQueue', () => {
  it('saves once, 300 ms after the last keystroke, with the text and positions of that moment', async () => {
    const { queue, sent, editor, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'The budget rose');
    await vi.advanceTimersByTimeAsync(200);
    type(7, 'The budget rose by');
    await vi.advanceTimersByTimeAsync(299);
    expect(sent).toHaveLength(0);
    editor.spans = [{ id: 1, start: 4, end: 11 }];
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      articleId: 7,
      baseSha256: 'sha-0',
      snapshot: {
        text: 'The budget rose by',
        spans: [{ id: 1, start: 4, end: 11, anchorState: 'attached' }],
      },
    });
    expect(queue.unsaved(7)).toBe('pending');
    sent[0]?.resolve('sha-1');
    await settle();
    expect(queue.unsaved(7)).toBeNull();
  });

  it('saves at most twice a second while the checker keeps typing, and each save builds on the last', async () => {
    const { queue, sent, saved, type } = setUp();
    queue.loaded(7, 'sha-0');
    // A keystroke every 100 ms for 5 s; every save is answered 50 ms after it was sent.
    for (let key = 0; key < 50; key++) {
      type(7, `text ${key}`);
      await vi.advanceTimersByTimeAsync(50);
      for (const save of sent) if (Date.now() - save.at >= 50) save.resolve(`sha-${save.at}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    const starts = sent.map((save) => save.at);
    for (const at of starts) {
      expect(starts.filter((other) => other >= at && other < at + 1000).length).toBeLessThanOrEqual(
        2,
      );
    }
    // Never more than a second without a save while typing goes on.
    expect(starts[0]).toBeLessThanOrEqual(1000);
    starts
      .slice(1)
      .forEach((at, index) => expect(at - (starts[index] ?? 0)).toBeLessThanOrEqual(1000));
    // Each save was made on the text the previous one stored.
    sent.slice(1).forEach((save, index) => expect(save.baseSha256).toBe(`sha-${sent[index]?.at}`));
    await vi.advanceTimersByTimeAsync(1000);
    for (const save of sent) save.resolve(`sha-${save.at}`);
    await settle();
    expect(sent.at(-1)?.snapshot.text).toBe('text 49');
    expect(saved.at(-1)?.sha256).toBe(`sha-${sent.at(-1)?.at}`);
    expect(queue.unsaved(7)).toBeNull();
  });

  it('never starts two saves within 500 ms, however short the pauses', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'a');
    await vi.advanceTimersByTimeAsync(300);
    sent[0]?.resolve('sha-1');
    await settle();
    type(7, 'ab');
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((save) => save.at)).toEqual([300, 800]);
  });

  it('sends edits made while a save was on its way once it has answered, on its new hash', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'first');
    await vi.advanceTimersByTimeAsync(300);
    type(7, 'second');
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1);
    sent[0]?.resolve('sha-1');
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ baseSha256: 'sha-1', snapshot: { text: 'second' } });
  });

  it('tries a failed save again after 5 s with whatever the editor then shows, losing nothing', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'typed on a full disk');
    await vi.advanceTimersByTimeAsync(300);
    sent[0]?.reject(new Error('disk full'));
    await settle();
    expect(queue.unsaved(7)).toBe('pending');
    await vi.advanceTimersByTimeAsync(4900);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({
      baseSha256: 'sha-0',
      snapshot: { text: 'typed on a full disk' },
    });
    sent[1]?.resolve('sha-1');
    await settle();
    expect(queue.unsaved(7)).toBeNull();
  });

  it('does not wait out the retry pause for edits made after the failure', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'one');
    await vi.advanceTimersByTimeAsync(300);
    type(7, 'one two');
    sent[0]?.reject(new Error('host not answering'));
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.snapshot.text).toBe('one two');
  });

  it('stops saving an article whose text changed elsewhere, until it is loaded again', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'mine');
    await vi.advanceTimersByTimeAsync(300);
    sent[0]?.reject(new Conflict('changed elsewhere'));
    await settle();
    expect(queue.unsaved(7)).toBe('conflict');
    type(7, 'mine, still');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    expect(await queue.flush(7)).toBe(false);

    queue.loaded(7, 'sha-theirs');
    expect(queue.unsaved(7)).toBeNull();
    type(7, 'theirs, edited');
    await vi.advanceTimersByTimeAsync(300);
    expect(sent[1]).toMatchObject({
      baseSha256: 'sha-theirs',
      snapshot: { text: 'theirs, edited' },
    });
  });

  it('keeps each article’s own hash when edits of two articles wait together', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(1, 'sha-a');
    queue.loaded(2, 'sha-b');
    type(1, 'article one');
    queue.capture(1);
    type(2, 'article two');
    const flushed = queue.flush();
    await settle();
    sent[0]?.resolve('sha-a2');
    await settle();
    sent[1]?.resolve('sha-b2');
    expect(await flushed).toBe(true);
    expect(sent.map((s) => [s.articleId, s.baseSha256, s.snapshot.text])).toEqual([
      [1, 'sha-a', 'article one'],
      [2, 'sha-b', 'article two'],
    ]);
  });

  it('saves what was captured when the editor let go of the text, not what it shows later', async () => {
    const { queue, sent, editor, type } = setUp();
    queue.loaded(1, 'sha-a');
    type(1, 'unsaved words');
    queue.capture(1);
    editor.text = 'another article entirely';
    await vi.advanceTimersByTimeAsync(300);
    expect(sent[0]?.snapshot.text).toBe('unsaved words');
  });

  it('flush saves at once and says whether everything was saved', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'leaving now');
    const flushed = queue.flush(7);
    await settle();
    expect(sent).toHaveLength(1);
    sent[0]?.resolve('sha-1');
    expect(await flushed).toBe(true);

    type(7, 'and again');
    const failing = queue.flush(7);
    await settle();
    sent[1]?.reject(new Error('disk full'));
    expect(await failing).toBe(false);
    expect(queue.unsaved(7)).toBe('pending');
  });

  it('runs an exclusive change on the saved text and holds saves back until it is done', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'text before the claim');
    const seen: string[] = [];
    let finishChange = () => undefined as void;
    const change = queue.exclusive(7, async () => {
      seen.push(`change runs after ${sent.length} save(s), unsaved: ${queue.unsaved(7)}`);
      await new Promise<void>((resolve) => (finishChange = resolve));
      return 'claim marked';
    });
    await settle();
    sent[0]?.resolve('sha-1');
    await settle();
    expect(seen).toEqual(['change runs after 1 save(s), unsaved: null']);
    type(7, 'typed while the claim was being marked');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    finishChange();
    expect(await change).toBe('claim marked');
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.baseSha256).toBe('sha-1');
  });

  it('refuses an exclusive change when the text cannot be saved first', async () => {
    const { queue, sent, type } = setUp();
    queue.loaded(7, 'sha-0');
    type(7, 'typed on a full disk');
    const change = vi.fn(async () => 'marked');
    const attempt = queue.exclusive(7, change);
    await settle();
    sent[0]?.reject(new Error('disk full'));
    await expect(attempt).rejects.toBeInstanceOf(UnsavedTextError);
    expect(change).not.toHaveBeenCalled();
  });

  it('runs exclusive changes one after another', async () => {
    const { queue } = setUp();
    queue.loaded(7, 'sha-0');
    const order: string[] = [];
    let releaseFirst = () => undefined as void;
    const first = queue.exclusive(7, async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push('first ends');
    });
    const second = queue.exclusive(7, async () => {
      order.push('second starts');
    });
    await settle();
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });
});
