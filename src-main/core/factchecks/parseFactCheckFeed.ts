import type { FactCheckFields, SkippedItem } from './FactCheck';
import { FactCheckFeedError } from './FactCheckFeedError';
import { limits } from '../limits';
import { hasType, isObject } from './feedValues';
import type { FeedSlot } from './readFeedReview';
import { readFeedReview } from './readFeedReview';

export type FeedFormat = 'ClaimReview' | 'DataFeed' | 'Fact Check Tools API';

export interface ParsedFeed {
  /** The formats met in the file. */
  formats: FeedFormat[];
  /** Reviews that can be stored, with their position among all review items. */
  items: { index: number; fields: FactCheckFields }[];
  /** Review items that were not stored, and why. */
  skipped: SkippedItem[];
  /** Fields of the stored reviews that lost text-direction controls (see directionControls). */
  directionFields: number;
}

export interface ParseFeedOptions {
  /** Date.now() value after which parsing stops with a 'too_slow' refusal. */
  deadline?: number;
}

function decode(bytes: Uint8Array): string {
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const label = utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new FactCheckFeedError(
      'not_text',
      'The file is not UTF-8 text, so it is not a ClaimReview feed (JSON is always UTF-8).',
    );
  }
}

/** The JSON-LD blocks of an HTML page, as one list; a block that does not parse is left out. */
function jsonLdBlocks(html: string): unknown[] {
  const lower = html.toLowerCase();
  const blocks: unknown[] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<script', at);
    if (open === -1) break;
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd === -1) break;
    const close = lower.indexOf('</script', tagEnd);
    if (close === -1) break;
    if (lower.slice(open, tagEnd).includes('application/ld+json')) {
      try {
        blocks.push(JSON.parse(html.slice(tagEnd + 1, close)));
      } catch {
        // A page's other broken blocks are not ours to report; no reviews at all is refused.
      }
    }
    at = close + 8;
  }
  return blocks;
}

function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  if (trimmed.startsWith('<')) return jsonLdBlocks(trimmed);
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FactCheckFeedError('not_json', `The file is not valid JSON (${detail}).`);
  }
}

/**
 * Finds every review in a feed: ClaimReview nodes anywhere (a single object, a list, a
 * JSON-LD `@graph`, nested in a page node), each `dataFeedElement[].item[]` of a schema.org
 * DataFeed, and each `claims[].claimReview[]` of the Fact Check Tools API. Other nodes
 * (WebPage, Organization…) are passed over without comment.
 */
function findSlots(
  root: unknown,
  deadline: number,
): { slots: FeedSlot[]; formats: Set<FeedFormat> } {
  const slots: FeedSlot[] = [];
  const formats = new Set<FeedFormat>();
  let visited = 0;
  const tooMany = () =>
    new FactCheckFeedError(
      'too_many_items',
      `The file has more than ${limits.factCheckItems.toLocaleString('en')} review items; Factdesk imports up to that many per file. Split it and import the parts.`,
    );
  const push = (slot: FeedSlot) => {
    if (slots.length >= limits.factCheckItems) throw tooMany();
    slots.push(slot);
  };
  const visit = (node: unknown, depth: number): void => {
    visited += 1;
    if (visited % 4096 === 0 && Date.now() > deadline) {
      throw new FactCheckFeedError('too_slow', 'Reading the feed took too long and was stopped.');
    }
    // A review nested deeper is not passed over in silence: the file is refused, saying why.
    if (depth > limits.factCheckFeedDepth) {
      throw new FactCheckFeedError(
        'too_deep',
        `The file nests its data more than ${limits.factCheckFeedDepth} levels deep, which no fact-check feed does; Factdesk does not read it.`,
      );
    }
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    if (hasType(node, 'ClaimReview') || ('claimReviewed' in node && 'reviewRating' in node)) {
      formats.add('ClaimReview');
      push({ kind: 'claimReview', node });
      return;
    }
    if (Array.isArray(node.dataFeedElement)) {
      formats.add('DataFeed');
      for (const element of node.dataFeedElement) {
        const items = isObject(element) && 'item' in element ? element.item : element;
        for (const item of Array.isArray(items) ? items : [items]) {
          push({ kind: 'claimReview', node: item });
        }
      }
      return;
    }
    if (Array.isArray(node.claimReview) && !('@type' in node && hasType(node, 'ClaimReview'))) {
      formats.add('Fact Check Tools API');
      for (const review of node.claimReview)
        push({ kind: 'googleReview', node: review, claim: node });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== '@context' && typeof child === 'object' && child !== null)
        visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return { slots, formats };
}

/**
 * Reads a fact-check feed file: ClaimReview JSON-LD (an object, a list, `@graph`, or the
 * JSON-LD blocks of an HTML page), a schema.org DataFeed of ClaimReviews, or the JSON of
 * Google's Fact Check Tools API. Pure and synchronous over the file's bytes, so it runs in the
 * import worker. Review items without a review URL or a rating, or with a field over its
 * limit, are skipped with their index and reason. Text-direction controls are taken out of
 * every field (see readFeedReview) and counted in `directionFields`. The whole file is refused
 * (FactCheckFeedError) when it is over 50 MB or 200,000 review items, nests deeper than 32
 * levels, is not UTF-8 JSON or
 * HTML, holds no review at all, or takes past `options.deadline`.
 */
export function parseFactCheckFeed(bytes: Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  if (bytes.length > limits.factCheckFeedBytes) {
    throw new FactCheckFeedError(
      'too_large',
      `The file is ${(bytes.length / 1e6).toFixed(1)} MB; Factdesk imports feeds up to ${limits.factCheckFeedBytes / 1e6} MB. Split it and import the parts.`,
    );
  }
  const root = parseJson(decode(bytes));
  const { slots, formats } = findSlots(root, options.deadline ?? Infinity);
  if (slots.length === 0) {
    throw new FactCheckFeedError(
      'no_reviews',
      'The file holds no ClaimReview, DataFeed of ClaimReviews or Fact Check Tools claims.',
    );
  }
  const items: ParsedFeed['items'] = [];
  const skipped: SkippedItem[] = [];
  let directionFields = 0;
  slots.forEach((slot, index) => {
    const read = readFeedReview(slot);
    if (read.ok) {
      items.push({ index, fields: read.fields });
      directionFields += read.directionFields;
    } else skipped.push({ index, reason: read.reason });
  });
  return { formats: [...formats], items, skipped, directionFields };
}
