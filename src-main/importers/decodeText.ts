import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { EncodingCandidate, EncodingReport } from '../core/importing/ImportCoverage';
import {
  describeEncoding,
  displayEncodingName,
  encodingKey,
} from '../core/importing/encodingNames';
import { ImportError } from './ImportError';
import type { LanguageHint } from './languageHints';
import { languageHint } from './languageHints';
import { unlikelyShare } from './unlikelyCharacters';

export interface DecodeOptions {
  /** An encoding the person importing chose; it wins over everything but a byte-order mark. */
  encoding?: string;
  /** BCP 47 language of the text, which narrows the legacy encodings worth considering. */
  language?: string;
}

export interface DecodedText {
  text: string;
  encoding: EncodingReport;
  warnings: string[];
}

/** The detector reads this much; enough for its statistics, cheap on a 20 MB file. */
const DETECTION_SAMPLE_BYTES = 256 * 1024;
/** Characters of each candidate shown side by side in the preview. */
const SAMPLE_CHARS = 400;
/** Share of unlikely characters (against letters) above which a decoding is mojibake. */
const MOJIBAKE_SHARE = 0.12;
/** Score lead the best candidate needs over the next one that reads differently. */
const CONFIDENT_MARGIN = 0.25;
const MAX_ALTERNATIVES = 4;
/** Share of unlikely characters in valid UTF-8 that suggests text encoded twice. */
const DOUBLE_ENCODED_SHARE = 0.03;

/** Encodings that differ from each other in a few code points; each is worth trying with the other. */
const SIBLINGS: Record<string, string[]> = {
  iso88591: ['windows-1252'],
  iso88592: ['windows-1250'],
  iso88595: ['windows-1251', 'KOI8-R'],
  iso88596: ['windows-1256'],
  iso88597: ['windows-1253'],
  iso88598: ['windows-1255'],
  iso88599: ['windows-1254'],
  windows1250: ['ISO-8859-2'],
  windows1251: ['KOI8-R'],
  windows1252: ['ISO-8859-15'],
  windows1253: ['ISO-8859-7'],
  windows1255: ['ISO-8859-8'],
  koi8r: ['windows-1251', 'KOI8-U'],
  shiftjis: ['EUC-JP'],
  eucjp: ['Shift_JIS'],
  gb18030: ['Big5'],
  big5: ['GB18030'],
};

/**
 * Turns bytes into a string without ever silently mangling them. A byte-order mark wins, then
 * the encoding the person chose, then the page's declaration (unless the bytes are really
 * UTF-8), then strict UTF-8. Anything else goes to chardet, helped by the language hint, and each
 * candidate is decoded by iconv-lite and scored for unlikely characters. When no candidate reads
 * as text the file is refused; when the best does not clearly lead, the report is marked not
 * confident and lists the alternatives.
 */
export function decodeText(
  bytes: Uint8Array,
  options: DecodeOptions & { declaredCharset?: string } = {},
): DecodedText {
  return verifyWhole(decodeWhole(bytes, options));
}

function decodeWhole(
  bytes: Uint8Array,
  options: DecodeOptions & { declaredCharset?: string },
): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return decodeWithBom(bytes, bom, options);

  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    const warnings = [`The file has no byte-order mark; it was read as ${name}.`];
    const strict = tryDecode(bytes, utf16);
    if (strict !== null)
      return { text: strict, encoding: certain(name, 'utf16-pattern'), warnings };
    const text = new TextDecoder(utf16).decode(bytes);
    warnings.push(damagedUtf16Warning(name, text));
    return {
      text,
      encoding: { ...certain(name, 'utf16-pattern'), confidence: 0.5, confident: false },
      warnings,
    };
  }

  if (options.encoding) return decodeAsChosen(bytes, options.encoding);

  const warnings: string[] = [];
  const declaredCharset = options.declaredCharset;
  const declared =
    declaredCharset && iconv.encodingExists(declaredCharset.trim()) ? declaredCharset.trim() : null;
  if (declaredCharset && !declared) {
    warnings.push(
      `The page declares an unknown character set "${declaredCharset}"; it was ignored.`,
    );
  }

  const utf8 = tryUtf8(bytes);
  if (declared && encodingKey(declared) !== 'utf8') {
    // Servers and CMSs often declare a Western charset for pages that are really UTF-8; text in
    // a single-byte charset almost never happens to form valid multi-byte UTF-8 sequences.
    if (utf8 !== null && hasNonAscii(bytes)) {
      warnings.push(
        `The page declares the character set "${declaredCharset}" but its text is UTF-8, so it was read as UTF-8.`,
      );
      return { text: utf8, encoding: certain('UTF-8', 'utf-8'), warnings };
    }
    return {
      text: iconv.decode(bytes, declared),
      encoding: certain(displayEncodingName(declared), 'declared'),
      warnings,
    };
  }
  if (utf8 !== null) {
    if (
      unlikelyShare(utf8.slice(0, DETECTION_SAMPLE_BYTES), undefined).odd >= DOUBLE_ENCODED_SHARE
    ) {
      warnings.push(
        'The text is valid UTF-8 but has many characters that do not occur in real text (like ' +
          '"Ã©" for "é"), which happens when a file was converted to UTF-8 twice. Check it ' +
          'against the original before marking claims.',
      );
    }
    return { text: utf8, encoding: certain('UTF-8', 'utf-8'), warnings };
  }

  const hint = languageHint(options.language);
  return mostlyUtf8(bytes, hint, warnings) ?? detectAndDecode(bytes, hint, warnings);
}

/** Most invalid byte sequences a file may have and still be offered as UTF-8 first. */
const MAX_STRAY_BYTES = 16;

/**
 * A UTF-8 file with a few stray bytes (a name pasted from a Latin-1 source) is still UTF-8:
 * reading all of it as windows-1252 would garble every accented letter and quotation mark. When
 * the valid multi-byte sequences far outnumber the invalid ones, UTF-8 is the reading, the bad
 * bytes are shown as U+FFFD and counted, and the detector's readings are the alternatives.
 */
function mostlyUtf8(
  bytes: Uint8Array,
  hint: LanguageHint | null,
  warnings: string[],
): DecodedText | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacementCharacters(text);
  let multiByte = 0;
  for (const character of text) if (character.codePointAt(0)! >= 0x80) multiByte++;
  const valid = multiByte - replaced;
  if (replaced > MAX_STRAY_BYTES || valid < 3 * replaced) return null;
  let alternatives: EncodingCandidate[] = [];
  try {
    const detected = detectAndDecode(bytes, hint, []);
    alternatives = [
      {
        name: detected.encoding.name,
        confidence: detected.encoding.confidence,
        sample: excerpt(detected.text),
      },
      ...detected.encoding.alternatives,
    ].slice(0, MAX_ALTERNATIVES);
  } catch {
    // No legacy reading is readable: UTF-8 with its damaged bytes is the only one offered.
  }
  warnings.push(
    `The file is UTF-8 except for ${replaced} byte sequence(s) that are not valid UTF-8 ` +
      `(the first on line ${lineOf(text, text.indexOf('\uFFFD'))}); they are shown as "\uFFFD". ` +
      'Check them against the original, or choose another character set ' +
      '(in the command line: --encoding NAME).',
  );
  return {
    text,
    encoding: {
      name: 'UTF-8',
      confidence: 0.9,
      confident: false,
      source: 'utf-8',
      alternatives,
    },
    warnings,
  };
}

/** Characters per part when checking that the whole text reads like its start. */
const PART_CHARS = 512;
/** Characters at the start that set the baseline (about what detection looked at). */
const BASELINE_CHARS = 16_384;
/** Share of unlikely characters in a part that says it is in another character set. */
const ODD_PART_SHARE = 0.04;

/**
 * The encoding was chosen from the start of the file (or by the person importing); a file
 * pasted together from two sources can change character set half-way. Every part of the
 * decoded text is scored, and a part with many more unlikely characters than the start makes
 * the report not confident, with a warning naming the line where it starts. Linear in the text.
 */
function verifyWhole(decoded: DecodedText): DecodedText {
  const { text } = decoded;
  const baseline = unlikelyShare(text.slice(0, BASELINE_CHARS), undefined).odd;
  for (let start = 0; start < text.length; start += PART_CHARS) {
    // A short last part is scored with the text before it, so a few odd characters do not count.
    const from = Math.max(0, Math.min(start, text.length - PART_CHARS));
    const { odd } = unlikelyShare(text.slice(from, from + PART_CHARS), undefined);
    if (odd < ODD_PART_SHARE || odd < 2 * baseline + 0.01) continue;
    const name = decoded.encoding.name;
    return {
      text,
      encoding: {
        ...decoded.encoding,
        confident: false,
        confidence: Math.min(decoded.encoding.confidence, 0.5),
      },
      warnings: [
        ...decoded.warnings,
        `Part of the file does not read as ${describeEncoding(name)}: from about line ` +
          `${lineOf(text, from)} (character ${(from + 1).toLocaleString('en')}) on, ` +
          `${Math.round(odd * 100)}% of the characters are ones that ` +
          'do not occur in real text. The file may mix character sets; check that part against ' +
          'the original, or save the file again as UTF-8 and import that.',
      ],
    };
  }
  return decoded;
}

/** 1-based line number of a UTF-16 offset in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function damagedUtf16Warning(name: string, text: string): string {
  return (
    `The file is ${name} but has ${countReplacementCharacters(text)} damaged character(s); ` +
    'they are shown as "\uFFFD". Check them against the original.'
  );
}

interface Scored extends EncodingCandidate {
  detector: number;
  odd: number;
  score: number;
  decodedSample: string;
}

function detectAndDecode(
  bytes: Uint8Array,
  hint: LanguageHint | null,
  warnings: string[],
): DecodedText {
  const sample = bytes.subarray(0, DETECTION_SAMPLE_BYTES);
  const detected = new Map<string, { name: string; detector: number }>();
  const consider = (name: string, detector: number) => {
    if (!iconv.encodingExists(name)) return;
    const key = encodingKey(name);
    if (['utf8', 'ascii', 'utf16le', 'utf16be', 'utf32le', 'utf32be'].includes(key)) return;
    const known = detected.get(key);
    if (!known || known.detector < detector)
      detected.set(key, { name: displayEncodingName(name), detector });
  };
  for (const match of chardet.analyse(sample)) consider(match.name, match.confidence / 100);
  for (const name of hint?.encodings ?? []) consider(name, 0);
  // A sibling the detector did not name is worth a look, but only half its sibling's trust.
  for (const [key, { detector }] of [...detected]) {
    for (const sibling of SIBLINGS[key] ?? []) {
      if (!detected.has(encodingKey(sibling))) consider(sibling, detector * 0.5);
    }
  }
  consider('windows-1252', 0);

  const scored: Scored[] = [...detected.values()].map(({ name, detector }) => {
    const decodedSample = iconv.decode(sample, name);
    const { odd, fit } = unlikelyShare(decodedSample, hint?.script);
    const hinted = hint?.encodings.some((hinted) => encodingKey(hinted) === encodingKey(name));
    const score = detector + (hint ? 0.3 * fit : 0) + (hinted ? 0.1 : 0) - 2 * odd;
    return {
      name,
      detector,
      odd,
      score,
      decodedSample,
      confidence: 0,
      sample: excerpt(decodedSample),
    };
  });
  scored.sort((a, b) => b.score - a.score);

  // Candidates that read the same are one reading; keep the best-scored name for each.
  const readings: Scored[] = [];
  const seen = new Set<string>();
  for (const candidate of scored) {
    if (seen.has(candidate.decodedSample)) continue;
    seen.add(candidate.decodedSample);
    readings.push(candidate);
  }
  const best = readings[0];
  if (!best || best.odd >= MOJIBAKE_SHARE) throw mojibake(best);

  const runnerUp = readings[1];
  const margin = runnerUp ? best.score - runnerUp.score : Infinity;
  const confident =
    best.odd < 0.01 && margin >= CONFIDENT_MARGIN && best.detector + (hint ? 0.1 : 0) >= 0.3;
  const confidence = (candidate: Scored) => clamp01(candidate.score);
  const alternatives = readings
    .slice(1)
    .filter((candidate) => candidate.odd < MOJIBAKE_SHARE)
    .slice(0, MAX_ALTERNATIVES)
    .map((candidate) => ({
      name: candidate.name,
      confidence: round(confidence(candidate)),
      sample: candidate.sample,
    }));

  const others = alternatives.map((candidate) => describeEncoding(candidate.name)).join(', ');
  warnings.push(
    confident
      ? `The file is not valid UTF-8, so its character set was detected: it was read as ` +
          `${describeEncoding(best.name)}. If letters look wrong, choose another character set ` +
          '(in the command line: --encoding NAME).'
      : `The file is not valid UTF-8 and its character set is uncertain: it was read as ` +
          `${describeEncoding(best.name)}` +
          (others ? `, but it may be ${others}` : '') +
          '. Compare the readings and choose the one that reads correctly (in the command ' +
          'line: --encoding NAME).',
  );
  return {
    text: iconv.decode(bytes, best.name),
    encoding: {
      name: best.name,
      confidence: round(confidence(best)),
      confident,
      source: 'detected',
      alternatives,
    },
    warnings,
  };
}

function decodeAsChosen(bytes: Uint8Array, label: string): DecodedText {
  const name = label.trim();
  if (!iconv.encodingExists(name)) {
    throw new ImportError(
      'unsupported',
      `Factdesk does not know the character set "${name}". Use a name such as UTF-8, ` +
        'windows-1251, ISO-8859-7, KOI8-R, Shift_JIS, EUC-KR, GB18030 or Big5.',
    );
  }
  const text = iconv.decode(bytes, name).replace(/^\uFEFF/, '');
  const { odd } = unlikelyShare(text.slice(0, DETECTION_SAMPLE_BYTES), undefined);
  const display = displayEncodingName(name);
  const warnings: string[] = [];
  const replaced = countReplacementCharacters(text);
  if (replaced > 0 && (encodingKey(name) !== 'utf8' || tryUtf8(bytes) === null)) {
    warnings.push(
      `Read as ${display}, as chosen, ${replaced} byte sequence(s) are not valid ` +
        `(the first on line ${lineOf(text, text.indexOf('\uFFFD'))}); they are shown as "\uFFFD". ` +
        'Check them against the original.',
    );
  }
  if (odd >= 0.01) {
    warnings.push(
      `Read as ${display}, as chosen, the text has unlikely characters (${Math.round(odd * 100)}% ` +
        'of its letters). Check that it reads correctly.',
    );
  }
  return { text, encoding: certain(display, 'chosen'), warnings };
}

function mojibake(best: Scored | undefined): ImportError {
  const how = best
    ? ` Read as ${best.name}, the closest guess, ${Math.round(best.odd * 100)}% of its characters are ones that do not occur in real text.`
    : '';
  return new ImportError(
    'unsupported',
    `The file is not UTF-8, and no character set Factdesk knows turns it into readable text.${how} ` +
      'It may be damaged or not a text file. Open it in a text editor, save it as UTF-8, and import that.',
  );
}

function certain(name: string, source: EncodingReport['source']): EncodingReport {
  return { name, confidence: 1, confident: true, source, alternatives: [] };
}

/** Where the bytes stop being ASCII is where candidates differ, so the sample starts there. */
function excerpt(text: string): string {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) < 0x80) first++;
  if (first === text.length) first = 0;
  const lineStart = text.lastIndexOf('\n', first) + 1;
  const start = first - lineStart > 120 ? first - 60 : lineStart;
  return text.slice(start, start + SAMPLE_CHARS).replace(/[\uD800-\uDBFF]$/, '');
}

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32';

export function detectBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'utf-32';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'utf-32';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return null;
}

function decodeWithBom(bytes: Uint8Array, bom: Bom, options: DecodeOptions): DecodedText {
  if (bom === 'utf-32') {
    // TextDecoder has no UTF-32, and it is rare enough that asking for a re-save is kinder
    // than guessing.
    throw new ImportError(
      'unsupported',
      'The file is in UTF-32, which Factdesk cannot read. Save it as UTF-8 and import it again.',
    );
  }
  const name = bom === 'utf-8' ? 'UTF-8' : bom === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  // TextDecoder strips the BOM itself unless ignoreBOM is set.
  const strict = tryDecode(bytes, bom);
  if (strict !== null) return { text: strict, encoding: certain(name, 'bom'), warnings: [] };

  if (bom === 'utf-8') {
    const rest = decodeWhole(bytes.subarray(3), { ...options, declaredCharset: undefined });
    return {
      ...rest,
      warnings: [
        `The file starts with a UTF-8 marker but is not valid UTF-8, so it was read as ${rest.encoding.name}. ` +
          'Check accented letters and quotation marks.',
        ...rest.warnings,
      ],
    };
  }
  const text = new TextDecoder(bom).decode(bytes);
  return {
    text,
    encoding: { ...certain(name, 'bom'), confidence: 0.5, confident: false },
    warnings: [damagedUtf16Warning(name, text)],
  };
}

function tryUtf8(bytes: Uint8Array): string | null {
  return tryDecode(bytes, 'utf-8');
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (const character of text) if (character === '\uFFFD') count++;
  return count;
}

const UTF16_SAMPLE_BYTES = 4096;

/**
 * Notepad and some exporters write UTF-16 without a BOM. Latin-script text then has a zero in
 * almost every other byte, which no real UTF-8 or Windows-1252 text has.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 8) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosAtEven++;
    if (bytes[i + 1] === 0) zerosAtOdd++;
  }
  const pairs = length / 2;
  const mostly = (count: number) => count / pairs >= 0.4;
  const rarely = (count: number) => count / pairs <= 0.02;
  let candidate: 'utf-16le' | 'utf-16be' | null = null;
  if (mostly(zerosAtOdd) && rarely(zerosAtEven)) candidate = 'utf-16le';
  if (mostly(zerosAtEven) && rarely(zerosAtOdd)) candidate = 'utf-16be';
  return candidate;
}
