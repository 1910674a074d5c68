import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** A file handed over as a download: its suggested name and its parsed JSON. */
export interface DownloadedJson<T> {
  fileName: string;
  buffer: Buffer;
  json: T;
}

async function readDownload<T>(download: Download): Promise<DownloadedJson<T>> {
  const path = await download.path();
  const buffer = await readFile(path);
  return {
    fileName: download.suggestedFilename(),
    buffer,
    json: JSON.parse(buffer.toString('utf8')) as T,
  };
}

/**
 * Training mode on both sides of a session: the trainer's Training panel (key, exercise file,
 * attempt files, reveal and debrief) and the trainee's "Open exercise…" form and exercise banner.
 */
export class TrainingPage {
  readonly page: Page;
  // Trainer
  readonly openButton: Locator;
  readonly panel: Locator;
  readonly keySection: Locator;
  readonly makeKeyButton: Locator;
  readonly instructions: Locator;
  readonly timeLimit: Locator;
  readonly exportExerciseButton: Locator;
  readonly attemptFilesInput: Locator;
  readonly attemptFiles: Locator;
  readonly revealButton: Locator;
  readonly debrief: Locator;
  readonly projectorToggle: Locator;
  readonly scoreCards: Locator;
  readonly claimCards: Locator;
  readonly debriefText: Locator;
  // Trainee
  readonly openExerciseButton: Locator;
  readonly exercisePanel: Locator;
  readonly exerciseFileInput: Locator;
  readonly traineeName: Locator;
  readonly startButton: Locator;
  readonly banner: Locator;
  readonly bannerClock: Locator;
  readonly submitButton: Locator;
  readonly bannerMessage: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByRole('button', { name: 'Training…' });
    this.panel = page.getByRole('region', { name: 'Training', exact: true });
    this.keySection = this.panel.getByRole('region', { name: 'Answer key' });
    this.makeKeyButton = this.panel.getByRole('button', { name: 'Make the answer key' });
    this.instructions = this.panel.getByLabel('Instructions for trainees');
    this.timeLimit = this.panel.getByLabel('Time limit in minutes (optional)');
    this.exportExerciseButton = this.panel.getByRole('button', {
      name: 'Export the exercise file',
    });
    this.attemptFilesInput = this.panel.getByTestId('attempt-files-input');
    this.attemptFiles = this.panel.locator('.attempt-files > li');
    this.revealButton = this.panel.getByRole('button', { name: 'Reveal the key and score' });
    this.debrief = this.panel.getByTestId('debrief');
    this.projectorToggle = this.debrief.getByRole('checkbox', { name: /^Projector mode/ });
    this.scoreCards = this.debrief.getByTestId('score-card');
    this.claimCards = this.debrief.getByTestId('debrief-claim');
    this.debriefText = this.debrief.locator('.debrief-text');

    this.openExerciseButton = page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: 'Open exercise…' });
    this.exercisePanel = page.getByRole('region', { name: 'Open an exercise' });
    this.exerciseFileInput = this.exercisePanel.getByTestId('exercise-file-input');
    this.traineeName = this.exercisePanel.getByLabel('Your name');
    this.startButton = this.exercisePanel.getByRole('button', { name: 'Start the exercise' });
    this.banner = page.getByRole('region', { name: 'Exercise mode' });
    this.bannerClock = this.banner.getByRole('timer');
    this.submitButton = this.banner.getByRole('button', { name: /^Submit (attempt|again)$/ });
    this.bannerMessage = this.banner.getByRole('status');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.panel).toBeVisible();
  }

  /** The reasoning field of the n-th key claim (0-based, key order). */
  reasoning(index: number): Locator {
    return this.panel
      .locator('.key-claims > li')
      .nth(index)
      .getByLabel('Reasoning for the debrief');
  }

  async writeReasoning(index: number, text: string): Promise<void> {
    await this.reasoning(index).fill(text);
    await this.reasoning(index).blur();
  }

  /** Exports the exercise file and returns what the browser downloaded. */
  async exportExercise<T>(instructions: string, minutes?: number): Promise<DownloadedJson<T>> {
    await this.instructions.fill(instructions);
    if (minutes !== undefined) await this.timeLimit.fill(String(minutes));
    const download = this.page.waitForEvent('download');
    await this.exportExerciseButton.click();
    return readDownload<T>(await download);
  }

  /** The trainee opens the trainer's file through "Open exercise…" and says who they are. */
  async startExercise(fileName: string, buffer: Buffer, trainee: string): Promise<void> {
    await this.openExerciseButton.click();
    await expect(this.exercisePanel).toBeVisible();
    await this.exerciseFileInput.setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer,
    });
    await this.traineeName.fill(trainee);
    await this.startButton.click();
    await expect(this.exercisePanel).toBeHidden();
    await expect(this.banner).toBeVisible();
  }

  /** Presses Submit in the exercise banner and returns the attempt file it downloads. */
  async submitAttempt<T>(): Promise<DownloadedJson<T>> {
    const download = this.page.waitForEvent('download');
    await this.submitButton.click();
    return readDownload<T>(await download);
  }

  async addAttemptFiles(files: { name: string; buffer: Buffer }[]): Promise<void> {
    await this.attemptFilesInput.setInputFiles(
      files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: file.buffer })),
    );
    await expect(this.attemptFiles).toHaveCount(files.length);
  }

  async reveal(): Promise<void> {
    await this.revealButton.click();
    await expect(this.debrief).toBeVisible();
  }

  scoreCard(name: string): Locator {
    return this.scoreCards.filter({
      has: this.page.getByRole('heading', { level: 4, name, exact: true }),
    });
  }

  /** The names on the score cards, in order. */
  async cardNames(): Promise<string[]> {
    return this.scoreCards.getByRole('heading', { level: 4 }).allInnerTexts();
  }

  /** A score card as read from the screen: its headline and each term with its value. */
  async readScoreCard(card: Locator): Promise<{ headline: string; rows: Record<string, string> }> {
    const headline = (await card.locator('.score-card-big strong').innerText()).trim();
    const rows: Record<string, string> = {};
    for (const row of await card.locator('dl > div').all()) {
      const term = (await row.locator('dt').innerText()).trim();
      rows[term] = (await row.locator('dd').innerText()).trim();
    }
    return { headline, rows };
  }

  /** A key claim's card in the debrief, found by its quote. */
  claimCard(exact: string): Locator {
    return this.claimCards.filter({
      has: this.page.locator('blockquote', { hasText: exact }),
    });
  }
}
