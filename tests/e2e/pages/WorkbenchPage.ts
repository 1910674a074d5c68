import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The whole workbench window: library, editor, claims pane and status bar. */
export class WorkbenchPage {
  readonly page: Page;
  readonly library: Locator;
  readonly editor: Locator;
  readonly claimsPane: Locator;
  readonly statusBar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.editor = page.getByTestId('article-editor');
    this.claimsPane = page.getByRole('complementary', { name: 'Claims' });
    this.statusBar = page.locator('.status-bar');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.editor.locator('.view-lines')).toBeVisible();
  }

  /** The text Monaco is showing, line by line as rendered. */
  async editorText(): Promise<string> {
    return (await this.editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Where a quote is drawn on screen: the start of its first and the end of its last character. */
  async quoteBounds(quote: string): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
    const bounds = await this.editor.evaluate((host, wanted) => {
      const lines = [...host.querySelectorAll<HTMLElement>('.view-line')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      const pieces: { node: Text; from: number }[] = [];
      let text = '';
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          pieces.push({ node: node as Text, from: text.length });
          text += (node.textContent ?? '').replace(/\u00a0/g, ' ');
        }
      }
      const at = text.indexOf(wanted);
      if (at < 0) return null;
      const locate = (offset: number) => {
        const piece = [...pieces].reverse().find((p) => p.from <= offset);
        if (!piece) throw new Error('offset before the first text node');
        return { node: piece.node, offset: offset - piece.from };
      };
      const charRect = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return range.getBoundingClientRect();
      };
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, quote);
    if (!bounds) throw new Error(`"${quote}" is not visible in the editor`);
    return bounds;
  }

  /** Selects text in Monaco the way a user would: by dragging the mouse across the words. */
  async selectInEditor(quote: string): Promise<void> {
    const { x1, y1, x2, y2 } = await this.quoteBounds(quote);
    await this.page.mouse.move(x1, y1);
    await this.page.mouse.down();
    await this.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 });
    await this.page.mouse.move(x2, y2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Clicks inside a highlighted quote, as a checker does to open its claim. */
  async clickQuote(quote: string): Promise<void> {
    const { x1, y1 } = await this.quoteBounds(quote);
    await this.page.mouse.click(x1 + 4, y1);
  }

  claimItems(): Locator {
    return this.claimsPane.getByRole('list', { name: 'Claims in text order' }).getByRole('button');
  }

  /** No request in flight for half a second, and the status bar says every change is saved. */
  async waitUntilSaved(): Promise<void> {
    await this.page.waitForLoadState('networkidle');
    await expect(this.page.getByTestId('save-state')).toHaveText('Saved');
  }
}
