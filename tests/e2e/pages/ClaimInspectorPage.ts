import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The inspector under the claims list: one claim's fields, verdict, notes and history. */
export class ClaimInspectorPage {
  readonly page: Page;
  readonly root: Locator;
  readonly heading: Locator;
  readonly quote: Locator;
  readonly claimant: Locator;
  readonly claimDate: Locator;
  readonly claimantKind: Locator;
  /** The "For ClaimReview" group: claim as reviewed and the first appearance. */
  readonly claimReview: Locator;
  readonly reviewedAs: Locator;
  readonly appearanceUrl: Locator;
  readonly openAppearance: Locator;
  readonly kind: Locator;
  readonly status: Locator;
  readonly assignee: Locator;
  readonly tags: Locator;
  readonly ratings: Locator;
  readonly conclusion: Locator;
  readonly notes: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('region', { name: 'Claim inspector' });
    this.heading = this.root.getByRole('heading', { level: 3 });
    this.quote = this.root.locator('.quote-exact');
    const who = this.root.getByRole('group', { name: 'Who said it' });
    const progress = this.root.getByRole('group', { name: 'Progress' });
    this.claimant = who.getByRole('textbox', { name: 'Claimant' });
    this.claimDate = who.getByLabel('Claim date');
    this.claimantKind = who.getByRole('combobox', { name: 'Claimant is a' });
    this.claimReview = this.root.getByRole('group', { name: 'For ClaimReview' });
    this.reviewedAs = this.claimReview.getByRole('textbox', { name: 'Claim as reviewed' });
    this.appearanceUrl = who.getByRole('textbox', { name: 'Where it appeared' });
    this.openAppearance = who.getByRole('button', { name: 'Open where it appeared' });
    this.kind = who.getByRole('combobox', { name: 'Kind' });
    this.status = progress.getByRole('combobox', { name: 'Status' });
    this.assignee = progress.getByRole('combobox', { name: 'Assignee' });
    this.tags = progress.getByLabel('Tags (comma-separated)');
    this.ratings = this.root.getByRole('group', { name: /^Rating/ });
    this.conclusion = this.root.getByRole('textbox', { name: 'Conclusion' });
    this.notes = this.root.getByRole('textbox', { name: 'Notes' });
    this.history = this.root.locator('details.claim-history');
  }

  rating(label: string): Locator {
    return this.ratings.getByRole('radio', { name: label, exact: true });
  }

  async pickRating(label: string): Promise<void> {
    await this.rating(label).check();
  }

  /** Picks a rating with its keyboard letter, as a keyboard-only checker would. */
  async pressRatingLetter(letter: string): Promise<void> {
    await this.ratings.getByRole('radio').first().focus();
    await this.page.keyboard.press(letter);
  }

  /** Writes the conclusion and leaves the field, which saves it at once. */
  async writeConclusion(markdown: string): Promise<void> {
    await this.conclusion.fill(markdown);
    await this.conclusion.blur();
  }

  /** The rendered preview of a Markdown field ("Conclusion" or "Notes"). */
  async preview(field: 'Conclusion' | 'Notes'): Promise<Locator> {
    await this.root
      .getByRole('group', { name: `${field}: edit or preview` })
      .getByRole('button', { name: 'Preview' })
      .click();
    return this.root.getByRole('region', { name: field });
  }

  async edit(field: 'Conclusion' | 'Notes'): Promise<void> {
    await this.root
      .getByRole('group', { name: `${field}: edit or preview` })
      .getByRole('button', { name: 'Edit' })
      .click();
  }

  /** The audit trail, newest first, one string per entry. */
  async historyEntries(): Promise<string[]> {
    if ((await this.history.getAttribute('open')) === null) {
      await this.history.locator('summary').click();
    }
    const entries = this.history.locator('.history-entry');
    await expect(entries.first()).toBeVisible();
    return (await entries.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }
}
