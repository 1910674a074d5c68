import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../../src-main/contract/errors';
import type { AttemptFile } from '../../../src-main/core/training/AttemptFile';
import type { ExerciseFile } from '../../../src-main/core/training/ExerciseFile';
import { findChromium } from '../../../src-main/pdf/chromium';
import { openWorkbench } from '../../../src-main/service/openWorkbench';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixtureText, openTempWorkbench } from '../../helpers/tempWorkbench';
import type { MarkedClaim } from './session';
import {
  ANA,
  BEN,
  EXPECTED,
  KEY_CLAIMS,
  SECRET_CONCLUSION,
  SECRET_METHODOLOGY,
  SECRET_REASONING,
} from './session';
import { markClaims, rounded } from './sessionHelpers';

/** Trainer and trainees each have their own machine, so each gets its own database file. */
let trainer: TempWorkbench;
let trainees: TempWorkbench[];
let keyArticleId: number;
let keyClaimIds: number[];

async function failure(promise: Promise<unknown>): Promise<ErrorPayload> {
  try {
    await promise;
  } catch (error) {
    return (error as { toPayload(): ErrorPayload }).toPayload();
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  trainer = openTempWorkbench();
  trainees = [];
  const article = await trainer.handlers['articles.create']({
    text: fixtureText('harbour-council.txt'),
    meta: { outlet: 'Coastal Post', author: 'J. Doe' },
  });
  keyArticleId = article.id;
  keyClaimIds = await markClaims(trainer.handlers, keyArticleId, KEY_CLAIMS);
  await trainer.handlers['verdicts.set']({
    claimId: keyClaimIds[2] as number,
    ratingKey: 'mostly-true',
    conclusion: SECRET_CONCLUSION,
  });
  await trainer.handlers['claims.update']({
    id: keyClaimIds[0] as number,
    patch: { claimant: 'Governor Secretname', notes: 'Trainer note: check the navy log.' },
  });
  await trainer.handlers['articles.update']({
    id: keyArticleId,
    patch: { methodology: SECRET_METHODOLOGY },
  });
});

afterEach(() => {
  for (const workbench of [trainer, ...trainees]) workbench.dispose();
});

async function exercise(): Promise<ExerciseFile> {
  await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
  await trainer.handlers['training.setReasoning']({
    articleId: keyArticleId,
    claimId: keyClaimIds[0] as number,
    reasoning: SECRET_REASONING,
  });
  return trainer.handlers['training.exportExercise']({
    articleId: keyArticleId,
    instructions: 'Find and rate the checkable claims.',
    timeLimitMinutes: 20,
  });
}

/** A trainee's whole attempt on a machine of their own; the file goes through JSON as on USB. */
async function attempt(file: ExerciseFile, name: string, claims: MarkedClaim[], minutes: number) {
  const machine = openTempWorkbench();
  trainees.push(machine);
  const exerciseFromDisk = JSON.parse(JSON.stringify(file)) as ExerciseFile;
  const started = await machine.handlers['training.start']({
    exercise: exerciseFromDisk,
    trainee: name,
  });
  await markClaims(machine.handlers, started.articleId, claims);
  machine.tick(minutes * 60_000);
  const submitted = await machine.handlers['training.submit']({ articleId: started.articleId });
  return { machine, started, attempt: JSON.parse(JSON.stringify(submitted)) as AttemptFile };
}

describe('the answer key', () => {
  it('snapshots claims, verdicts and sources with tiers (2 when unset) and locks them', async () => {
    const key = await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
    expect(key.locked).toBe(true);
    expect(key.scale.id).toBe('standard');
    expect(key.claims.map((claim) => [claim.exact, claim.ratingKey])).toEqual(
      KEY_CLAIMS.map((claim) => [claim.quote, claim.verdict]),
    );
    expect(key.claims[0]?.sources).toEqual([
      { url: 'https://www.navy.example/report', tier: 3 },
      { url: 'https://blog.example/post', tier: 0 },
    ]);
    expect(key.claims[1]?.sources).toEqual([{ url: 'https://monitor.example/data', tier: 2 }]);
    const status = await trainer.handlers['training.status']({ articleId: keyArticleId });
    expect(status).toMatchObject({ key: { locked: true, claimCount: 4 }, attempt: null });
  });

  it('is not changed by later edits to the article’s claims until it is unlocked and remade', async () => {
    await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
    await trainer.handlers['training.setReasoning']({
      articleId: keyArticleId,
      claimId: keyClaimIds[1] as number,
      reasoning: 'Navy press releases list each strike.',
    });
    await trainer.handlers['verdicts.set']({
      claimId: keyClaimIds[1] as number,
      ratingKey: 'false',
      conclusion: '',
    });
    await trainer.handlers['claims.delete']({ id: keyClaimIds[3] as number });

    const locked = await trainer.handlers['training.getKey']({ articleId: keyArticleId });
    expect(locked.claims).toHaveLength(4);
    expect(locked.claims[1]?.ratingKey).toBe('true');

    expect(
      await failure(trainer.handlers['training.makeKey']({ articleId: keyArticleId })),
    ).toMatchObject({ code: 'conflict' });

    const unlocked = await trainer.handlers['training.unlockKey']({ articleId: keyArticleId });
    expect(unlocked.locked).toBe(false);
    const remade = await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
    expect(remade.locked).toBe(true);
    expect(remade.claims).toHaveLength(3);
    expect(remade.claims[1]).toMatchObject({
      ratingKey: 'false',
      reasoning: 'Navy press releases list each strike.',
    });
  });

  it('keeps its reasoning in the database file, and refuses reasoning for a claim not in it', async () => {
    await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
    await trainer.handlers['training.setReasoning']({
      articleId: keyArticleId,
      claimId: keyClaimIds[0] as number,
      reasoning: SECRET_REASONING,
    });
    expect(
      await failure(
        trainer.handlers['training.setReasoning']({
          articleId: keyArticleId,
          claimId: 9999,
          reasoning: 'x',
        }),
      ),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'claimId' }] });

    trainer.close();
    const reopened = openWorkbench({ dbPath: trainer.dbPath, shell: 'test', appVersion: 't' });
    try {
      const key = await reopened.handlers['training.getKey']({ articleId: keyArticleId });
      expect(key.claims[0]?.reasoning).toBe(SECRET_REASONING);
    } finally {
      reopened.close();
    }
  });

  it('needs claims, and an article that is not itself an attempt', async () => {
    const empty = await trainer.handlers['articles.create']({ text: 'Nothing to check here.' });
    expect(
      await failure(trainer.handlers['training.makeKey']({ articleId: empty.id })),
    ).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('no claims') });
    expect(
      await failure(trainer.handlers['training.getKey']({ articleId: empty.id })),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('the exercise file', () => {
  it('holds the text, metadata, instructions, scale and time limit, and nothing of the key', async () => {
    const file = await exercise();
    const serialised = JSON.stringify(file);
    expect(file).toMatchObject({
      format: 'factdesk-exercise',
      version: 1,
      instructions: 'Find and rate the checkable claims.',
      timeLimitMinutes: 20,
      article: {
        outlet: 'Coastal Post',
        author: 'J. Doe',
        text: fixtureText('harbour-council.txt'),
      },
      scale: { id: 'standard' },
    });
    // The key's quotes are in the article text by nature; everywhere else they must not be.
    const withoutText = JSON.stringify({ ...file, article: { ...file.article, text: '' } });
    const key = await trainer.handlers['training.getKey']({ articleId: keyArticleId });
    for (const claim of key.claims) {
      expect(withoutText).not.toContain(claim.exact);
      for (const source of claim.sources) expect(serialised).not.toContain(source.url);
      for (const source of claim.sources) {
        expect(serialised).not.toContain(new URL(source.url).hostname.replace(/^www\./, ''));
      }
    }
    for (const field of ['"claims"', '"start"', '"end"', '"exact"', '"verdict"', '"conclusion"']) {
      expect(withoutText).not.toContain(field);
    }
    for (const secret of [
      SECRET_REASONING,
      SECRET_CONCLUSION,
      SECRET_METHODOLOGY,
      'Governor Secretname',
      'Trainer note',
      'reasoning',
      'ratingKey',
      'sources',
      'tier',
    ]) {
      expect(serialised).not.toContain(secret);
    }
    // The only rating keys present are the scale's own list, once each.
    for (const rating of ['unproven', 'mostly-true', 'mostly-false']) {
      expect(serialised.split(`"${rating}"`)).toHaveLength(2);
    }
  });

  it('is only exported from a locked key', async () => {
    expect(
      await failure(trainer.handlers['training.exportExercise']({ articleId: keyArticleId })),
    ).toMatchObject({ code: 'not_found' });
    await trainer.handlers['training.makeKey']({ articleId: keyArticleId });
    await trainer.handlers['training.unlockKey']({ articleId: keyArticleId });
    expect(
      await failure(trainer.handlers['training.exportExercise']({ articleId: keyArticleId })),
    ).toMatchObject({ code: 'conflict' });
  });
});

describe('a trainee’s attempt', () => {
  it('starts as a marked exercise article with the exact text, and submits claims, verdicts, sources and time', async () => {
    const file = await exercise();
    const { machine, started, attempt: submitted } = await attempt(file, 'Ana', ANA, 17);
    const article = await machine.handlers['articles.get']({ id: started.articleId });
    expect(article.text).toBe(file.article.text);
    expect(article.sha256).toBe(file.article.textSha256);
    const status = await machine.handlers['training.status']({ articleId: started.articleId });
    expect(status.attempt).toMatchObject({
      trainee: 'Ana',
      exerciseId: file.exerciseId,
      instructions: 'Find and rate the checkable claims.',
      timeLimitMinutes: 20,
      startedAt: started.startedAt,
      submittedAt: submitted.submittedAt,
    });
    expect(submitted).toMatchObject({
      format: 'factdesk-attempt',
      version: 1,
      trainee: 'Ana',
      exerciseId: file.exerciseId,
      textSha256: file.article.textSha256,
      secondsTaken: 17 * 60,
      timeLimitMinutes: 20,
    });
    const inTextOrder = [...ANA].sort(
      (a, b) => file.article.text.indexOf(a.quote) - file.article.text.indexOf(b.quote),
    );
    expect(submitted.claims.map((claim) => [claim.exact, claim.ratingKey])).toEqual(
      inTextOrder.map((claim) => [claim.quote, claim.verdict]),
    );
    expect(submitted.claims[0]?.sources).toEqual([
      { url: 'https://navy.example/report?utm_source=mail' },
    ]);
  });

  it('refuses a file that is not an exercise, a damaged one, and a nameless trainee', async () => {
    const file = await exercise();
    const machine = openTempWorkbench();
    trainees.push(machine);
    const start = (exercise: unknown, trainee = 'Ana') =>
      failure(
        machine.dispatch('training.start', { exercise, trainee }).then((result) => {
          if (!result.ok) throw { toPayload: () => result.error };
          return result.value;
        }),
      );
    expect(await start({ ...file, format: 'factdesk-report' })).toMatchObject({
      code: 'invalid_input',
      issues: [
        { path: 'exercise.format', message: expect.stringContaining('not a Factdesk exercise') },
      ],
    });
    expect(await start({ ...file, version: 2 })).toMatchObject({
      issues: [{ path: 'exercise.version', message: expect.stringContaining('another version') }],
    });
    expect(
      await start({ ...file, article: { ...file.article, text: `${file.article.text}!` } }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'exercise.article.textSha256' }] });
    expect(await start(file, '  ')).toMatchObject({ issues: [{ path: 'trainee' }] });
    expect(await machine.handlers['articles.list']({})).toHaveLength(0);
  });

  it('installs the trainer’s custom scale and makes it the default for the attempt', async () => {
    await trainer.handlers['scales.save']({
      scale: {
        id: 'traffic-light',
        name: 'Traffic light',
        kind: 'ordinal',
        ratings: [
          { key: 'red', label: 'Red', colour: '#c62828', value: 1, shortcut: 'r' },
          { key: 'green', label: 'Green', colour: '#2e7d32', value: 2, shortcut: 'g' },
        ],
      },
    });
    await trainer.handlers['preferences.set']({ patch: { defaultScaleId: 'traffic-light' } });
    const claim = await trainer.handlers['claims.create']({
      articleId: keyArticleId,
      start: 0,
      end: 7,
    });
    // Only the claims rated on the new scale, so the key has one scale.
    for (const id of keyClaimIds) await trainer.handlers['verdicts.clear']({ claimId: id });
    await trainer.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'red', conclusion: '' });
    const file = await exercise();
    expect(file.scale.id).toBe('traffic-light');

    const { machine, started } = await attempt(file, 'Cleo', [], 1);
    expect(started.scaleSwitched).toBe(true);
    expect((await machine.handlers['preferences.get']({})).defaultScaleId).toBe('traffic-light');
    expect((await machine.handlers['scales.list']({})).map((s) => s.id)).toContain('traffic-light');
  });

  it('is only submitted from an attempt article', async () => {
    expect(
      await failure(trainer.handlers['training.submit']({ articleId: keyArticleId })),
    ).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not an exercise attempt'),
    });
  });
});

describe('scoring and the debrief', () => {
  async function session() {
    const file = await exercise();
    const ana = (await attempt(file, 'Ana', ANA, 17)).attempt;
    const ben = (await attempt(file, 'Ben', BEN, 25)).attempt;
    return { file, attempts: [ana, ben] };
  }

  it('scores two trainees exactly as worked by hand', async () => {
    const { attempts } = await session();
    const scores = await trainer.handlers['training.score']({ keyArticleId, attempts });
    expect(rounded(scores.trainees)).toMatchObject(
      rounded([
        { name: 'Ana', ...EXPECTED.ana, secondsTaken: 17 * 60 },
        { name: 'Ben', ...EXPECTED.ben, secondsTaken: 25 * 60 },
      ]),
    );
    expect(scores.claims.map((claim) => [claim.exact, claim.detectionRate])).toEqual(
      EXPECTED.detection.map((claim) => [claim.quote, claim.rate]),
    );
    expect(scores.alpha).toEqual(EXPECTED.alpha);
  });

  it('refuses attempts it cannot score fairly, naming each problem', async () => {
    const { attempts } = await session();
    const [ana, ben] = attempts as [AttemptFile, AttemptFile];
    const twice = await failure(
      trainer.handlers['training.score']({
        keyArticleId,
        attempts: [ana, { ...ben, trainee: 'Ana' }],
      }),
    );
    expect(twice).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'attempts.1.trainee', message: expect.stringContaining('more than one') }],
    });
    const tampered = await failure(
      trainer.handlers['training.score']({
        keyArticleId,
        attempts: [{ ...ana, claims: [{ ...ana.claims[0]!, exact: 'saved millions of lives' }] }],
      }),
    );
    expect(tampered.issues).toEqual([
      { path: 'attempts.0.claims.0.exact', message: 'does not match the text at its offsets' },
    ]);
    const other = await trainer.handlers['articles.create']({ text: 'Another article.' });
    await trainer.handlers['claims.create']({ articleId: other.id, start: 0, end: 7 });
    await trainer.handlers['training.makeKey']({ articleId: other.id });
    const wrongKey = await failure(
      trainer.handlers['training.score']({ keyArticleId: other.id, attempts: [ana] }),
    );
    expect(wrongKey.issues?.map((issue) => issue.path)).toEqual([
      'attempts.0.exerciseId',
      'attempts.0.textSha256',
    ]);
  });

  it('reveals the key with detection rates, verdict spreads and anonymised score cards', async () => {
    const { attempts } = await session();
    const debrief = await trainer.handlers['training.reveal']({
      keyArticleId,
      attempts,
      anonymise: true,
    });
    expect(debrief.trainees.map((t) => t.name)).toEqual(['Trainee A', 'Trainee B']);
    expect(JSON.stringify(debrief)).not.toMatch(/"Ana"|"Ben"/);
    const k1 = debrief.claims[0];
    expect(k1).toMatchObject({
      number: 1,
      exact: 'saved thousands of lives',
      rating: { key: 'unproven', label: 'Unproven' },
      reasoning: SECRET_REASONING,
      detectionRate: 1,
      foundBy: 2,
      agreement: 0.5,
    });
    expect(k1?.spread.filter((entry) => entry.count > 0)).toEqual([
      { rating: { key: 'false', label: 'False', colour: '#c62828' }, count: 1 },
      { rating: { key: 'unproven', label: 'Unproven', colour: '#5e5ba8' }, count: 1 },
    ]);
    expect(debrief.hardestFirst).toEqual([2, 4, 1, 3]);
  });

  it('exports a safe, self-contained HTML debrief and a quoted CSV', async () => {
    const { attempts } = await session();
    const hostile = attempts.map((a, i) =>
      i === 0 ? { ...a, trainee: '<script>alert(1)</script>, "Ana"' } : a,
    );
    const html = await trainer.handlers['training.debrief']({
      keyArticleId,
      attempts: hostile,
      format: 'html',
    });
    expect(html).toMatchObject({ mime: 'text/html', encoding: 'utf8' });
    expect(html.fileName).toBe(
      'debrief-harbour-council-defends-strike-campaign-as-critics-question.html',
    );
    expect(html.content).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html.content).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;, &quot;Ana&quot;');
    expect(html.content).toContain(SECRET_REASONING);

    const csv = await trainer.handlers['training.debrief']({
      keyArticleId,
      attempts: hostile,
      format: 'csv',
    });
    const lines = csv.content.split('\r\n');
    expect(lines[0]?.startsWith('\ufeffTrainee,Strict precision,')).toBe(true);
    expect(
      lines[1]?.startsWith('"<script>alert(1)</script>, ""Ana""",0.5000,0.5000,0.5000,0.7500'),
    ).toBe(true);
    expect(
      lines[2]?.startsWith('Ben,0.6667,0.5000,0.5714,1.0000,0.7500,0.8571,2,1,1,0,0.6667'),
    ).toBe(true);
    expect(csv.content).toContain('\r\n1,saved thousands of lives,Unproven,1.0000,2,0.5000,');
    expect(csv.content).toContain('\r\nKrippendorff alpha (ordinal),0.0000,\r\n');
  });

  it('says how to get Chromium when a PDF is asked for without it', async () => {
    const { attempts } = await session();
    const path = process.env.PATH;
    const chromiumPath = process.env.CHROMIUM_PATH;
    try {
      process.env.PATH = '';
      delete process.env.CHROMIUM_PATH;
      expect(
        await failure(
          trainer.handlers['training.debrief']({ keyArticleId, attempts, format: 'pdf' }),
        ),
      ).toMatchObject({ code: 'unsupported', message: expect.stringContaining('CHROMIUM_PATH') });
    } finally {
      process.env.PATH = path;
      if (chromiumPath !== undefined) process.env.CHROMIUM_PATH = chromiumPath;
    }
  });

  it.skipIf(findChromium() === null)('prints the debrief to a PDF through Chromium', async () => {
    const { attempts } = await session();
    const pdf = await trainer.handlers['training.debrief']({
      keyArticleId,
      attempts,
      format: 'pdf',
    });
    expect(pdf).toMatchObject({ mime: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
