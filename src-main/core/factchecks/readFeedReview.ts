import { recordWithoutDirectionControls } from '../text/directionControls';
import type { FactCheckFields } from './FactCheck';
import { FACT_CHECK_FIELD_CHARS } from './FactCheck';
import type { JsonObject } from './feedValues';
import { dateOf, first, hasType, isObject, nameOf, textOf, webUrlOf } from './feedValues';

/** One review as found in the file, before it is checked. */
export type FeedSlot =
  | { kind: 'claimReview'; node: unknown }
  | { kind: 'googleReview'; node: unknown; claim: JsonObject };

export type ReadReview =
  | {
      ok: true;
      fields: FactCheckFields;
      /** How many of its fields lost text-direction controls (see directionControls). */
      directionFields: number;
    }
  | { ok: false; reason: string };

function ratingOf(value: unknown): string | null {
  const rating = first(value);
  if (!isObject(rating)) return textOf(rating) || null;
  const label = textOf(rating.alternateName) || textOf(rating.name);
  if (label) return label;
  const score = textOf(rating.ratingValue);
  if (!score) return null;
  const best = textOf(rating.bestRating);
  const worst = textOf(rating.worstRating);
  return best && worst ? `${score} (${worst} to ${best})` : score;
}

function languageOf(value: unknown): string {
  const item = first(value);
  const tag = isObject(item) ? textOf(item.alternateName) || textOf(item.name) : textOf(item);
  return tag.length <= 35 ? tag : '';
}

/** Where the claim was made: the Claim's own date, else its first appearance's. */
function claimDateOf(item: unknown): string {
  if (!isObject(item)) return '';
  const appearance = [item.firstAppearance, item.appearance]
    .map((value) => first(value))
    .find((value) => isObject(value) && dateOf(value.datePublished));
  return (
    dateOf(item.datePublished) ||
    dateOf(item.dateCreated) ||
    (isObject(appearance) ? dateOf(appearance.datePublished) : '')
  );
}

function tooLong(fields: FactCheckFields): string | null {
  const limits: [keyof FactCheckFields, number][] = [
    ['claimText', FACT_CHECK_FIELD_CHARS.text],
    ['claimant', FACT_CHECK_FIELD_CHARS.short],
    ['reviewer', FACT_CHECK_FIELD_CHARS.short],
    ['textualRating', FACT_CHECK_FIELD_CHARS.short],
    ['title', FACT_CHECK_FIELD_CHARS.short],
    ['reviewUrl', FACT_CHECK_FIELD_CHARS.url],
  ];
  for (const [field, limit] of limits) {
    if (fields[field].length > limit) {
      return `${field} is longer than ${limit.toLocaleString('en')} characters`;
    }
  }
  return null;
}

type ReadFields = { ok: true; fields: FactCheckFields } | { ok: false; reason: string };

function readClaimReview(node: unknown): ReadFields {
  if (!isObject(node)) return { ok: false, reason: 'not an object' };
  if (node['@type'] !== undefined && !hasType(node, 'ClaimReview')) {
    return { ok: false, reason: `of type ${textOf(node['@type']) || 'unknown'}, not ClaimReview` };
  }
  const reviewUrl = webUrlOf(node.url);
  if (!reviewUrl) {
    return {
      ok: false,
      reason: textOf(node.url) ? 'review URL (url) is not a web address' : 'no review URL (url)',
    };
  }
  if (node.reviewRating === undefined || node.reviewRating === null) {
    return { ok: false, reason: 'no rating (reviewRating)' };
  }
  const textualRating = ratingOf(node.reviewRating);
  if (!textualRating) {
    return { ok: false, reason: 'reviewRating has neither alternateName, name nor ratingValue' };
  }
  const item = first(node.itemReviewed);
  const author = first(node.author) ?? first(node.publisher);
  return {
    ok: true,
    fields: {
      reviewUrl,
      claimText: textOf(node.claimReviewed),
      claimant: isObject(item) ? nameOf(item.author) : '',
      claimDate: claimDateOf(item),
      reviewer: nameOf(node.author) || nameOf(node.publisher),
      reviewerUrl: isObject(author) ? webUrlOf(author.url) : '',
      textualRating,
      title: textOf(node.headline) || textOf(node.name),
      language: languageOf(node.inLanguage),
      reviewDate: dateOf(node.datePublished),
    },
  };
}

/** A review of the Fact Check Tools API: `claims[].claimReview[]`, the claim on the parent. */
function readGoogleReview(node: unknown, claim: JsonObject): ReadFields {
  if (!isObject(node)) return { ok: false, reason: 'not an object' };
  const reviewUrl = webUrlOf(node.url);
  if (!reviewUrl) {
    return {
      ok: false,
      reason: textOf(node.url) ? 'review URL (url) is not a web address' : 'no review URL (url)',
    };
  }
  const textualRating = textOf(node.textualRating);
  if (!textualRating) return { ok: false, reason: 'no rating (textualRating)' };
  const publisher = isObject(node.publisher) ? node.publisher : {};
  const site = textOf(publisher.site);
  return {
    ok: true,
    fields: {
      reviewUrl,
      claimText: textOf(claim.text),
      claimant: textOf(claim.claimant),
      claimDate: dateOf(claim.claimDate),
      reviewer: textOf(publisher.name) || site,
      reviewerUrl: site && !/^https?:/iu.test(site) ? `https://${site}` : webUrlOf(site),
      textualRating,
      title: textOf(node.title),
      language: languageOf(node.languageCode),
      reviewDate: dateOf(node.reviewDate),
    },
  };
}

/**
 * Checks one review and reads its fields; a review without URL or rating is not publishable.
 * Every field is one line of text; text-direction controls are taken out of all of them
 * (percent-encoded in addresses), and counted.
 */
export function readFeedReview(slot: FeedSlot): ReadReview {
  const read =
    slot.kind === 'claimReview'
      ? readClaimReview(slot.node)
      : readGoogleReview(slot.node, slot.claim);
  if (!read.ok) return read;
  const { record: fields, changed } = recordWithoutDirectionControls(
    read.fields,
    [
      'claimText',
      'claimant',
      'claimDate',
      'reviewer',
      'textualRating',
      'title',
      'language',
      'reviewDate',
    ],
    ['reviewUrl', 'reviewerUrl'],
  );
  const long = tooLong(fields);
  return long ? { ok: false, reason: long } : { ok: true, fields, directionFields: changed };
}
