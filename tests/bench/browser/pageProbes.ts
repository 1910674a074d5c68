/**
 * What the benchmark records inside the page. Every time is on the page's performance clock, in
 * milliseconds.
 */
export interface PageProbe {
  /** Per typed character: from its keydown to the end of the frame that first shows it. */
  keystrokes: number[];
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask'). */
  longTasks: { start: number; duration: number }[];
  /** When the last click happened (its event timestamp). */
  clickAt: number | null;
  /** Starts timing keystrokes typed at the end of the article's first line. */
  beginTyping(): void;
}

declare global {
  interface Window {
    factdeskBenchProbe?: PageProbe;
  }
}

/**
 * Installed before the app loads (page.addInitScript). Keystroke to paint: a capture listener
 * notes each character's keydown timestamp. Monaco writes its rendered lines in an animation
 * frame; whenever they change (a MutationObserver on `.view-lines`), the characters now shown on
 * the first line are counted, and a message is queued for those not yet timed: it runs once that
 * frame's rendering is done. So each character is timed from its keydown to the end of the first
 * frame that shows it, whether the editor takes input through a textarea or an EditContext.
 */
export function installPageProbes(): void {
  const linesSelector = '[data-testid="article-editor"] .view-lines';
  /** The first line of the text as drawn, however many screen lines it wraps onto. */
  const firstLineLength = () => {
    const drawn = [...document.querySelectorAll<HTMLElement>(`${linesSelector} .view-line`)];
    drawn.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    let length = 0;
    for (const line of drawn) {
      const text = line.textContent ?? '';
      // Paragraphs are separated by an empty line.
      if (text.replace(/[\s\u00a0]/g, '') === '') break;
      length += text.length;
    }
    return length;
  };
  const afterFrame = (done: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  let baseLength = 0;
  let typed = 0;
  let timed = 0;
  let typing = false;
  const keyAt: number[] = [];
  const lines = new MutationObserver(() => {
    const shown = Math.min(firstLineLength() - baseLength, typed);
    for (; timed < shown; timed++) {
      const from = keyAt[timed] ?? 0;
      afterFrame((at) => probe.keystrokes.push(at - from));
    }
  });
  const probe: PageProbe = {
    keystrokes: [],
    longTasks: [],
    clickAt: null,
    beginTyping() {
      // Monaco builds a new view when the article changes, so the lines element can change.
      lines.disconnect();
      const current = document.querySelector(linesSelector);
      if (current) lines.observe(current, { subtree: true, childList: true, characterData: true });
      baseLength = firstLineLength();
      typed = 0;
      timed = 0;
      keyAt.length = 0;
      typing = true;
    },
  };
  window.factdeskBenchProbe = probe;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!typing || !event.isTrusted || event.key.length !== 1) return;
      keyAt[typed++] = event.timeStamp;
    },
    true,
  );
  window.addEventListener('click', (event) => (probe.clickAt = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export interface OpenedCondition {
  title: string;
  claimCount: number;
  firstWords: string;
}

/**
 * Runs in the page after an article was clicked in the library: resolves with the time from that
 * click to the end of the first frame in which the article is fully shown (its title, its text,
 * the claims pane's count, and, when it has claims, their highlights). The page is checked
 * whenever its DOM changes: Monaco writes its lines in an animation frame, after any check an
 * animation frame of ours could make, so a check per frame would only see them a frame later,
 * and that next frame waits for whatever work the page queued behind the first. A message sent
 * from the change runs once the frame that shows it has been rendered. Highlights are applied in
 * one batch, so the first frame with any highlight in view has all of those in view.
 */
export function waitUntilOpened(wanted: OpenedCondition): Promise<number> {
  const probe = window.factdeskBenchProbe;
  return new Promise((resolve, reject) => {
    const opened = () => {
      const editor = document.querySelector('[data-testid="article-editor"] .view-lines');
      const text = (editor?.textContent ?? '').replace(/\u00a0/g, ' ');
      const heading = document.querySelector('h1')?.textContent;
      const count = document.querySelector('aside[aria-label="Claims"] h2')?.textContent ?? '';
      const highlighted =
        wanted.claimCount === 0 || editor?.querySelector('[class*="fd-claim-"]') != null;
      return (
        heading === wanted.title &&
        text.includes(wanted.firstWords) &&
        count.includes(`(${wanted.claimCount})`) &&
        highlighted
      );
    };
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      changes.disconnect();
      window.clearTimeout(giveUp);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - (probe?.clickAt ?? 0));
      channel.port2.postMessage(null);
    };
    const changes = new MutationObserver(() => {
      if (opened()) finish();
    });
    const giveUp = window.setTimeout(() => {
      if (done) return;
      done = true;
      changes.disconnect();
      reject(new Error(`“${wanted.title}” did not open within a minute`));
    }, 60_000);
    changes.observe(document.body, { subtree: true, childList: true, characterData: true });
    if (opened()) finish();
  });
}
