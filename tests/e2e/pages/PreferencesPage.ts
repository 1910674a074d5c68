import type { Locator, Page } from '@playwright/test';

export interface RatingInput {
  label: string;
  key?: string;
  colour?: string;
  value?: string;
  shortcut?: string;
}

/** The Preferences panel and its rating scale editor. */
export class PreferencesPage {
  readonly page: Page;
  readonly panel: Locator;
  readonly checkerName: Locator;
  readonly organisation: Locator;
  readonly organisationUrl: Locator;
  readonly methodologyUrl: Locator;
  readonly correctionsUrl: Locator;
  readonly logo: Locator;
  readonly defaultScale: Locator;
  readonly scaleEditor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Preferences' });
    this.checkerName = this.panel.getByLabel('Checker name');
    this.organisation = this.panel.getByLabel('Organisation', { exact: true });
    this.organisationUrl = this.panel.getByLabel('Organisation URL');
    this.methodologyUrl = this.panel.getByLabel('Methodology page');
    this.correctionsUrl = this.panel.getByLabel('Corrections policy page');
    this.logo = this.panel.getByLabel('Logo');
    this.defaultScale = this.panel.getByLabel('Default rating scale');
    this.scaleEditor = this.panel.getByRole('form', { name: 'New rating scale' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: 'Preferences' })
      .click();
  }

  theme(name: 'Light' | 'Dark'): Locator {
    return this.panel.getByRole('radio', { name });
  }

  async startNewScale(name: string, kind?: string): Promise<void> {
    await this.panel.getByRole('button', { name: '+ New scale' }).click();
    await this.scaleEditor.getByLabel('Scale name').fill(name);
    if (kind) await this.scaleEditor.getByLabel('Kind').selectOption({ label: kind });
  }

  /** Fills rating rows from the top, adding rows as needed. */
  async fillRatings(ratings: RatingInput[]): Promise<void> {
    for (const [index, rating] of ratings.entries()) {
      const n = index + 1;
      const label = this.scaleEditor.getByLabel(`Rating ${n} label`);
      if ((await label.count()) === 0)
        await this.scaleEditor.getByRole('button', { name: '+ Add rating' }).click();
      await label.fill(rating.label);
      if (rating.key !== undefined)
        await this.scaleEditor.getByLabel(`Rating ${n} key`).fill(rating.key);
      if (rating.colour)
        await this.scaleEditor.getByLabel(`Rating ${n} colour`).fill(rating.colour);
      if (rating.value !== undefined)
        await this.scaleEditor.getByLabel(`Rating ${n} value`).fill(rating.value);
      if (rating.shortcut)
        await this.scaleEditor.getByLabel(`Rating ${n} shortcut letter`).fill(rating.shortcut);
    }
  }

  async saveScale(): Promise<void> {
    await this.scaleEditor.getByRole('button', { name: 'Save scale' }).click();
  }

  scaleRow(name: string): Locator {
    return this.panel
      .getByRole('list', { name: 'Rating scales' })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  /** The Backups section: "Back up now" and one row per backup, newest first. */
  backupsSection(): Locator {
    return this.panel.getByRole('region', { name: 'Backups', exact: true });
  }

  backUpNowButton(): Locator {
    return this.backupsSection().getByRole('button', { name: 'Back up now' });
  }

  backupRows(): Locator {
    return this.backupsSection().getByRole('list', { name: 'Backups' }).getByRole('listitem');
  }

  /** The row whose file name is `name` (factdesk-YYYYMMDD-HHMMSS.sqlite). */
  backupRow(name: string): Locator {
    return this.backupRows().filter({ hasText: name });
  }

  /** Asks to restore the backup in `row`, then confirms the inline question. */
  async restoreBackup(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Restore the backup from / }).click();
    const confirm = row.getByRole('group', { name: /^Restore the backup from .+\?$/ });
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  }
}
