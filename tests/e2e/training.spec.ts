import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import type { HostProcess } from './fixtures';
import { api, expect, saveScreenshot, startHostProcess, test } from './fixtures';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';
import { LibraryPage } from './pages/LibraryPage';
import { SourcesPage } from './pages/SourcesPage';
import { TrainingPage } from './pages/TrainingPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

type AttemptFile = MethodOutput<'training.submit'>;
type ExerciseFile = MethodOutput<'training.exportExercise'>;

/** The fixtures' API helper, typed by the contract. */
function call<M extends MethodName>(
  host: HostProcess,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return api<MethodOutput<M>>(host, method, input);
}

const title = 'Harbour council defends strike campaign';
const text = [
  'Harbour council defends strike campaign',
  '',
  'Opposition lawmakers accused the governor, without evidence, of ordering the strikes.',
  '',
  'The navy has carried out more than 30 strikes, in a campaign that has killed at least 110 people.',
  '',
  'Officials said smuggling had fallen by 40 percent.',
].join('\n');

/** The key: quote, rating, cited sources with tiers (null = the default, tier 2). */
const key = [
  {
    exact: 'without evidence',
    rating: 'unproven',
    sources: [] as { url: string; title: string; tier: number | null }[],
  },
  {
    exact: 'more than 30 strikes',
    rating: 'true',
    sources: [{ url: 'https://navy.example.mil/operations', title: 'Navy log', tier: 1 }],
  },
  {
    exact: 'at least 110 people',
    rating: 'mostly-true',
    sources: [
      {
        url: 'https://www.southcom.mil/News/strikes-statement',
        title: 'SOUTHCOM statement',
        tier: 3,
      },
      { url: 'https://blog.example.com/110-dead', title: 'Anonymous blog', tier: 0 },
    ],
  },
  {
    exact: 'smuggling had fallen by 40 percent',
    rating: 'false',
    sources: [
      { url: 'https://monitor.example.org/report', title: 'Customs monitor report', tier: null },
    ],
  },
];

const alice = 'Alice Moreau';
const bob = 'Bob Lindqvist';

function span(quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

async function prepareKeyArticle(host: HostProcess): Promise<number> {
  const article = await call(host, 'articles.create', {
    text,
    meta: { title, outlet: 'Harbour Gazette', publishedAt: '2025-10-20', language: 'en' },
  });
  for (const entry of key) {
    const claim = await call(host, 'claims.create', {
      articleId: article.id,
      ...span(entry.exact),
    });
    await call(host, 'verdicts.set', {
      claimId: claim.id,
      ratingKey: entry.rating,
      conclusion: 'The trainer’s answer.',
    });
    for (const source of entry.sources) {
      const created = await call(host, 'sources.create', {
        fields: { url: source.url, title: source.title },
      });
      await call(host, 'sources.attach', {
        claimId: claim.id,
        sourceId: created.id,
        ...(source.tier !== null && { link: { tier: source.tier } }),
      });
    }
  }
  return article.id;
}

/** A page on another machine's host, failing the test on its console errors too. */
async function openSecondMachine(
  page: Page,
  consoleErrors: string[],
): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser behind the page');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await context.newPage();
  other.on('console', (message) => {
    const expectedRefusal =
      /^Failed to load resource: the server responded with a status of (400|409)/;
    if (message.type() === 'error' && !expectedRefusal.test(message.text())) {
      consoleErrors.push(`[trainee] ${message.text()}`);
    }
  });
  other.on('pageerror', (error) => consoleErrors.push(`[trainee] ${error.message}`));
  return { page: other, close: () => context.close() };
}

const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const decimal = (value: number | null) => (value === null ? '—' : value.toFixed(2));

test.describe('training mode', () => {
  // Two hosts, two browser contexts and a Monaco session on a busy two-core machine.
  test.describe.configure({ timeout: 240_000 });
  let traineeDir = '';
  let traineeHost: HostProcess | null = null;
  test.beforeEach(() => {
    traineeDir = mkdtempSync(join(tmpdir(), 'factdesk-trainee-'));
  });
  test.afterEach(async () => {
    const running = traineeHost;
    traineeHost = null;
    if (running && running.process.exitCode === null) {
      const exited = new Promise((done) => running.process.once('exit', done));
      running.process.kill('SIGTERM');
      await exited;
    }
    rmSync(traineeDir, { recursive: true, force: true });
  });

  test('key, exercise, an attempt in the UI and one through the API, score and debrief', async ({
    page,
    host,
    consoleErrors,
  }) => {
    // ── Trainer: the key article, its key and the exercise file, through the Training panel.
    const keyArticleId = await prepareKeyArticle(host);
    const workbench = new WorkbenchPage(page);
    const library = new LibraryPage(page);
    const trainer = new TrainingPage(page);
    await workbench.open(await host.signInUrl());
    await library.openButtonFor(title).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await trainer.open();
    await trainer.makeKeyButton.click();
    await expect(trainer.keySection).toContainText('4 claims on the scale “Standard”');
    await expect(trainer.keySection.getByText(/^locked /)).toBeVisible();
    await trainer.writeReasoning(
      2,
      'The ministry’s own statement counts 112 deaths; “at least 110” holds, the exact toll does not.',
    );
    await expect
      .poll(async () => (await call(host, 'training.getKey', { articleId: keyArticleId })).claims)
      .toContainEqual(
        expect.objectContaining({ reasoning: expect.stringMatching(/^The ministry/) }),
      );
    const exercise = await trainer.exportExercise<ExerciseFile>(
      'Find the checkable claims, give each a verdict and cite your best source.',
      20,
    );
    expect(exercise.fileName).toBe('exercise-harbour-council-defends-strike-campaign.json');
    expect(exercise.json).toMatchObject({
      format: 'factdesk-exercise',
      article: { title, text },
      timeLimitMinutes: 20,
      scale: { id: 'standard' },
    });
    // Nothing of the key travels with the exercise.
    const exerciseText = exercise.buffer.toString('utf8');
    for (const leak of ['southcom', 'monitor.example', 'blog.example', '112 deaths', 'answer']) {
      expect(exerciseText).not.toContain(leak);
    }

    // ── Trainee, on another machine: opens the file, marks claims, gives verdicts, cites.
    traineeHost = await startHostProcess(traineeDir);
    const trainee = await openSecondMachine(page, consoleErrors);
    const traineePage = trainee.page;
    const traineeBench = new WorkbenchPage(traineePage);
    const inspector = new ClaimInspectorPage(traineePage);
    const sources = new SourcesPage(traineePage);
    const exerciseMode = new TrainingPage(traineePage);
    await traineeBench.open(await traineeHost.signInUrl());
    await exerciseMode.startExercise(exercise.fileName, exercise.buffer, alice);
    await expect(traineePage.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(exerciseMode.banner).toContainText('Exercise');
    await expect(exerciseMode.banner).toContainText(`Trainee ${alice}`);
    await expect(exerciseMode.bannerClock).toHaveText(/of 20 min left$/);
    await expect(exerciseMode.banner.getByText(/^Find the checkable claims/)).toBeVisible();
    await expect(exerciseMode.submitButton).toHaveText('Submit attempt');

    await traineeBench.selectInEditor('at least 110 people');
    await traineePage.keyboard.press('Control+Shift+M');
    await expect(inspector.quote).toHaveText('at least 110 people');
    await inspector.pickRating('Mostly true');
    await sources.addSource({
      url: 'https://southcom.mil/News/strikes-statement/?utm_source=newsletter',
      title: 'Southern Command statement',
    });

    await traineeBench.selectInEditor('smuggling had fallen by 40 percent.');
    await traineePage.keyboard.press('Control+Shift+M');
    await expect(inspector.quote).toHaveText('smuggling had fallen by 40 percent.');
    await inspector.pickRating('Half true');

    await traineeBench.selectInEditor('Officials said');
    await traineePage.keyboard.press('Control+Shift+M');
    await expect(traineeBench.claimItems()).toHaveCount(3);
    await saveScreenshot(traineePage, 'training-exercise-banner');

    const attemptArticleId = (await call(traineeHost, 'articles.list', {})).find(
      (a) => a.title === title,
    )?.id;
    if (attemptArticleId === undefined) throw new Error('the attempt article was not created');
    await expect
      .poll(async () =>
        (await call(traineeHost!, 'claims.list', { articleId: attemptArticleId })).map((c) => [
          c.exact,
          c.verdict?.ratingKey ?? null,
          c.sources.length,
        ]),
      )
      .toEqual([
        ['at least 110 people', 'mostly-true', 1],
        ['Officials said', null, 0],
        ['smuggling had fallen by 40 percent.', 'half-true', 0],
      ]);
    const aliceFile = await exerciseMode.submitAttempt<AttemptFile>();
    expect(aliceFile.fileName).toMatch(/^attempt-alice-moreau-\d{4}-\d{2}-\d{2}\.json$/);
    expect(aliceFile.json).toMatchObject({
      format: 'factdesk-attempt',
      trainee: alice,
      exerciseId: exercise.json.exerciseId,
      timeLimitMinutes: 20,
    });
    expect(aliceFile.json.claims).toHaveLength(3);
    await expect(exerciseMode.bannerMessage).toContainText(
      `Submitted 3 claims. Give ${aliceFile.fileName}`,
    );
    await expect(exerciseMode.submitButton).toHaveText('Submit again');

    // ── A second trainee, the way the CLI does it, on the same machine.
    const started = await call(traineeHost, 'training.start', {
      exercise: exercise.json,
      trainee: bob,
    });
    const mark = async (quote: string, rating: string, cite?: string) => {
      const claim = await call(traineeHost!, 'claims.create', {
        articleId: started.articleId,
        ...span(quote),
      });
      await call(traineeHost!, 'verdicts.set', {
        claimId: claim.id,
        ratingKey: rating,
        conclusion: '',
      });
      if (cite) {
        const source = await call(traineeHost!, 'sources.create', { fields: { url: cite } });
        await call(traineeHost!, 'sources.attach', { claimId: claim.id, sourceId: source.id });
      }
    };
    await mark('more than 30 strikes', 'true');
    await mark('killed at least 110', 'true', 'blog.example.com/110-dead#comments');
    await mark('fallen by 40 percent', 'false', 'http://monitor.example.org/report?fbclid=abc');
    const bobFile = await call(traineeHost, 'training.submit', { articleId: started.articleId });
    const bobBuffer = Buffer.from(`${JSON.stringify(bobFile, null, 2)}\n`);

    await trainee.close();
    const stopping = traineeHost;
    traineeHost = null;
    const exited = new Promise((done) => stopping.process.once('exit', done));
    stopping.process.kill('SIGTERM');
    await exited;

    // ── Trainer: the attempt files arrive by USB stick; reveal and debrief.
    const attempts = [aliceFile.json, bobFile];
    const scores = await call(host, 'training.score', { keyArticleId, attempts });
    const scoreOf = (name: string) => {
      const found = scores.trainees.find((t) => t.name === name);
      if (!found) throw new Error(`no score for ${name}`);
      return found;
    };
    // Worked by hand: Alice marked two key claims exactly (the full stop is trimmed) and one
    // extra; Bob one exactly and two in part (token Jaccard 3/5 and 4/6).
    expect(scoreOf(alice)).toMatchObject({
      correct: 2,
      partial: 0,
      missed: 2,
      spurious: 1,
      verdictAccuracy: 0.5,
      offByOneRate: 0.5,
      sourceCoverage: 0.5,
      disallowedCited: 0,
    });
    expect(scoreOf(alice).strict.f1).toBeCloseTo(4 / 7, 10);
    expect(scoreOf(alice).lenient.f1).toBeCloseTo(4 / 7, 10);
    expect(scoreOf(bob)).toMatchObject({
      correct: 1,
      partial: 2,
      missed: 1,
      spurious: 0,
      offByOneRate: 1,
      disallowedCited: 1,
    });
    expect(scoreOf(bob).verdictAccuracy).toBeCloseTo(2 / 3, 10);
    expect(scoreOf(bob).sourceCoverage).toBeCloseTo(1 / 3, 10);
    expect(scoreOf(bob).strict.f1).toBeCloseTo(2 / 7, 10);
    expect(scoreOf(bob).lenient.f1).toBeCloseTo(6 / 7, 10);
    expect(
      Object.fromEntries(scores.claims.map((claim) => [claim.exact, claim.detectionRate])),
    ).toEqual({
      'without evidence': 0,
      'more than 30 strikes': 0.5,
      'at least 110 people': 1,
      'smuggling had fallen by 40 percent': 1,
    });

    await trainer.addAttemptFiles([
      { name: aliceFile.fileName, buffer: aliceFile.buffer },
      { name: 'attempt-bob-lindqvist.json', buffer: bobBuffer },
    ]);
    await trainer.reveal();
    await expect(trainer.scoreCards).toHaveCount(2);
    expect(await trainer.cardNames()).toEqual([alice, bob]);

    for (const name of [alice, bob]) {
      const expected = scoreOf(name);
      const card = await trainer.readScoreCard(trainer.scoreCard(name));
      expect(card.headline).toBe(`${expected.correct + expected.partial} of ${key.length}`);
      expect(card.rows).toMatchObject({
        'Exact boundaries': `${expected.correct} of ${expected.correct + expected.partial}`,
        'Extra marks (not in key)': String(expected.spurious),
        'F1 strict · lenient': `${decimal(expected.strict.f1)} · ${decimal(expected.lenient.f1)}`,
        'Verdicts matching key': share(expected.verdictAccuracy),
        'Within one step': share(expected.offByOneRate),
        'κ with the key': 'too few claims',
        'Accepted source cited': share(expected.sourceCoverage),
        'Disallowed sources cited': String(expected.disallowedCited),
      });
    }
    expect((await trainer.readScoreCard(trainer.scoreCard(alice))).rows).toMatchObject({
      'F1 strict · lenient': '0.57 · 0.57',
      'Verdicts matching key': '50%',
    });
    expect((await trainer.readScoreCard(trainer.scoreCard(bob))).rows).toMatchObject({
      'F1 strict · lenient': '0.29 · 0.86',
      'Verdicts matching key': '67%',
      'Disallowed sources cited': '1',
    });

    await expect(trainer.claimCards).toHaveCount(key.length);
    for (const claim of scores.claims) {
      const card = trainer.claimCard(claim.exact);
      await expect(card.getByLabel(`Detection rate ${share(claim.detectionRate)}`)).toBeAttached();
      await expect(card).toContainText(
        `Found by ${Math.round((claim.detectionRate ?? 0) * 2)} of 2 · ${share(claim.detectionRate)}`,
      );
    }
    // Hardest first: nobody found "without evidence", half the class found the strikes.
    await expect(trainer.claimCards.locator('blockquote')).toHaveText([
      'without evidence',
      'more than 30 strikes',
      'at least 110 people',
      'smuggling had fallen by 40 percent',
    ]);
    await expect(trainer.claimCard('at least 110 people')).toContainText('112 deaths');
    await expect(trainer.claimCard('at least 110 people')).toContainText(
      'Tier 3 · primary or official',
    );
    await expect(trainer.debriefText.locator('.debrief-ref')).toHaveText([
      /· 0%$/,
      /· 50%$/,
      /· 100%$/,
      /· 100%$/,
    ]);
    await expect(trainer.debrief).toContainText(alice);
    await trainer.debrief.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'training-debrief');

    // Projector mode: anonymised and over the whole window, so the names are gone from the
    // page (the attempt files' names carry them too).
    await trainer.projectorToggle.check();
    await expect(trainer.debrief).toHaveClass(/projector/);
    await expect.poll(() => trainer.cardNames()).toEqual(['Trainee A', 'Trainee B']);
    await expect(trainer.attemptFiles).toHaveCount(0);
    await expect(trainer.panel).toContainText('2 attempt files loaded.');
    for (const hidden of [/alice/i, /moreau/i, /bob/i, /lindqvist/i]) {
      await expect(page.locator('body')).not.toContainText(hidden);
    }
    expect(await trainer.debrief.boundingBox()).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    const anonymisedCards = await Promise.all(
      ['Trainee A', 'Trainee B'].map((name) => trainer.readScoreCard(trainer.scoreCard(name))),
    );
    expect(anonymisedCards.map((card) => card.headline).sort()).toEqual(['2 of 4', '3 of 4']);
    await saveScreenshot(page, 'training-debrief-projector');

    // Esc leaves the projector view but keeps the Training panel open.
    await page.keyboard.press('Escape');
    await expect(trainer.projectorToggle).not.toBeChecked();
    await expect(trainer.panel).toBeVisible();
    await expect.poll(() => trainer.cardNames()).toEqual([alice, bob]);
    await expect(trainer.attemptFiles).toHaveCount(2);
  });
});
