import type { Locator, Page } from '@playwright/test';

/** The screen shown instead of the workbench when the database could not be opened. */
export class RecoveryPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly message: Locator;
  readonly keptAside: Locator;
  readonly restoreLatest: Locator;
  readonly startFresh: Locator;
  readonly confirmStartFresh: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Factdesk could not open your data' });
    this.message = page.getByTestId('recovery-message');
    this.keptAside = page.getByRole('region', { name: 'Files kept aside' }).getByRole('listitem');
    this.restoreLatest = page.getByRole('button', { name: /^Restore the latest backup/ });
    this.startFresh = page.getByRole('button', { name: 'Start fresh…' });
    this.confirmStartFresh = page.getByRole('button', { name: 'Start with an empty database' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading.waitFor();
  }
}
