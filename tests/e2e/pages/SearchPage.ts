import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The Ctrl+K search panel, with its filters and the fact-check import panel it leads to. */
export class SearchPage {
  readonly page: Page;
  readonly panel: Locator;
  readonly query: Locator;
  readonly results: Locator;
  /** "Nothing found", or at least one result: what every finished search shows. */
  readonly outcome: Locator;
  readonly importPanel: Locator;
  readonly importResult: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Search everything' });
    this.query = this.panel.getByRole('combobox', {
      name: 'Search claims, articles, sources and fact checks',
    });
    this.results = this.panel.getByRole('listbox', { name: 'Results' });
    this.outcome = this.results
      .getByRole('option')
      .or(this.panel.getByRole('status').filter({ hasText: 'Nothing found' }))
      .first();
    this.importPanel = page.getByRole('region', { name: 'Import fact checks' });
    this.importResult = this.importPanel.getByRole('status');
  }

  /** Opens the panel with Ctrl+K, wherever the focus is. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.query).toBeFocused();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.panel).toBeHidden();
  }

  group(title: 'Claims' | 'Articles' | 'Sources' | 'Fact checks'): Locator {
    return this.results.getByRole('group', { name: title });
  }

  filter(label: 'Verdict' | 'Status' | 'Outlet' | 'From' | 'To'): Locator {
    return this.panel.getByRole('group', { name: 'Filters' }).getByLabel(label);
  }

  /** Goes from the search panel to the import panel and imports a feed file. */
  async importFactChecks(file: string): Promise<void> {
    await this.panel.getByRole('button', { name: 'Import fact checks…' }).click();
    await this.importPanel.getByLabel('Feed file').setInputFiles(file);
  }
}
