import type { OpenedWorkbench } from '../../../src-main/service/openWorkbench';
import type { Generator, StoredClaim } from './generateCorpus';
import { RATINGS, factCheckFields, generatedClaim, insertArticles } from './generateCorpus';

/** One stored claim of the evaluation set, its rewordings and its near-misses. */
export interface EvalEntry {
  lang: 'en' | 'es';
  stored: string;
  rewordings: { kind: string; text: string }[];
  nearMisses: { kind: string; text: string }[];
}

export interface CorpusSize {
  claims: number;
  claimsPerArticle: number;
  factChecks: number;
}

/**
 * The number of claims a bench run generates: `value` when it is a whole number from 1,000
 * up, else `fallback`.
 */
export function benchClaims(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1_000 ? n : fallback;
}

/**
 * Fills the workbench's database: generated articles of claims (85% with a verdict) and
 * imported fact checks, then the evaluation set. Every fourth stored claim of the set is an
 * imported fact check, the rest claims of this desk; the near-misses are checked claims of
 * this desk too. Returns where each stored claim and each near-miss ended up
 * (`claim:ID` or `factcheck:ID`).
 */
export function buildSearchCorpus(
  wb: OpenedWorkbench,
  g: Generator,
  evalSet: readonly EvalEntry[],
  size: CorpusSize,
) {
  const { db } = wb.store;
  for (let a = 0; a < size.claims / size.claimsPerArticle; a += 20) {
    const batch = Array.from({ length: 20 }, (_, i) => {
      const language = (a + i) % 10 < 7 ? ('en' as const) : ('es' as const);
      return {
        title: `Generated article ${a + i + 1}`,
        language,
        claims: Array.from({ length: size.claimsPerArticle }, (): StoredClaim => ({
          text: generatedClaim(g, language),
          language,
          rating: g.int(100) < 85 ? g.pick(RATINGS) : null,
        })),
      };
    });
    insertArticles(db, batch, g);
  }
  wb.store.transaction(() => {
    for (let i = 0; i < size.factChecks; i++) {
      const language = i % 10 < 6 ? ('en' as const) : ('es' as const);
      wb.store.factChecks.upsert(
        factCheckFields(g, generatedClaim(g, language), language, i),
        '2026-01-01',
      );
    }
  });
  const truth = new Map<EvalEntry, string>();
  const nearMissKeys = new Map<{ kind: string; text: string }, string>();
  wb.store.transaction(() => {
    evalSet.forEach((entry, i) => {
      if (i % 4 === 3) {
        const { id } = wb.store.factChecks.upsert(
          factCheckFields(g, entry.stored, entry.lang, 1_000_000 + i),
          '2026-01-01',
        );
        truth.set(entry, `factcheck:${id}`);
      }
    });
  });
  const ownEntries = evalSet.filter((entry) => !truth.has(entry));
  const ownIds = insertArticles(
    db,
    [
      {
        title: 'Earlier checks',
        language: '',
        claims: ownEntries.map((e) => ({ text: e.stored, language: e.lang, rating: 'false' })),
      },
    ],
    g,
  );
  ownEntries.forEach((entry, i) => truth.set(entry, `claim:${ownIds[i]}`));
  const nearMisses = evalSet.flatMap((entry) => entry.nearMisses);
  const nearIds = insertArticles(
    db,
    [
      {
        title: 'Other checks',
        language: '',
        claims: nearMisses.map((n) => ({ text: n.text, language: 'en', rating: 'true' })),
      },
    ],
    g,
  );
  nearMisses.forEach((n, i) => nearMissKeys.set(n, `claim:${nearIds[i]}`));
  return { truth, nearMisses, nearMissKeys };
}
