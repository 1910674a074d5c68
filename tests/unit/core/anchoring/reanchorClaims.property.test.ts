import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  quoteSelectorAt,
  reanchorClaims,
  type StoredAnchor,
} from '../../../../src-main/core/anchoring';
import { codePointBoundaries, inlinePieceArb, pick, splitsPair } from './textArbitraries';

/**
 * Paragraphs carry distinct markers at both ends, so a deleted or moved paragraph can be told
 * from its neighbours by any diff and by its context; their contents repeat the same phrases, emoji, combining
 * marks and astral characters, so the words of a claim also occur in other paragraphs.
 */
interface Paragraph {
  readonly id: number;
  chars: string;
  labels: number[];
  /** Where the content starts and ends inside `chars`. */
  readonly contentStart: number;
  contentEnd: number;
  edited: boolean;
}

function paragraph(id: number, content: string, eol: string, firstLabel: number | null): Paragraph {
  const name = markerName(id);
  const head = `[${name}] `;
  const chars = `${head}${content} [/${name}]${eol}`;
  const labels = Array.from({ length: chars.length }, (_, i) =>
    firstLabel === null ? -1 : firstLabel + i,
  );
  return {
    id,
    chars,
    labels,
    contentStart: head.length,
    contentEnd: head.length + content.length,
    edited: false,
  };
}

/** A distinct eight-letter name per paragraph, so neighbouring markers do not look alike. */
function markerName(id: number): string {
  let state = (id + 1) * 2654435761;
  let name = '';
  for (let i = 0; i < 8; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    name += String.fromCharCode(97 + (state % 26));
  }
  return `${name}${id}`;
}

const contentArb = fc
  .array(inlinePieceArb, { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join(''));
const operationArb = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'move', 'edit'),
  x: fc.nat(),
  y: fc.nat(),
  length: fc.nat({ max: 8 }),
  content: contentArb,
});

const scenarioArb = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  contents: fc.array(contentArb, { minLength: 2, maxLength: 8 }),
  claims: fc.array(fc.record({ p: fc.nat(), a: fc.nat(), b: fc.nat() }), {
    minLength: 1,
    maxLength: 8,
  }),
  operations: fc.array(operationArb, { minLength: 1, maxLength: 4 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * A fixed seed, so that CI runs the same scenarios every time and a failure reproduces.
 * To explore further, run with another seed and more runs, e.g.
 * `FC_SEED=$RANDOM FC_RUNS=5000 npx vitest run tests/unit/core/anchoring/reanchorClaims.property.test.ts`;
 * fast-check names the seed and the shrunk counterexample of a failure, which then belongs in
 * `counterexamples` below.
 */
const seed = Number(process.env.FC_SEED ?? 20_261_130);
const numRuns = Number(process.env.FC_RUNS ?? 250);

/**
 * Scenarios that once failed, run first on every run. Seed 1130302948: the claim "t", first
 * letter of a paragraph "the minister saidthe" that the new version deletes, was given as
 * `attached` to the "t" of "the minister said" in the paragraph before, which had been there
 * all along: the quote and its suffix ("he minister said") agreed there, its prefix did not.
 * A lookalike taken for the claim's own words; the evidence rule (docs/anchoring.md) orphans it.
 */
const counterexamples: Scenario[] = [
  {
    eol: '\n',
    contents: ['government😀e\u0301amendment😀e\u0301the minister said', 'the minister saidthe'],
    claims: [
      { p: 236772553, a: 121158618, b: 446650975 },
      { p: 0, a: 0, b: 0 },
    ],
    operations: [
      { kind: 'delete', x: 691678725, y: 0, length: 0, content: 'the' },
      { kind: 'edit', x: 0, y: 0, length: 1, content: '中文the' },
      { kind: 'edit', x: 0, y: 1040077753, length: 4, content: 'thethethethe ' },
    ],
  },
  // Seed 2088157457: a paragraph edited at its start and its neighbour, ending in the same
  // words, deleted; a character diff of both lines kept the deleted line's "government".
  {
    eol: '\n',
    contents: [',  government', 'government'],
    claims: [
      { p: 38312727, a: 0, b: 1 },
      { p: 0, a: 0, b: 0 },
    ],
    operations: [
      { kind: 'edit', x: 0, y: 0, length: 0, content: 'the' },
      { kind: 'delete', x: 36043581, y: 0, length: 0, content: 'the' },
      { kind: 'edit', x: 0, y: 0, length: 0, content: 'theamendmentthe the' },
    ],
  },
  // Seed 1683088348: a paragraph edited and moved into the place of a deleted one that ended
  // in the same words.
  {
    eol: '\n',
    contents: ['the', 'the minister saidthe', 'the', 'the minister said'],
    claims: [{ p: 1744603399, a: 0, b: 301699 }],
    operations: [
      { kind: 'edit', x: 372492313, y: 0, length: 0, content: 'the' },
      { kind: 'move', x: 824963705, y: 308792539, length: 0, content: 'the' },
      { kind: 'delete', x: 418714814, y: 0, length: 0, content: 'the' },
    ],
  },
  // Seed 502525289: a paragraph moved into the exact place of a deleted one with the same word.
  {
    eol: '\n',
    contents: ['the', 'the', 'said', 'the', 'the', 'the', 'said', 'the'],
    claims: [
      { p: 693174046, a: 0, b: 1330878716 },
      { p: 0, a: 0, b: 0 },
    ],
    operations: [
      { kind: 'delete', x: 103200078, y: 0, length: 0, content: 'the' },
      { kind: 'move', x: 1833593036, y: 152137977, length: 0, content: 'the' },
      { kind: 'delete', x: 0, y: 0, length: 0, content: 'the' },
    ],
  },
];

describe('reanchorClaims, on random article versions', () => {
  it('keeps intact claims exact, never gives a deleted claim to text that already existed', () => {
    let intact = 0;
    let intactOrphaned = 0;
    fc.assert(
      fc.property(scenarioArb, ({ eol, contents, claims: rawClaims, operations }) => {
        let offset = 0;
        const paragraphs = contents.map((content, id) => {
          const built = paragraph(id, content, eol, offset);
          offset += built.chars.length;
          return built;
        });
        const oldText = paragraphs.map((p) => p.chars).join('');
        const oldStartOf = new Map(paragraphs.map((p) => [p.id, p.labels[0] ?? 0]));

        const claims: Array<StoredAnchor & { paragraphId: number }> = [];
        rawClaims.forEach(({ p, a, b }, index) => {
          const host = pick(paragraphs, p);
          const content = host.chars.slice(host.contentStart, host.contentEnd);
          const boundaries = codePointBoundaries(content);
          const [from, to] = [pick(boundaries, a), pick(boundaries, b)].sort((x, y) => x - y);
          if (from === undefined || to === undefined || from === to) return;
          const start = (oldStartOf.get(host.id) ?? 0) + host.contentStart + from;
          const end = start + (to - from);
          claims.push({
            id: index + 1,
            start,
            end,
            ...quoteSelectorAt(oldText, start, end),
            paragraphId: host.id,
          });
        });

        let nextId = paragraphs.length;
        const current = [...paragraphs.map((p) => ({ ...p, labels: [...p.labels] }))];
        for (const { kind, x, y, length, content } of operations) {
          if (kind === 'delete' && current.length > 1) current.splice(x % current.length, 1);
          if (kind === 'insert')
            current.splice(y % (current.length + 1), 0, paragraph(nextId++, content, eol, null));
          if (kind === 'move') {
            const [moving] = current.splice(x % current.length, 1);
            if (moving) current.splice(y % (current.length + 1), 0, moving);
          }
          if (kind === 'edit') {
            const target = pick(current, x);
            const inner = target.chars.slice(target.contentStart, target.contentEnd);
            const boundaries = codePointBoundaries(inner);
            const index = y % boundaries.length;
            const from = pick(boundaries, index);
            const to = boundaries[Math.min(boundaries.length - 1, index + length)] ?? from;
            const at = target.contentStart + from;
            // Delimited, so no diff can slide the insertion onto equal neighbouring letters and
            // explain the edit with different characters than the ones the test tracks.
            const inserted = `«${nextId++}»${content}«/»`;
            target.chars =
              target.chars.slice(0, at) + inserted + target.chars.slice(target.contentStart + to);
            target.labels.splice(
              at,
              to - from,
              ...Array.from({ length: inserted.length }, () => -1),
            );
            target.contentEnd += inserted.length - (to - from);
            target.edited = true;
          }
        }
        const newText = current.map((p) => p.chars).join('');
        const newLabels = current.flatMap((p) => p.labels);
        const newIndexOfLabel = new Map(newLabels.map((label, index) => [label, index]));

        const result = reanchorClaims(oldText, newText, claims);
        expect(result.claims).toHaveLength(claims.length);
        const { kept, moved, changed, orphaned } = result.counts;
        expect(kept + moved + changed + orphaned).toBe(claims.length);

        claims.forEach((claim, i) => {
          const after = result.claims[i];
          if (!after) throw new Error('a claim went missing');
          expect(after.id).toBe(claim.id);
          expect(0 <= after.start && after.start <= after.end && after.end <= newText.length).toBe(
            true,
          );
          expect(splitsPair(newText, after.start) || splitsPair(newText, after.end)).toBe(false);
          if (after.anchorState === 'orphaned') {
            expect(after).toMatchObject({
              end: after.start,
              exact: claim.exact,
              prefix: claim.prefix,
            });
          } else {
            expect(newText.slice(after.start, after.end)).toBe(after.exact);
            if (after.anchorState !== 'changed') expect(after.exact).toBe(claim.exact);
          }

          const survivors: number[] = [];
          for (let label = claim.start; label < claim.end; label++) {
            const position = newIndexOfLabel.get(label);
            if (position !== undefined) survivors.push(position);
          }
          const host = current.find((p) => p.id === claim.paragraphId);
          if (host && !host.edited) {
            intact++;
            if (after.anchorState === 'orphaned') {
              intactOrphaned++;
            } else {
              const first = survivors[0] ?? -1;
              expect({ start: after.start, end: after.end }).toEqual({
                start: first,
                end: first + claim.exact.length,
              });
              expect(['attached', 'moved']).toContain(after.anchorState);
            }
          }
          if (survivors.length === 0 && after.anchorState !== 'orphaned') {
            let foreign = 0;
            for (let position = after.start; position < after.end; position++) {
              if ((newLabels[position] ?? -1) !== -1) foreign++;
            }
            expect(foreign).toBeLessThanOrEqual((after.end - after.start) * 0.25);
          }
        });
      }),
      { numRuns, seed, examples: counterexamples.map((scenario) => [scenario]) },
    );
    // Orphaning an intact claim is honest but unhelpful; it should stay rare.
    expect(intactOrphaned).toBeLessThanOrEqual(intact * 0.05);
  });
});
