import { ArticleMeta, CONTEXT_LENGTH, UNNAMED_CHECKER, declaredFieldsOf } from '../model';
import type { Article, Claim, ClaimSource, RatingScale } from '../model';
import { sentenceFinder } from '../text/sentenceAround';
import { firstAppearanceOf, reviewedAsOf } from './claimDefaults';
import { publishingFindings } from './claimReview/publishingFindings';
import { archiveFileName, archiveHref, safeViewFileName } from './archiveHref';
import { isLocated } from './isLocated';
import { orderClaims } from './orderClaims';
import type {
  Report,
  ReportClaim,
  ReportInput,
  ReportRating,
  ReportSource,
  VerdictCount,
} from './Report';
import { assignLanes, segmentText } from './segmentText';
import type { ClaimSpan } from './segmentText';
import { transparencyCheck } from './transparencyCheck';
import { UNCHECKED_COLOUR, UNCHECKED_LABEL, safeColour } from './verdictColours';

/**
 * Gathers everything every export format shows into one model, so HTML, Markdown, JSON-LD,
 * annotations and CSV cannot drift apart in what they say. Claims are listed in reading order
 * and keep their stored numbers (Claim.number), so a claim is called the same everywhere.
 */
export function buildReport(input: ReportInput): Report {
  const { article, scale } = input;
  const text = article.text;
  const ordered = orderClaims(input.claims, text);
  const spans: ClaimSpan[] = [];
  for (const claim of ordered) {
    if (isLocated(claim, text)) {
      spans.push({ number: claim.number, start: claim.start, end: claim.end });
    }
  }
  const lanes = assignLanes(spans);
  const sentences = sentenceFinder(text, article.language);
  const claims = ordered.map((claim) =>
    toReportClaim(claim, article, scale, lanes.get(claim.number), sentences),
  );
  const numericValues = scale.ratings.flatMap((rating) =>
    rating.value === null ? [] : [rating.value],
  );
  const report: Report = {
    header: {
      articleId: article.id,
      ...declaredFieldsOf(ArticleMeta, article),
      textVersion: article.version,
      textSha256: article.sha256,
      checkers: uniqueNames(input.checkers),
      organisation: { ...input.organisation },
      factCheckUrl: article.factCheckUrl,
      factCheckPublishedAt: article.factCheckPublishedAt,
      generatedAt: input.generatedAt,
      appVersion: input.appVersion,
    },
    summary: {
      totalClaims: claims.length,
      counts: countByVerdict(claims, scale),
      findings: [],
    },
    scale: {
      id: scale.id,
      name: scale.name,
      best: numericValues.length > 0 ? Math.max(...numericValues) : null,
      worst: numericValues.length > 0 ? Math.min(...numericValues) : null,
    },
    text,
    segments: segmentText(text.length, spans),
    claims,
    methodology: article.methodology,
    corrections: article.corrections,
  };
  report.summary.findings = [...transparencyCheck(input), ...publishingFindings(report)];
  return report;
}

function toReportClaim(
  claim: Claim,
  article: Article,
  scale: RatingScale,
  lane: number | undefined,
  sentences: (start: number, end: number) => string,
): ReportClaim {
  const { text } = article;
  const located = lane !== undefined;
  const reviewedAs = reviewedAsOf(claim, article, sentences);
  // A located claim is quoted from the text the report shows, so quote and highlight agree.
  const quote = located ? text.slice(claim.start, claim.end) : claim.exact;
  return {
    number: claim.number,
    id: claim.id,
    quote,
    prefix: located ? contextBefore(text, claim.start) : claim.prefix,
    suffix: located ? contextAfter(text, claim.end) : claim.suffix,
    start: claim.start,
    end: claim.end,
    located,
    lane: lane ?? 0,
    anchorState: claim.anchorState,
    textChangedSinceVerdict: claim.textChangedSinceVerdict,
    movedSinceVerdict: claim.movedSinceVerdict,
    claimant: claim.claimant,
    claimantKind: claim.claimantKind,
    claimDate: claim.claimDate,
    reviewedAs: reviewedAs.text,
    reviewedAsWritten: reviewedAs.written,
    appearanceUrl: claim.appearanceUrl,
    firstAppearance: firstAppearanceOf(claim, article),
    kind: claim.kind,
    status: claim.status,
    tags: [...claim.tags],
    notes: claim.notes,
    rating: ratingOf(claim, scale),
    verdict: claim.verdict && {
      conclusion: claim.verdict.conclusion,
      checkedBy: claim.verdict.checkedBy === UNNAMED_CHECKER ? '' : claim.verdict.checkedBy,
      checkedAt: claim.verdict.checkedAt,
      articleVersion: claim.verdict.articleVersion,
    },
    sources: claim.sources.map(toReportSource),
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

/** Context never starts or ends inside a surrogate pair, which JSON and XML would mangle. */
function contextBefore(text: string, offset: number): string {
  const context = text.slice(Math.max(0, offset - CONTEXT_LENGTH), offset);
  return isLowSurrogate(context.charCodeAt(0)) ? context.slice(1) : context;
}

function contextAfter(text: string, offset: number): string {
  const context = text.slice(offset, offset + CONTEXT_LENGTH);
  return isHighSurrogate(context.charCodeAt(context.length - 1)) ? context.slice(0, -1) : context;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function ratingOf(claim: Claim, scale: RatingScale): ReportRating {
  const key = claim.verdict?.ratingKey ?? null;
  if (key === null)
    return { key: null, label: UNCHECKED_LABEL, colour: UNCHECKED_COLOUR, value: null };
  const rating = scale.ratings.find((candidate) => candidate.key === key);
  if (!rating) return { key, label: key, colour: UNCHECKED_COLOUR, value: null };
  return { key, label: rating.label, colour: safeColour(rating.colour), value: rating.value };
}

function toReportSource({ source, stance, excerpt, note }: ClaimSource): ReportSource {
  return {
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    publishedAt: source.publishedAt,
    accessedAt: source.accessedAt,
    kind: source.kind,
    reliabilityNote: source.reliabilityNote,
    stance,
    excerpt,
    note,
    archive: source.archive && {
      sha256: source.archive.sha256,
      name: archiveFileName(source.archive),
      mime: source.archive.mime,
      size: source.archive.size,
      href: archiveHref(source.archive),
      safeHref: safeHrefOf(source.archive),
    },
  };
}

/** Scale order first, then ratings from another scale (so none vanish), then "Unchecked". */
function countByVerdict(claims: readonly ReportClaim[], scale: RatingScale): VerdictCount[] {
  const counts: VerdictCount[] = scale.ratings.map((rating) => ({
    key: rating.key,
    label: rating.label,
    colour: safeColour(rating.colour),
    count: 0,
  }));
  const unchecked: VerdictCount = {
    key: 'unchecked',
    label: UNCHECKED_LABEL,
    colour: UNCHECKED_COLOUR,
    count: 0,
  };
  const byKey = new Map(counts.map((entry) => [entry.key, entry]));
  for (const claim of claims) {
    const key = claim.rating.key;
    if (key === null) {
      unchecked.count++;
      continue;
    }
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, label: claim.rating.label, colour: claim.rating.colour, count: 0 };
      byKey.set(key, entry);
      counts.push(entry);
    }
    entry.count++;
  }
  counts.push(unchecked);
  return counts;
}

function uniqueNames(names: readonly string[]): string[] {
  const known = names.map((name) => name.trim()).filter((n) => n !== '' && n !== UNNAMED_CHECKER);
  return [...new Set(known)];
}

function safeHrefOf(archive: Parameters<typeof safeViewFileName>[0]): string | null {
  const name = safeViewFileName(archive);
  return name ? `archive/${name}` : null;
}
