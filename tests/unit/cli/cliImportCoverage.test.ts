import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';
import { buildCli, factdesk } from '../../helpers/runFactdesk';

let dir: string;
const fixture = (name: string) => join(fixturesDir, 'importers', name);

beforeAll(() => {
  dir = makeTempDir();
  buildCli();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ImportJson {
  id: number;
  warnings: string[];
  coverage: {
    importedChars: number;
    sourceChars: number;
    leftOut: { text: string; reason: string; at: number }[];
  };
  encoding: { name: string; confidence: number; alternatives: { name: string }[] } | null;
}

describe('factdesk import reports coverage and encoding', { timeout: 120_000 }, () => {
  it('prints what a page left out with --json, warns in words otherwise, keeps it on request', () => {
    const db = join(dir, 'coverage.sqlite');
    const page = fixture('html-header-dek-byline.html');
    const json = factdesk(['--db', db, '--json', 'import', page]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as ImportJson;
    expect(result.coverage).toMatchObject({ importedChars: 852, sourceChars: 1110 });
    expect(result.coverage.leftOut).toHaveLength(9);
    expect(result.coverage.leftOut[4]).toMatchObject({
      text: 'Advertisement: compare car insurance quotes today',
      reason: 'advertising or promotion slot',
    });
    expect(result.encoding).toMatchObject({ name: 'UTF-8', confidence: 1 });

    const human = factdesk(['--db', db, 'import', page]);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('9 passages were left out (852 of 1110 characters imported)');
    expect(human.stderr).toContain('--keep-left-out');

    // The article keeps what its import left out; `show` says so later, in a new process.
    const later = factdesk(['--db', db, 'show', String(result.id)]);
    expect(later.stdout).toContain('Imported from “html-header-dek-byline.html” (Saved web page).');
    expect(later.stdout).toContain(
      'Kept 852 of 1,110 characters of the file’s body text; 9 passages left out.',
    );
    expect(later.stdout).toContain(
      '  - “Advertisement: compare car insurance quotes today” (advertising or promotion slot)',
    );

    const kept = factdesk(['--db', db, '--json', 'import', page, '--keep-left-out']);
    const keptResult = JSON.parse(kept.stdout) as ImportJson;
    expect(keptResult.coverage).toMatchObject({ importedChars: 1110, leftOut: [] });
    const shown = JSON.parse(
      factdesk(['--db', db, '--json', 'show', String(keptResult.id)]).stdout,
    ) as { text: string };
    expect(shown.text.split('\n\n').slice(0, 6)).toEqual([
      'Lakeside Post',
      'News Transport',
      'Transport',
      'Bus fares to rise by a third, transport authority confirms',
      'Single tickets will cost £2.80 from June, the first rise in six years.',
      'By Priya Natarajan · 3 March 2024',
    ]);
  });

  it('takes --encoding and --language, and lists its guess with alternatives', () => {
    const db = join(dir, 'encoding.sqlite');
    const greek = fixture('text-legacy-greek-iso8859-7.txt');
    const guessed = JSON.parse(
      factdesk(['--db', db, '--json', 'import', greek]).stdout,
    ) as ImportJson;
    expect(guessed.encoding?.name).toBe('ISO-8859-7');
    expect(guessed.encoding?.alternatives.length).toBeGreaterThan(0);
    const shownGuess = JSON.parse(
      factdesk(['--db', db, '--json', 'show', String(guessed.id)]).stdout,
    ) as { imported: { encoding: { name: string; source: string } } };
    expect(shownGuess.imported.encoding).toMatchObject({ name: 'ISO-8859-7', source: 'detected' });
    expect(factdesk(['--db', db, 'show', String(guessed.id)]).stdout).toMatch(
      /Character set: ISO-8859-7 \(Greek\), guessed from the bytes/,
    );
    const claimed = factdesk([
      '--db',
      db,
      'claim',
      'add',
      String(guessed.id),
      '--start',
      '0',
      '--end',
      '3',
    ]);
    expect(claimed.code).toBe(0);
    expect(factdesk(['--db', db, 'articles']).stdout).toMatch(/\t1 claim$/m);

    const polish = fixture('text-polish-windows-1250.txt');
    const hinted = factdesk(['--db', db, '--json', 'import', polish, '--language', 'pl']);
    expect(JSON.parse(hinted.stdout)).toMatchObject({ encoding: { name: 'windows-1250' } });

    const chosen = factdesk(['--db', db, '--json', 'import', greek, '--encoding', 'windows-1252']);
    const chosenResult = JSON.parse(chosen.stdout) as ImportJson;
    expect(chosenResult.encoding).toMatchObject({ name: 'windows-1252', confidence: 1 });
    const shown = JSON.parse(
      factdesk(['--db', db, '--json', 'show', String(chosenResult.id)]).stdout,
    ) as { text: string };
    expect(shown.text.startsWith('ÄÞëùóç')).toBe(true);

    const unknown = factdesk(['--db', db, 'import', greek, '--encoding', 'klingon-8']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('does not know the character set "klingon-8"');
  });
});

describe(
  'factdesk import names the path in plain words when it cannot read it',
  { timeout: 120_000 },
  () => {
    it('refuses a missing file, a folder and a FIFO before reading anything', () => {
      const db = join(dir, 'paths.sqlite');
      const missing = factdesk(['--db', db, 'import', join(dir, 'no-such-article.txt')]);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('no-such-article.txt does not exist');
      expect(missing.stderr).not.toMatch(/ENOENT|EISDIR/);

      const folder = factdesk(['--db', db, 'import', dir]);
      expect(folder.code).not.toBe(0);
      expect(folder.stderr).toContain(`${dir} is a folder, not a file`);
      expect(folder.stderr).not.toMatch(/ENOENT|EISDIR/);

      const fifo = join(dir, 'article.fifo');
      execFileSync('mkfifo', [fifo]);
      const piped = factdesk(['--db', db, 'import', fifo]);
      expect(piped.code).not.toBe(0);
      expect(piped.stderr).toContain('is not a regular file');
    });
  },
);
