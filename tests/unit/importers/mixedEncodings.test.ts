import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { fixture } from './helpers/fixture';

/** Each file changes character set part-way; the tail is what detection never looked at. */
const MIXED: [file: string, encoding: string, fromLine: number][] = [
  ['text-mixed-windows1252-then-utf8.txt', 'windows-1252', 300],
  ['text-mixed-utf16le-then-utf8.txt', 'UTF-16LE', 40],
  ['text-mixed-utf16be-bom-then-utf8.txt', 'UTF-16BE', 40],
  ['text-mixed-shiftjis-then-utf8.txt', 'Shift_JIS', 200],
];

describe('a file whose parts are in different character sets', () => {
  it.each(MIXED)('%s: not confident, and the warning names where', async (file, name, line) => {
    const result = await importArticle(file, fixture(file));
    expect(result.encoding).toMatchObject({ name, confident: false });
    expect(result.encoding!.confidence).toBeLessThanOrEqual(0.5);
    const warning = result.warnings.find((text) => text.startsWith('Part of the file'));
    expect(warning).toBeDefined();
    const named = Number(/from about line (\d+)/.exec(warning!)?.[1]);
    expect(named).toBeGreaterThanOrEqual(line - 2);
    expect(named).toBeLessThanOrEqual(line + 2);
  });

  it('a file in one character set throughout stays confident, with no such warning', async () => {
    const whole = new TextEncoder().encode(
      'Le ministre a déclaré que le chômage était en baisse, selon l’Insee.\n'.repeat(400),
    );
    const result = await importArticle('whole.txt', whole);
    expect(result.encoding).toMatchObject({ name: 'UTF-8', confident: true });
    expect(result.warnings).toEqual([]);
  });
});

describe('damaged bytes are shown as U+FFFD and counted', () => {
  it('UTF-8 with two stray Latin-1 bytes is read as UTF-8 first, with windows-1252 offered', async () => {
    const file = 'text-utf8-two-stray-latin1-bytes.txt';
    const result = await importArticle(file, fixture(file));
    expect(result.encoding).toMatchObject({ name: 'UTF-8', confident: false });
    expect(result.encoding!.alternatives.map((candidate) => candidate.name)).toContain(
      'windows-1252',
    );
    expect(result.text).toContain('The minister’s claim — that “unemployment fell”');
    expect(result.text).toContain('Jos\uFFFD Mart\uFFFDnez');
    expect(result.warnings.join(' ')).toMatch(/except for 2 byte sequence\(s\).*line 51/);
  });

  it('--encoding utf-8 on bad bytes warns with the count', async () => {
    const file = 'text-utf8-two-stray-latin1-bytes.txt';
    const result = await importArticle(file, fixture(file), { encoding: 'utf-8' });
    expect(result.encoding).toMatchObject({ name: 'UTF-8', source: 'chosen' });
    expect(result.warnings.join(' ')).toMatch(/2 byte sequence\(s\) are not valid.*line 51/);
  });

  it('UTF-16 without a BOM with damaged units warns as the BOM path does', async () => {
    const file = 'text-utf16le-nobom-damaged.txt';
    const result = await importArticle(file, fixture(file));
    expect(result.text).toContain('\uFFFDLONE end.');
    expect(result.encoding).toMatchObject({ name: 'UTF-16LE', confident: false });
    expect(result.warnings.join(' ')).toContain(
      'The file is UTF-16LE but has 2 damaged character(s)',
    );
  });
});
