import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStopword } from '../../src-main/core/search/searchLanguage';
import { searchWords } from '../../src-main/core/search/searchTokens';
import type { SimilarCheck } from '../../src-main/core/search/SearchResult';
import { openWorkbench } from '../../src-main/service/openWorkbench';
import evalFixture from '../fixtures/search/claim-matching-eval.json';
import type { BenchResult, Benchmark } from './harness';
import { seededRandom } from './harness';
import type { EvalEntry } from './search/buildSearchCorpus';
import { benchClaims, buildSearchCorpus } from './search/buildSearchCorpus';
import { generatedClaim, generator } from './search/generateCorpus';

/**
 * The issue's scale; FACTDESK_BENCH_SEARCH_CLAIMS sets a smaller one for trying a change
 * quickly (fact checks stay a fifth of the claims). Targets are judged at any scale.
 */
const CLAIMS = benchClaims(process.env.FACTDESK_BENCH_SEARCH_CLAIMS, 100_000);
const CLAIMS_PER_ARTICLE = 50;
const FACT_CHECKS = Math.round(CLAIMS / 5);
const SEARCHES = 200;
const MARKS = 40;

const evalSet = (evalFixture as { claims: EvalEntry[] }).claims;

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** The words a LIKE search looks for: every word but the most common ones, lowercase. */
const likeWords = (text: string) =>
  [...new Set(searchWords(text).map((w) => w.toLowerCase()))].filter((w) => !isStopword(w));

/**
 * The best a LIKE '%word%' search does for claim matching: every stored check (claims with a
 * verdict and fact checks) ranked by how many of the query's words it contains, shortest first
 * among equals. A full scan, as any substring search must be.
 */
function likeRanking(db: Database, text: string, limit: number): string[] {
  const words = likeWords(text).slice(0, 24);
  if (words.length === 0) return [];
  const score = words.map(() => `(t LIKE ? ESCAPE '\\')`).join(' + ');
  const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = db
    .prepare(
      `SELECT k, id, ${score} AS s FROM (
         SELECT 'claim' AS k, c.id AS id, c.exact AS t FROM claims c
           JOIN verdicts v ON v.claim_id = c.id
         UNION ALL SELECT 'factcheck', f.id, f.claim_text FROM fact_checks f)
       WHERE s > 0 ORDER BY s DESC, length(t) LIMIT ?`,
    )
    .all(...patterns, limit) as { k: string; id: number }[];
  return rows.map((row) => `${row.k}:${row.id}`);
}

/**
 * The LIKE scan a search box without an index runs: every row whose searched text holds
 * every word, counted in full, since ranking or counting matches needs them all.
 */
function likeSearch(db: Database, words: string[]): number {
  const all = (column: string) => words.map(() => `${column} LIKE ?`).join(' AND ');
  const patterns = words.map((w) => `%${w}%`);
  return db
    .prepare(
      `SELECT count(*) AS n FROM (
         SELECT id FROM claims WHERE ${all("(exact || ' ' || claimant || ' ' || notes)")}
         UNION ALL SELECT id FROM articles WHERE ${all("(title || ' ' || text)")}
         UNION ALL SELECT id FROM sources WHERE ${all("(title || ' ' || publisher || ' ' || url)")}
         UNION ALL SELECT id FROM fact_checks WHERE ${all("(claim_text || ' ' || title || ' ' || reviewer)")})`,
    )
    .pluck()
    .get(...patterns, ...patterns, ...patterns, ...patterns) as number;
}

function result(
  name: string,
  value: number,
  unit: string,
  baseline: number,
  target: string,
  ok: boolean,
): BenchResult {
  return { name, value, unit, baseline, ratio: baseline === 0 ? 0 : value / baseline, target, ok };
}

/**
 * "Has this been checked before?" at the scale of a large desk: 100,000 claims (85% with a
 * verdict) and 20,000 imported fact checks, generated from a fixed seed, plus the evaluation
 * set (tests/fixtures/search/claim-matching-eval.json) with its near-misses. Quality against
 * the best LIKE search over the same data; speed against the LIKE scan.
 */
export const benchmark: Benchmark = {
  name: 'search',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-search-'));
    try {
      const wb = openWorkbench({
        dbPath: join(dir, 'bench.sqlite'),
        shell: 'test',
        appVersion: 'bench',
      });
      const { db } = wb.store;
      const g = generator(seededRandom(18));

      const building = performance.now();
      const { truth, nearMisses, nearMissKeys } = buildSearchCorpus(wb, g, evalSet, {
        claims: CLAIMS,
        claimsPerArticle: CLAIMS_PER_ARTICLE,
        factChecks: FACT_CHECKS,
      });
      const buildSeconds = (performance.now() - building) / 1000;

      // Matching quality.
      const similar = async (text: string, language: string, limit: number) => {
        const reply = await wb.dispatch('claims.similar', { text, language, limit });
        if (!reply.ok) throw new Error(reply.error.message);
        return (reply.value as { results: SimilarCheck[] }).results.map((r) => `${r.kind}:${r.id}`);
      };
      let pairs = 0;
      let found = 0;
      let foundLike = 0;
      let nearAbove = 0;
      let nearAboveLike = 0;
      const rank = (list: string[], key: string | undefined) => {
        const at = key === undefined ? -1 : list.indexOf(key);
        return at === -1 ? Infinity : at;
      };
      for (const entry of evalSet) {
        const key = truth.get(entry);
        for (const [i, rewording] of entry.rewordings.entries()) {
          const ours = await similar(rewording.text, entry.lang, 50);
          const like = likeRanking(db, rewording.text, 50);
          pairs += 1;
          if (rank(ours, key) < 5) found += 1;
          if (rank(like, key) < 5) foundLike += 1;
          if (i > 0) continue;
          for (const near of entry.nearMisses) {
            const nearKey = nearMissKeys.get(near);
            if (rank(ours, nearKey) < rank(ours, key)) nearAbove += 1;
            if (rank(like, nearKey) < rank(like, key)) nearAboveLike += 1;
          }
        }
      }

      // Search speed: two or three words of a claim, as a checker types them.
      const queries: string[][] = [];
      for (let i = 0; i < SEARCHES; i++) {
        const source =
          i % 2 === 0 ? g.pick(evalSet).stored : generatedClaim(g, g.int(10) < 7 ? 'en' : 'es');
        const words = likeWords(source).filter((w) => w.length > 2);
        const start = g.int(Math.max(1, words.length - 2));
        queries.push(words.slice(start, start + 2 + g.int(2)));
      }
      const searchTimes: number[] = [];
      const likeTimes: number[] = [];
      for (const words of queries) {
        let started = performance.now();
        const reply = await wb.dispatch('search.query', { query: words.join(' '), perKind: 10 });
        searchTimes.push(performance.now() - started);
        if (!reply.ok) throw new Error(reply.error.message);
        started = performance.now();
        likeSearch(db, words);
        likeTimes.push(performance.now() - started);
      }

      // Marking a claim: create it and ask for its matches, as the inspector does.
      const marks = evalSet
        .slice(0, MARKS)
        .map((entry) => entry.rewordings[0]?.text ?? entry.stored);
      const markText = marks.join(' ');
      const created = await wb.dispatch('articles.create', {
        text: markText,
        meta: { title: 'New article' },
      });
      if (!created.ok) throw new Error(created.error.message);
      const articleId = (created.value as { id: number }).id;
      const markTimes: number[] = [];
      const markLikeTimes: number[] = [];
      let offset = 0;
      for (const text of marks) {
        let started = performance.now();
        const claim = await wb.dispatch('claims.create', {
          articleId,
          start: offset,
          end: offset + text.length,
        });
        if (!claim.ok) throw new Error(claim.error.message);
        const reply = await wb.dispatch('claims.similar', {
          claimId: (claim.value as { id: number }).id,
        });
        if (!reply.ok) throw new Error(reply.error.message);
        markTimes.push(performance.now() - started);
        started = performance.now();
        likeRanking(db, text, 5);
        markLikeTimes.push(performance.now() - started);
        offset += text.length + 1;
      }

      // Size: the index's pages against the data's.
      const pages = (where: string) =>
        db
          .prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE ${where}`)
          .pluck()
          .get() as number;
      const indexBytes = pages("name LIKE 'search_index%'");
      const dataBytes = pages(
        "name IN ('articles', 'article_versions', 'claims', 'verdicts', 'sources', 'claim_sources', 'fact_checks', 'claims_by_article') OR name LIKE 'sqlite_autoindex_fact_checks%' OR name LIKE 'sqlite_autoindex_article_versions%'",
      );
      wb.close();

      const recall = found / pairs;
      const recallLike = foundLike / pairs;
      const near = nearAbove / nearMisses.length;
      const nearLike = nearAboveLike / nearMisses.length;
      const p95 = percentile(searchTimes, 95);
      const p95Like = percentile(likeTimes, 95);
      const markP95 = percentile(markTimes, 95);
      const markLikeP95 = percentile(markLikeTimes, 95);
      return [
        result(
          `search: recall@5 over ${pairs} reworded claims (LIKE baseline)`,
          recall,
          'share',
          recallLike,
          'value >= 0.9 and > baseline',
          recall >= 0.9 && recall > recallLike,
        ),
        result(
          `search: ${nearMisses.length} near-misses ranked above their true match (LIKE baseline)`,
          near,
          'share',
          nearLike,
          'value <= 0.05 and < baseline',
          near <= 0.05 && near < nearLike,
        ),
        result(
          `search: query p95 at ${CLAIMS} claims + ${FACT_CHECKS} fact checks, dispatcher (LIKE scan baseline)`,
          p95,
          'ms',
          p95Like,
          'value <= 20 and ratio <= 0.01',
          p95 <= 20 && p95 / p95Like <= 0.01,
        ),
        result(
          `search: query median (LIKE scan baseline)`,
          percentile(searchTimes, 50),
          'ms',
          percentile(likeTimes, 50),
          'report',
          true,
        ),
        result(
          `search: mark a claim and list its matches, p95 through the dispatcher (LIKE ranking baseline)`,
          markP95,
          'ms',
          markLikeP95,
          'value <= 100',
          markP95 <= 100,
        ),
        result(
          `search: index size against the data it indexes (built in ${buildSeconds.toFixed(0)} s)`,
          indexBytes / 1e6,
          'MB',
          dataBytes / 1e6,
          'report',
          true,
        ),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
