import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ArticleMetaInput {
  title?: string;
  outlet?: string;
  author?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
}

const metaLabels: Record<keyof ArticleMetaInput, string> = {
  title: 'Title',
  outlet: 'Outlet',
  author: 'Author',
  url: 'URL',
  publishedAt: 'Published',
  language: 'Language',
};

/** The library pane and the New article panel. */
export class LibraryPage {
  readonly page: Page;
  readonly pane: Locator;
  readonly search: Locator;
  readonly newButton: Locator;
  readonly openButton: Locator;
  readonly newPanel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.pane = page.getByRole('navigation', { name: 'Library' });
    this.search = this.pane.getByRole('searchbox', { name: 'Search articles by title' });
    this.newButton = this.pane.getByRole('button', { name: '+ New' });
    this.openButton = this.pane.getByRole('button', { name: 'Open…' });
    this.newPanel = page.getByRole('region', { name: 'New article' });
  }

  /** The listed articles, in library order. */
  items(): Locator {
    return this.pane.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  }

  item(title: string): Locator {
    return this.items().filter({ hasText: title });
  }

  openButtonFor(title: string): Locator {
    return this.item(title).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  async createArticle(text: string, meta: ArticleMetaInput): Promise<void> {
    await this.newButton.click();
    await this.newPanel.getByLabel('Article text').fill(text);
    await this.fillMeta(meta);
    await this.newPanel.getByRole('button', { name: 'Create article' }).click();
    await expect(this.newPanel).toBeHidden();
  }

  async fillMeta(meta: ArticleMetaInput, scope: Locator = this.newPanel): Promise<void> {
    for (const [name, value] of Object.entries(meta) as [keyof ArticleMetaInput, string][]) {
      await scope
        .getByRole('group', { name: 'Details' })
        .getByLabel(metaLabels[name], { exact: true })
        .fill(value);
    }
  }

  async deleteArticle(title: string): Promise<void> {
    await this.item(title)
      .getByRole('button', { name: `Delete “${title}”` })
      .click();
    await this.item(title).getByRole('button', { name: 'Delete', exact: true }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
