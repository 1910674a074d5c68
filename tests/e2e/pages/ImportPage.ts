import type { Locator, Page } from '@playwright/test';

/** Opening a file: the hidden file input the Open button drives, and the import preview. */
export class ImportPage {
  readonly page: Page;
  readonly fileInput: Locator;
  readonly preview: Locator;
  readonly openPanel: Locator;
  readonly text: Locator;
  readonly details: Locator;
  readonly importButton: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.fileInput = page.getByTestId('open-file-input');
    this.preview = page.getByRole('region', { name: 'Import preview' });
    this.openPanel = page.getByRole('region', { name: 'Open a file' });
    this.text = this.preview.getByLabel('Extracted text');
    this.details = this.preview.getByRole('group', { name: 'Details' });
    this.importButton = this.preview.getByRole('button', { name: 'Import', exact: true });
    this.error = this.openPanel.getByRole('alert');
  }

  /** What the Open button's file chooser hands over when the checker picks a file. */
  async chooseFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
  }

  field(label: string): Locator {
    return this.details.getByLabel(new RegExp(`^${label}`));
  }
}
