import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../src-main/pdf/chromium';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';
import type { MarkedClaim } from './session';
import { ANA, BEN, EXPECTED, KEY_CLAIMS, SECRET_REASONING } from './session';
import { rounded } from './sessionHelpers';

const root = join(import.meta.dirname, '../../..');
const bin = join(root, 'bin/factdesk.mjs');
const artefacts = resolve(root, 'test-results/artefacts');
let dir: string;

/** Runs `factdesk --db DB ARGS…` as a real process; a failing command fails the test loudly. */
function factdesk(db: string, args: string[]): string {
  const result = spawnSync(process.execPath, [bin, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_DB: '' },
  });
  if (result.status !== 0) {
    throw new Error(`factdesk ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

function json<T>(db: string, args: string[]): T {
  return JSON.parse(factdesk(db, ['--json', ...args])) as T;
}

/** Marks claims the way a checker at a terminal would: quote, verdict, then sources. */
function markClaims(db: string, articleId: number, claims: readonly MarkedClaim[]): number[] {
  return claims.map((claim) => {
    const { id } = json<{ id: number }>(db, [
      'claim',
      'add',
      String(articleId),
      '--quote',
      claim.quote,
    ]);
    if (claim.verdict !== null)
      factdesk(db, ['claim', 'set', String(id), '--verdict', claim.verdict]);
    for (const source of claim.sources) {
      const tier = source.tier === undefined ? [] : ['--tier', String(source.tier)];
      factdesk(db, ['source', 'add', String(id), '--url', source.url, ...tier]);
    }
    return id;
  });
}

beforeAll(() => {
  dir = makeTempDir();
  execFileSync(process.execPath, [join(root, 'scripts/build-node.mjs')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step spawns a dozen processes; on a busy two-core machine that takes minutes, not seconds.
describe(
  'a training session through the factdesk CLI, each person on their own database',
  { timeout: 300_000 },
  () => {
    const trainerDb = () => join(dir, 'trainer.sqlite');
    let keyArticle: number;
    const files = {
      exercise: () => join(dir, 'exercise.json'),
      ana: () => join(dir, 'ana-attempt.json'),
      ben: () => join(dir, 'ben-attempt.json'),
    };

    it('makes and locks the key, then writes an exercise file without it', () => {
      keyArticle = json<{ id: number }>(trainerDb(), [
        'import',
        join(fixturesDir, 'harbour-council.txt'),
        '--outlet',
        'Coastal Post',
      ]).id;
      const claimIds = markClaims(trainerDb(), keyArticle, KEY_CLAIMS);
      expect(factdesk(trainerDb(), ['training', 'key', String(keyArticle)])).toBe(
        `Key of article ${keyArticle} locked: 4 claims on the scale “Standard”\n`,
      );
      factdesk(trainerDb(), [
        'training',
        'reasoning',
        String(keyArticle),
        String(claimIds[0]),
        SECRET_REASONING,
      ]);
      const written = json<{ file: string }>(trainerDb(), [
        'training',
        'exercise',
        String(keyArticle),
        '--out',
        files.exercise(),
        '--instructions',
        'Find and rate the checkable claims.',
        '--time-limit',
        '20',
      ]);
      expect(written.file).toBe(files.exercise());
      const exercise = readFileSync(files.exercise(), 'utf8');
      expect(JSON.parse(exercise)).toMatchObject({
        format: 'factdesk-exercise',
        timeLimitMinutes: 20,
      });
      for (const secret of [SECRET_REASONING, 'monitor.example', 'navy.example', '"tier"']) {
        expect(exercise).not.toContain(secret);
      }
    });

    it.each([
      ['Ana', ANA, files.ana],
      ['Ben', BEN, files.ben],
    ] as const)(
      '%s starts the exercise, marks claims and submits an attempt file',
      (name, claims, out) => {
        const db = join(dir, `${name}.sqlite`);
        const started = factdesk(db, ['training', 'start', files.exercise(), '--trainee', name]);
        expect(started).toMatch(/^\d+\n$/);
        const articleId = Number(started);
        markClaims(db, articleId, claims);
        expect(factdesk(db, ['training', 'submit', String(articleId), '--out', out()])).toMatch(
          new RegExp(`^Wrote ${name}’s attempt \\(${claims.length} claims, \\d+ min\\) to `),
        );
        const attempt = JSON.parse(readFileSync(out(), 'utf8')) as {
          trainee: string;
          claims: unknown[];
        };
        expect(attempt).toMatchObject({ format: 'factdesk-attempt', trainee: name });
        expect(attempt.claims).toHaveLength(claims.length);
      },
    );

    it('scores both attempts as worked by hand', () => {
      const scores = json<{
        trainees: { name: string }[];
        claims: { exact: string; detectionRate: number }[];
        alpha: unknown;
      }>(trainerDb(), ['training', 'score', String(keyArticle), files.ana(), files.ben()]);
      expect(rounded(scores.trainees)).toMatchObject(
        rounded([
          { name: 'Ana', ...EXPECTED.ana },
          { name: 'Ben', ...EXPECTED.ben },
        ]),
      );
      expect(scores.claims.map((claim) => [claim.exact, claim.detectionRate])).toEqual(
        EXPECTED.detection.map((claim) => [claim.quote, claim.rate]),
      );
      expect(scores.alpha).toEqual(EXPECTED.alpha);
      const human = factdesk(trainerDb(), [
        'training',
        'score',
        String(keyArticle),
        files.ana(),
        files.ben(),
      ]);
      expect(human).toContain(
        'Ana: found 3 (exact 2), missed 1, extra 1; F1 strict 0.50, lenient 0.75',
      );
      expect(human).toContain('Agreement among trainees (α, ordinal): 0.00');
    });

    it('says which file is broken', () => {
      const broken = join(dir, 'broken.json');
      const result = spawnSync(
        process.execPath,
        [bin, '--db', trainerDb(), 'training', 'score', String(keyArticle), files.exercise()],
        { encoding: 'utf8', env: { ...process.env, FACTDESK_DB: '' } },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('not a Factdesk attempt file');
      const missing = spawnSync(
        process.execPath,
        [bin, '--db', trainerDb(), 'training', 'score', String(keyArticle), broken],
        { encoding: 'utf8', env: { ...process.env, FACTDESK_DB: '' } },
      );
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain(`cannot read an attempt file ${broken}`);
    });

    it('writes a quoted CSV debrief', () => {
      const out = join(dir, 'debrief.csv');
      factdesk(trainerDb(), [
        'training',
        'debrief',
        String(keyArticle),
        files.ana(),
        files.ben(),
        '--format',
        'csv',
        '--out',
        out,
      ]);
      const csv = readFileSync(out, 'utf8');
      expect(csv.split('\r\n')[1]).toMatch(
        /^Ana,0\.5000,0\.5000,0\.5000,0\.7500,0\.7500,0\.7500,2,1,1,1,/,
      );
      expect(csv).toContain('\r\n2,more than 30 strikes since September,True,0.5000,1,1.0000,');
    });

    describe.skipIf(findChromium() === null)('the HTML debrief in Chromium', () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchChromium();
      });
      afterAll(async () => {
        await browser?.close();
      });

      it.each([
        ['debrief', []],
        ['debrief-anonymised', ['--anonymise']],
      ] as const)(
        '%s.html opens with no script and no request, and is screenshotted',
        async (name, extra) => {
          const out = join(dir, `${name}.html`);
          factdesk(trainerDb(), [
            'training',
            'debrief',
            String(keyArticle),
            files.ana(),
            files.ben(),
            '--format',
            'html',
            '--out',
            out,
            ...extra,
          ]);
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          const requests: string[] = [];
          page.on('request', (request) => requests.push(request.url()));
          const url = pathToFileURL(out).href;
          await page.goto(url, { waitUntil: 'load' });
          expect(requests).toEqual([url]);
          expect(await page.locator('script, link, img, iframe, object').count()).toBe(0);
          expect(await page.locator('.scorecard h3').allTextContents()).toEqual(
            extra.length > 0 ? ['Trainee A', 'Trainee B'] : ['Ana', 'Ben'],
          );
          expect(await page.locator('.claim .number').allTextContents()).toEqual([
            'Claim 2',
            'Claim 4',
            'Claim 1',
            'Claim 3',
          ]);
          mkdirSync(artefacts, { recursive: true });
          await page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });
          await page.close();
        },
      );
    });
  },
);
