import type { Locator, Page } from '@playwright/test';

/** The "Load new version" panel and the "Needs review" queue in the claims pane. */
export class ReviewPage {
  readonly page: Page;
  readonly queue: Locator;

  constructor(page: Page) {
    this.page = page;
    this.queue = page.getByRole('region', { name: 'Needs review' });
  }

  async loadNewVersion(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New version…' }).click();
    await this.page.getByLabel('New text').fill(text);
    await this.page.getByRole('button', { name: 'Load and re-anchor claims' }).click();
  }

  result(): Locator {
    return this.page.locator('.reanchor-result');
  }

  entry(number: number): Locator {
    return this.queue.getByRole('listitem', { name: `Claim ${number} needs review` });
  }
}
