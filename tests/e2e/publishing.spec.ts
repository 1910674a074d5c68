import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Article, Claim, Preferences, Source } from '../../src-main/core/model';
import { ConsumerClaimReview } from '../helpers/claimReviewConsumer';
import { api, artefactsDir, expect, saveScreenshot, test } from './fixtures';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';
import { PreferencesPage } from './pages/PreferencesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test.describe.configure({ timeout: 120_000 });

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('a checker sets the newsroom profile, the ClaimReview fields and the fact-check page, and exports a publish-ready bundle', async ({
  page,
  host,
}) => {
  const text =
    'The mayor said crime fell by 30 percent in 2023. Police figures show a fall of 5 percent.';
  const article = await api<Article>(host, 'articles.create', {
    text,
    meta: { title: 'Mayor speech', publishedAt: '2024-02-10' },
  });
  const quote = 'crime fell by 30 percent';
  const claim = await api<Claim>(host, 'claims.create', {
    articleId: article.id,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
    claimant: 'The mayor',
  });
  await api(host, 'verdicts.set', {
    claimId: claim.id,
    ratingKey: 'false',
    conclusion: 'Police figures show a fall of 5 percent.',
  });
  const source = await api<Source>(host, 'sources.create', {
    fields: { url: 'https://police.example/figures', title: 'Police figures' },
  });
  await api(host, 'sources.archive', {
    sourceId: source.id,
    fileName: 'figures.csv',
    dataBase64: Buffer.from('year,offences\n2022,1000\n2023,950\n').toString('base64'),
  });
  await api(host, 'sources.attach', {
    claimId: claim.id,
    sourceId: source.id,
    link: { stance: 'contradicts' },
  });

  const workbench = new WorkbenchPage(page);
  await workbench.open(host.url);

  // First run: the profile is asked for inline.
  const prompt = page.getByRole('form', { name: 'Newsroom profile' });
  await expect(prompt).toBeVisible();
  await saveScreenshot(page, 'profile-prompt');
  await prompt.getByLabel('Newsroom', { exact: true }).fill('Harbour Fact Check');
  await prompt.getByLabel('Newsroom web site').fill('https://harbour.example/');
  await prompt.getByLabel('Your name').fill('A. Ramos');
  await prompt.getByRole('button', { name: 'Save profile' }).click();
  await expect(prompt).toBeHidden();

  // The rest of the profile lives in Preferences; a logo that is not an image is refused.
  const preferences = new PreferencesPage(page);
  await preferences.open();
  await expect(preferences.organisation).toHaveValue('Harbour Fact Check');
  await expect(preferences.checkerName).toHaveValue('A. Ramos');
  await preferences.methodologyUrl.fill('https://harbour.example/methodology');
  await preferences.methodologyUrl.blur();
  await preferences.logo.setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg onload="alert(1)"/>'),
  });
  await expect(preferences.panel.getByRole('alert')).toContainText('not a PNG, JPEG, GIF or WebP');
  await preferences.logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(preferences.panel.getByText('logo.png is printed on reports.')).toBeVisible();
  await saveScreenshot(page, 'preferences-newsroom-profile');
  await workbench.waitUntilSaved();
  await page.getByRole('button', { name: 'Close Preferences' }).click();
  expect(await api<Preferences>(host, 'preferences.get')).toMatchObject({
    organisationName: 'Harbour Fact Check',
    organisationUrl: 'https://harbour.example/',
    methodologyUrl: 'https://harbour.example/methodology',
    checkerName: 'A. Ramos',
    profilePromptDone: true,
    logo: { originalName: 'logo.png', mime: 'image/png' },
  });

  // The claim: its claimant's kind, and the claim as reviewed (the sentence until written).
  await page.getByRole('button', { name: /^Mayor speech/ }).click();
  await workbench.claimItems().first().click();
  const inspector = new ClaimInspectorPage(page);
  await expect(inspector.reviewedAs).toHaveAttribute(
    'placeholder',
    'The mayor said crime fell by 30 percent in 2023.',
  );
  await inspector.claimantKind.selectOption({ label: 'Person' });
  await inspector.reviewedAs.fill('Crime in the city fell by 30 percent in 2023.');
  await inspector.reviewedAs.blur();
  await saveScreenshot(page, 'inspector-claimreview-fields');

  // The article: where and when the fact check is published; only web addresses are kept.
  await page
    .getByRole('toolbar', { name: 'Article actions' })
    .getByRole('button', { name: 'Details' })
    .click();
  const details = page.getByRole('region', { name: 'Article details' });
  const factCheckUrl = details.getByLabel('Fact check published at');
  await factCheckUrl.fill('javascript:alert(1)');
  await factCheckUrl.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('http');
  await factCheckUrl.fill('https://harbour.example/checks/crime');
  await factCheckUrl.blur();
  const factCheckDate = details.getByLabel('Fact check published on');
  await factCheckDate.fill('2024-02-11');
  await factCheckDate.blur();
  await workbench.waitUntilSaved();
  expect(await api<Claim>(host, 'claims.get', { id: claim.id })).toMatchObject({
    claimantKind: 'person',
    reviewedAs: 'Crime in the city fell by 30 percent in 2023.',
  });
  expect(await api<Article>(host, 'articles.get', { id: article.id })).toMatchObject({
    factCheckUrl: 'https://harbour.example/checks/crime',
    factCheckPublishedAt: '2024-02-11',
  });

  // Export: publish-ready (warnings only), as one bundle.
  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  await expect(check.getByText('Publish-ready', { exact: true })).toBeVisible();
  await expect(check).toContainText('Warning:');
  await page.getByRole('radio', { name: /^Report bundle/ }).check();
  await saveScreenshot(page, 'export-bundle');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mayor-speech.zip');
  const saved = join(artefactsDir, 'exported-bundle.zip');
  await file.saveAs(saved);
  await expect(page.getByRole('region', { name: 'Left out of ClaimReview' })).toContainText(
    'Every claim is published as a ClaimReview.',
  );

  const entries = unzipSync(readFileSync(saved));
  const [review] = JSON.parse(strFromU8(entries['claimreview.json'] ?? new Uint8Array()));
  expect(ConsumerClaimReview.parse(review)).toMatchObject({
    claimReviewed: 'Crime in the city fell by 30 percent in 2023.',
    url: 'https://harbour.example/checks/crime',
    datePublished: '2024-02-11',
    author: {
      name: 'Harbour Fact Check',
      url: 'https://harbour.example/',
      publishingPrinciples: 'https://harbour.example/methodology',
    },
    itemReviewed: { author: { '@type': 'Person', name: 'The mayor' } },
  });
  expect(Object.keys(entries)).toEqual(
    expect.arrayContaining(['MANIFEST.json', 'report.html', expect.stringMatching(/^archive\//)]),
  );
});

test('the first-run profile question can be skipped, and the export then says it is not publish-ready', async ({
  page,
  host,
}) => {
  const text = 'The port handled 2 million containers last year.';
  const article = await api<Article>(host, 'articles.create', {
    text,
    meta: { title: 'Port volumes' },
  });
  const claim = await api<Claim>(host, 'claims.create', {
    articleId: article.id,
    start: 0,
    end: text.length - 1,
  });
  await api(host, 'verdicts.set', { claimId: claim.id, ratingKey: 'true', conclusion: 'Yes.' });
  const workbench = new WorkbenchPage(page);
  await workbench.open(host.url);
  const prompt = page.getByRole('form', { name: 'Newsroom profile' });
  await prompt.getByRole('button', { name: 'Skip for now' }).click();
  await expect(prompt).toBeHidden();
  await page.reload();
  await expect(workbench.library).toBeVisible();
  await expect(prompt).toBeHidden();

  await page.getByRole('button', { name: /^Port volumes/ }).click();
  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  await expect(check.getByText('Not publish-ready', { exact: false })).toBeVisible();
  await expect(check).toContainText('No newsroom profile');
  await expect(check.locator('code', { hasText: /^url$/ })).toBeVisible();
  await saveScreenshot(page, 'export-not-publish-ready');
});
