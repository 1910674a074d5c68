import { join } from 'node:path';
import { openWorkbench } from '../../../src-main/service/openWorkbench';

/** What the benchmark opens: the same 1 MB text twice, once bare and once with every claim. */
export interface ScaleArticles {
  /** A short article the workbench opens first, so each measured open starts from the same place. */
  start: { id: number; title: string };
  bare: { id: number; title: string };
  claimed: { id: number; title: string; claimCount: number };
  /** The first words of the text, to recognise it on screen. */
  firstWords: string;
}

const TARGET_CHARS = 1_000_000;
const words =
  'minister budget percent ministry figures strikes council harbour ferry ridership rose fell inquiry report hospital waiting lists police recorded crime schools teachers pupils housing rents wages inflation exports imports tariffs drought rainfall reservoir pipeline emissions subsidy pension deficit surplus audit contract tender bridge tunnel railway airport'.split(
    ' ',
  );

/** A small deterministic generator, so every run measures the same text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** About 1 MB of varied report prose in paragraphs, under a one-line heading with no claims. */
export function largeArticleText(): string {
  const random = seededRandom(14);
  const pick = () => words[Math.floor(random() * words.length)] ?? 'report';
  const paragraphs: string[] = ['Annual audit of the harbour authority: full transcript'];
  let length = paragraphs[0]?.length ?? 0;
  while (length < TARGET_CHARS) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) {
      const count = 12 + Math.floor(random() * 10);
      const sentence = Array.from({ length: count }, pick).join(' ');
      const figure = Math.floor(random() * 900) + 10;
      sentences.push(`${sentence[0]?.toUpperCase()}${sentence.slice(1)} by ${figure} percent.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * A handler's answer, which must come at once: seeding runs in one transaction, and an answer
 * that came later would land outside it. Throws if a handler answered with a promise.
 */
function atOnce<T>(answer: T | Promise<T>): T {
  if (answer instanceof Promise)
    throw new Error('a handler answered later, outside the transaction');
  return answer;
}

const ratingKeys = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'unproven'];

/**
 * Writes the benchmark's database: the 1 MB article without claims, the same text with
 * `claimCount` claims (every tenth nested in the one before, every tenth overlapping it, two in
 * three with a verdict), and a short article that is the most recent, so it opens first.
 */
export function writeScaleDatabase(dataDir: string, claimCount: number): ScaleArticles {
  let now = Date.parse('2026-01-05T09:00:00.000Z');
  const workbench = openWorkbench({
    dbPath: join(dataDir, 'factdesk.sqlite'),
    shell: 'test',
    appVersion: 'bench',
    clock: () => new Date((now += 1000)),
  });
  try {
    const { handlers, store } = workbench;
    const text = largeArticleText();
    const bareTitle = 'Audit transcript, no claims';
    const claimedTitle = `Audit transcript, ${claimCount} claims`;
    const bare = atOnce(handlers['articles.create']({ text, meta: { title: bareTitle } }));
    const claimed = atOnce(handlers['articles.create']({ text, meta: { title: claimedTitle } }));
    const firstParagraph = text.indexOf('\n\n') + 2;
    const stride = Math.floor((text.length - firstParagraph) / claimCount);
    // One transaction (each claim a savepoint inside it), so seeding takes seconds, not minutes.
    store.transaction(() => {
      for (let index = 0; index < claimCount; index++) {
        let start = firstParagraph + index * stride;
        let end = start + Math.floor(stride * 0.6);
        if (index % 10 === 1) [start, end] = [start - stride + 10, start - stride + 40];
        if (index % 10 === 5) start -= Math.floor(stride * 0.5);
        const claim = atOnce(handlers['claims.create']({ articleId: claimed.id, start, end }));
        if (index % 3 !== 0) {
          atOnce(
            handlers['verdicts.set']({
              claimId: claim.id,
              ratingKey: ratingKeys[index % ratingKeys.length] ?? null,
              conclusion: 'The ministry’s own figures support this.',
            }),
          );
        }
      }
    });
    const startTitle = 'Start here';
    const startArticle = atOnce(
      handlers['articles.create']({
        text: 'A short article the benchmark opens between measurements.',
        meta: { title: startTitle },
      }),
    );
    return {
      start: { id: startArticle.id, title: startTitle },
      bare: { id: bare.id, title: bareTitle },
      claimed: { id: claimed.id, title: claimedTitle, claimCount },
      firstWords: text.slice(0, 40),
    };
  } finally {
    workbench.close();
  }
}
