// Writes tests/fixtures/anchoring/pairs/*.json: revision pairs of real prose (the licence texts
// every Debian machine has in /usr/share/common-licenses), each edited the way newsrooms edit,
// with claims on the old text and where each claim's own characters are in the new text.
// Every character carries the offset it had in the old text through the edits, so the expected
// answer comes from the edits themselves, never from the anchoring code it is meant to check.
// Run: node scripts/make-anchoring-corpus.mjs (deterministic; the output is committed).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'tests/fixtures/anchoring/pairs');
const LICENCES = '/usr/share/common-licenses';
const SOURCES = ['GPL-3', 'Apache-2.0', 'MPL-2.0', 'GFDL-1.3', 'LGPL-2.1', 'Artistic'];
/** Paragraphs per article: long enough for context, short enough to keep fixtures small. */
const PARAGRAPHS = 6;
const CLAIMS = 4;

/** Deterministic (mulberry32), so the corpus is the same on every machine. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Paragraphs of prose: blank-line separated, at least two sentences, no headings or rules. */
function proseParagraphs(name) {
  return readFileSync(join(LICENCES, name), 'utf8')
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\s+|\s+$/g, '').replace(/[ \t]+\n/g, '\n'))
    .filter((p) => p.length > 200 && p.length < 1500 && (p.match(/\. /g) ?? []).length >= 1);
}

/** A paragraph as characters, each with its offset in the old text (-1: new in this version). */
const cells = (text, from) =>
  Array.from(text, (ch, i) => ({ ch, label: from === null ? -1 : from + i }));

/** Sentences of a paragraph as [start, end) inside it, 30 to 240 characters long. */
function sentences(text) {
  const found = [];
  const pattern = /[A-Z][^.;:]*?[a-z)][.;]/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].length >= 30 && match[0].length <= 240) {
      found.push([match.index, match.index + match[0].length]);
    }
  }
  return found;
}

function buildOld(paragraphs) {
  const parts = [];
  let offset = 0;
  for (const text of paragraphs) {
    parts.push({ text, start: offset });
    offset += text.length + 2;
  }
  return { text: paragraphs.join('\n\n'), parts };
}

/** Each edit takes the old paragraphs as cell arrays and the claims, and returns the new ones. */
const edits = {
  'typo-fix': (paras, claims, random, old) => {
    // The old version had a typo inside the first claim's sentence; the new one corrects it.
    const claim = claims[0];
    const words = [...old.text.slice(claim.start, claim.end).matchAll(/[a-z]{5,}/g)];
    const word = words[Math.floor(random() * words.length)] ?? words[0];
    const at = claim.start + word.index + 1;
    const chars = [...old.text];
    [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    old.text = chars.join('');
    claim.exact = old.text.slice(claim.start, claim.end);
    return { paras, expect: { [claim.id]: 'changed' } };
  },
  correction: (paras, claims, random, old) => {
    // A word of the first claim is replaced by another: "may" becomes "must".
    const claim = claims[0];
    const para = paras.find((p) => p.some((c) => c.label === claim.start));
    const words = [...old.text.slice(claim.start, claim.end).matchAll(/ ([a-z]{4,}) /g)];
    const word = words[Math.floor(random() * words.length)] ?? words[0];
    const from = para.findIndex((c) => c.label === claim.start + word.index + 1);
    para.splice(from, word[1].length, ...cells('corrected', null));
    return { paras, expect: { [claim.id]: 'changed' } };
  },
  'inserted-paragraph': (paras, claims, random, old, extra) => {
    paras.splice(1 + Math.floor(random() * (paras.length - 1)), 0, cells(extra, null));
    return { paras, expect: {} };
  },
  'deleted-paragraph': (paras, claims) => {
    const claim = claims[0];
    const index = paras.findIndex((p) => p.some((c) => c.label === claim.start));
    paras.splice(index, 1);
    return { paras, expect: { [claim.id]: 'orphaned' } };
  },
  'reordered-paragraphs': (paras, claims) => {
    const claim = claims[0];
    const index = paras.findIndex((p) => p.some((c) => c.label === claim.start));
    const [moving] = paras.splice(index, 1);
    paras.splice(index === 0 ? paras.length : 0, 0, moving);
    return { paras, expect: { [claim.id]: 'moved' } };
  },
  'sentence-repeated': (paras, claims, random, old) => {
    // The claim's sentence is quoted again in another paragraph; the claim stays where it was.
    const claim = claims[0];
    const index = paras.findIndex((p) => p.some((c) => c.label === claim.start));
    const other = paras[(index + 2) % paras.length];
    other.push(...cells(` As noted above: ${old.text.slice(claim.start, claim.end)}`, null));
    return { paras, expect: {} };
  },
  'rewritten-with-lookalike': (paras, claims, random, old) => {
    // The claim's paragraph is rewritten without it, and a new paragraph says the same words
    // in other surroundings: the claim's own words are gone (the anchoring-lookalike case).
    const claim = claims[0];
    const index = paras.findIndex((p) => p.some((c) => c.label === claim.start));
    const words = old.text.slice(claim.start, claim.end);
    paras.splice(index, 1, cells('This paragraph was rewritten by the editors.', null));
    paras.splice(
      Math.min(paras.length, index + 2),
      0,
      cells(`A different speaker later said: ${words} That view is disputed.`, null),
    );
    return { paras, expect: { [claim.id]: 'orphaned' } };
  },
  'curly-quotes': (paras) => {
    for (const para of paras) {
      for (const cell of para) {
        if (cell.ch === "'") cell.ch = '\u2019';
        if (cell.ch === '"') cell.ch = '\u201c';
      }
    }
    return { paras, expect: {} };
  },
  crlf: (paras) => {
    const crlf = paras.map((para) =>
      para.flatMap((c) => (c.ch === '\n' ? [{ ...c, ch: '\r' }, c] : [c])),
    );
    return { paras: crlf, expect: {}, separator: '\r\n\r\n' };
  },
  'hard-wrap-rejoined': (paras) => {
    // The new version unwraps the hard-wrapped lines of each paragraph into one line.
    for (const para of paras) for (const cell of para) if (cell.ch === '\n') cell.ch = ' ';
    return { paras, expect: {} };
  },
};

/** Claim sentences in distinct paragraphs; the first is the one each edit is about. */
function pickClaims(old, random) {
  const claims = [];
  const order = old.parts.map((_, i) => i).sort(() => random() - 0.5);
  for (const index of order) {
    const part = old.parts[index];
    const found = sentences(part.text);
    if (found.length === 0) continue;
    const [from, to] = found[Math.floor(random() * found.length)];
    claims.push({ id: claims.length + 1, start: part.start + from, end: part.start + to });
    if (claims.length === CLAIMS) break;
  }
  return claims;
}

/** Ranges of the new text whose characters came from [start, end) of the old text. */
function ownRanges(labels, start, end) {
  const ranges = [];
  labels.forEach((label, i) => {
    if (label < start || label >= end) return;
    const last = ranges.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  });
  return ranges;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const random = createRandom(20_261_130);
let written = 0;
for (const source of SOURCES) {
  const all = proseParagraphs(source);
  for (const [kindIndex, kind] of Object.keys(edits).entries()) {
    if ((kindIndex + SOURCES.indexOf(source)) % 2 === 1) continue;
    const from = Math.floor(random() * Math.max(1, all.length - PARAGRAPHS));
    const chosen = all.slice(from, from + PARAGRAPHS);
    if (chosen.length < 3) continue;
    const extra = all[(from + PARAGRAPHS + 3) % all.length];
    const old = buildOld(chosen);
    const claims = pickClaims(old, random);
    if (claims.length < 2) continue;
    const paras = old.parts.map((part) => cells(part.text, part.start));
    const edit = edits[kind](paras, claims, random, old, extra);
    const separator = edit.separator ?? '\n\n';
    const sepCells = Array.from(separator, (ch) => ({ ch, label: -1 }));
    const flat = edit.paras.flatMap((para, i) => (i === 0 ? para : [...sepCells, ...para]));
    const newText = flat.map((c) => c.ch).join('');
    const labels = flat.map((c) => c.label);
    const pair = {
      source: `${LICENCES}/${source}`,
      edit: kind,
      oldText: old.text,
      newText,
      claims: claims.map((claim) => {
        const own = ownRanges(labels, claim.start, claim.end);
        const state =
          edit.expect[claim.id] ??
          (own.length === 0 ? 'orphaned' : own.length > 1 ? 'changed' : 'kept');
        return {
          id: claim.id,
          start: claim.start,
          end: claim.end,
          exact: old.text.slice(claim.start, claim.end),
          expected: {
            state,
            ...(state === 'orphaned' ? {} : { start: own[0][0], end: own.at(-1)[1] }),
          },
          own,
        };
      }),
    };
    written++;
    const file = `${String(written).padStart(2, '0')}-${kind}-${source.toLowerCase()}.json`;
    writeFileSync(join(outDir, file), `${JSON.stringify(pair, null, 1)}\n`);
  }
}

// The licences are ASCII, so canonical equivalence is tried on a text with accented names: the
// MPFR authors list, claims on its lines with accents, once made NFD and once made NFC again.
const AUTHORS = '/usr/share/doc/libmpfr6/AUTHORS';
const authors = readFileSync(AUTHORS, 'utf8').normalize('NFC');
const accented = [...authors.matchAll(/^.*[\u0080-\uffff].*$/gm)]
  .filter((line) => !line[0].includes('<'))
  .slice(0, CLAIMS);
for (const [kind, before, after] of [
  ['nfd', 'NFC', 'NFD'],
  ['nfc-from-nfd', 'NFD', 'NFC'],
]) {
  const oldCells = [];
  const newCells = [];
  for (const ch of authors) {
    const label = oldCells.length;
    for (const unit of ch.normalize(before)) oldCells.push(unit);
    for (const unit of ch.normalize(after)) newCells.push({ ch: unit, label });
  }
  // Labels above count code units of the old text; one character can be several of them.
  const oldText = oldCells.join('');
  const labels = [];
  let offset = 0;
  for (const ch of authors) {
    const width = ch.normalize(before).length;
    for (const unit of ch.normalize(after)) labels.push(unit === '' ? -1 : offset);
    offset += width;
  }
  const positionInOld = (nfcIndex) =>
    [...authors.slice(0, nfcIndex)].map((c) => c.normalize(before)).join('').length;
  const claims = accented.map((line, index) => {
    const trimmed = line[0].trimEnd();
    const start = positionInOld(line.index);
    const end = positionInOld(line.index + trimmed.length);
    const own = ownRanges(labels, start, end);
    return {
      id: index + 1,
      start,
      end,
      exact: oldText.slice(start, end),
      expected: { state: 'kept', start: own[0][0], end: own.at(-1)[1] },
      own,
    };
  });
  written++;
  const pair = {
    source: AUTHORS,
    edit: kind,
    oldText,
    newText: newCells.map((c) => c.ch).join(''),
    claims,
  };
  const file = `${String(written).padStart(2, '0')}-${kind}-mpfr-authors.json`;
  writeFileSync(join(outDir, file), `${JSON.stringify(pair, null, 1)}\n`);
}
console.log(`wrote ${written} revision pairs to ${outDir}`);
