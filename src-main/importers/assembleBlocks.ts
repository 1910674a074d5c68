import type { ImportCoverage, LeftOutPassage } from '../core/importing/ImportCoverage';
import { MAX_LISTED_LEFT_OUT } from '../core/importing/ImportCoverage';

/** One unit of the source's visible body text, in source order. */
export interface SourceBlock {
  /** The text as it appears in the import when kept (trimmed, LF line ends). */
  text: string;
  /** False when the importer leaves it out; `reason` then says why, in plain words. */
  keep: boolean;
  reason?: string;
  /** Characters of source text this block stands for; defaults to `text.length`, 0 for added text. */
  sourceChars?: number;
  /** Kept blocks are written in ascending `rank`, then source order; defaults to 0. */
  rank?: number;
}

/**
 * Writes the kept blocks with a blank line between them and measures what was left out. Each
 * left-out block gets the place it should go back to: right after the kept block that precedes
 * it in the source, or the start of the text when none does.
 */
export function assembleBlocks(blocks: readonly SourceBlock[]): {
  text: string;
  coverage: ImportCoverage;
} {
  const keptOrder = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.keep && block.text !== '')
    .sort((a, b) => (a.block.rank ?? 0) - (b.block.rank ?? 0) || a.index - b.index);

  const endOf = new Map<number, number>();
  const parts: string[] = [];
  let length = 0;
  for (const { block, index } of keptOrder) {
    if (parts.length > 0) length += 2;
    parts.push(block.text);
    length += block.text.length;
    endOf.set(index, length);
  }

  let sourceChars = 0;
  let importedChars = 0;
  let unlisted = 0;
  let place = 0;
  const leftOut: LeftOutPassage[] = [];
  blocks.forEach((block, index) => {
    const chars = block.sourceChars ?? block.text.length;
    sourceChars += chars;
    const end = endOf.get(index);
    if (end !== undefined) {
      importedChars += chars;
      place = end;
      return;
    }
    if (block.keep || block.text === '') return;
    if (leftOut.length < MAX_LISTED_LEFT_OUT) {
      leftOut.push({ text: block.text, reason: block.reason ?? 'left out', at: place });
    } else {
      unlisted++;
    }
  });

  return {
    text: parts.join('\n\n'),
    coverage: { importedChars, sourceChars, leftOut, unlisted },
  };
}
