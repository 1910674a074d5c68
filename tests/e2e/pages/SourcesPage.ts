import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface NewSource {
  url: string;
  title: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  kind?: string;
  stance?: string;
  excerpt?: string;
  note?: string;
  /** A local file to archive with the source. */
  file?: string;
}

/** The Sources section of the claim inspector: cited sources, "+ Add source" and the library. */
export class SourcesPage {
  readonly page: Page;
  readonly root: Locator;
  readonly addButton: Locator;
  readonly libraryButton: Locator;
  readonly form: Locator;
  readonly cited: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page
      .getByRole('region', { name: 'Claim inspector' })
      .getByRole('region', { name: /^Sources/ });
    this.addButton = this.root.getByRole('button', { name: '+ Add source' });
    this.libraryButton = this.root.getByRole('button', { name: 'Library' });
    this.form = this.root.getByRole('form', { name: 'Add a source' });
    this.cited = this.root.getByRole('list', { name: 'Cited sources' }).getByRole('listitem');
  }

  async addSource(source: NewSource): Promise<void> {
    await this.addButton.click();
    await expect(this.form.getByLabel('URL')).toBeFocused();
    await this.form.getByLabel('URL').fill(source.url);
    await this.form.getByLabel('Title').fill(source.title);
    if (source.publisher) await this.form.getByLabel('Publisher').fill(source.publisher);
    if (source.author) await this.form.getByLabel('Author').fill(source.author);
    if (source.publishedAt) await this.form.getByLabel('Published').fill(source.publishedAt);
    if (source.kind) await this.form.getByLabel('Kind').selectOption({ label: source.kind });
    if (source.stance) await this.form.getByLabel('Stance').selectOption({ label: source.stance });
    if (source.excerpt) await this.form.getByLabel('Excerpt relied on').fill(source.excerpt);
    if (source.note) await this.form.getByLabel('Note').fill(source.note);
    if (source.file) await this.form.getByLabel(/^Archive a copy/).setInputFiles(source.file);
    await this.form.getByRole('button', { name: 'Cite source' }).click();
    await expect(this.form).toBeHidden();
  }

  /** Finds a source in the library by title, URL or publisher and cites it on this claim. */
  async citeFromLibrary(query: string, title: string): Promise<void> {
    await this.libraryButton.click();
    const library = this.root.getByRole('search', { name: 'Source library' });
    await library.getByLabel('Search the source library').fill(query);
    await library.getByRole('button', { name: `Cite “${title}”` }).click();
    await expect(this.citedSource(title)).toBeVisible();
  }

  citedSource(title: string): Locator {
    return this.root.getByRole('listitem', { name: title, exact: true });
  }

  /** The archived-copy line of a cited source, e.g. "✓ Archived copy: a.html · 1 KB · SHA-256 …". */
  archiveStatus(title: string): Locator {
    return this.citedSource(title).locator('.archive-status');
  }

  /** The shortened SHA-256 shown for the copy; its tooltip holds the whole hash. */
  shortHash(title: string): Locator {
    return this.citedSource(title).locator('.sha');
  }

  openCopyButton(title: string): Locator {
    return this.citedSource(title).getByRole('button', {
      name: `Open the archived copy of “${title}”`,
    });
  }
}
