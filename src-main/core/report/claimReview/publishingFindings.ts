import type { Report, TransparencyFinding } from '../Report';
import { buildClaimReviews } from './buildClaimReviews';
import { checkClaimReview } from './claimReviewRules';
import type { RuleIssue } from './claimReviewRules';

interface FieldHelp {
  what: string;
  fix: (articleId: number) => string;
}

const ratingValueHelp: FieldHelp = {
  what: 'the rating’s place on the scale',
  fix: () => 'use a rating that has a value on the scale (labels such as “Unproven” have none)',
};

/** What each ClaimReview field is, and where the checker sets it (given the article's id). */
const fieldHelp: Record<string, FieldHelp> = {
  claimReviewed: {
    what: 'the claim in one sentence',
    fix: (id) =>
      `write “Claim as reviewed” in the claim inspector (claim set N --article ${id} --reviewed-as TEXT)`,
  },
  'reviewRating.alternateName': {
    what: 'the rating’s label',
    fix: () => 'give the claim a rating',
  },
  url: {
    what: 'the page where the fact check is published',
    fix: (id) =>
      `set “Fact check published at” in the article details (article update ${id} --factcheck-url URL)`,
  },
  'author.name': {
    what: 'the newsroom that publishes the fact check',
    fix: () => 'set the organisation in Preferences › Newsroom profile (profile set --name NAME)',
  },
  'author.url': {
    what: 'the newsroom’s web site',
    fix: () =>
      'set the organisation’s site in Preferences › Newsroom profile (profile set --url URL)',
  },
  datePublished: {
    what: 'the date the fact check is published',
    fix: (id) =>
      `set “Fact check published on” in the article details (article update ${id} --factcheck-date YYYY-MM-DD)`,
  },
  'itemReviewed.author': {
    what: 'who made the claim, as a person or an organisation',
    fix: (id) =>
      `name the claimant and choose Person or Organisation (claim set N --article ${id} --claimant NAME --claimant-kind person|organization)`,
  },
  'itemReviewed.datePublished': {
    what: 'when the claim was made',
    fix: (id) =>
      `give the claim date, or the first appearance’s date (claim set N --article ${id} --claim-date YYYY-MM-DD)`,
  },
  'itemReviewed.firstAppearance': {
    what: 'where the claim first appeared, as a web address',
    fix: (id) =>
      `give the first appearance’s URL (claim set N --article ${id} --appearance URL), or the article’s own URL (article update ${id} --url URL)`,
  },
  'reviewRating.ratingValue': ratingValueHelp,
  'reviewRating.bestRating': ratingValueHelp,
  'reviewRating.worstRating': ratingValueHelp,
};

const AUTHOR_FIELDS = ['author.name', 'author.url'];

/**
 * The transparency findings about publishing: the newsroom profile (an error when the
 * organisation is not named: nobody could tell who publishes the fact check), claims left out
 * of ClaimReview because they need review or are not in the text (warnings), and every
 * ClaimReview rule that an exported review breaks, grouped by field over the claims: a required
 * field is an error, a recommended one a warning. Each message names the field and how to set it.
 */
export function publishingFindings(report: Report): TransparencyFinding[] {
  const findings: TransparencyFinding[] = [];
  const articleId = report.header.articleId;
  const profileMissing = report.header.organisation.name.trim() === '';
  if (profileMissing) {
    findings.push({
      code: 'profile-missing',
      severity: 'error',
      message:
        'No newsroom profile: the report and its ClaimReview do not say who publishes this fact check (`author.name`, `author.url`). Set it in Preferences › Newsroom profile (profile set --name NAME --url URL).',
      fields: AUTHOR_FIELDS,
    });
  }
  const { published, leftOut } = buildClaimReviews(report);
  for (const claim of leftOut) {
    if (claim.reason === 'not-in-text' || claim.reason === 'needs-review') {
      findings.push({
        code: 'claim-needs-review',
        severity: 'warning',
        message: claim.message,
        claimId: claim.claimId,
      });
    }
  }
  // Fields with one cause (a rating with no value lacks all three numbers) make one finding.
  const groups = new Map<
    FieldHelp | string,
    { fields: string[]; level: RuleIssue['level']; claims: { id: number; number: number }[] }
  >();
  for (const { claimId, number, review } of published) {
    for (const issue of checkClaimReview(review)) {
      if (profileMissing && AUTHOR_FIELDS.includes(issue.field)) continue;
      const key = fieldHelp[issue.field] ?? issue.field;
      const group = groups.get(key) ?? { fields: [], level: issue.level, claims: [] };
      if (!group.fields.includes(issue.field)) group.fields.push(issue.field);
      if (!group.claims.some((claim) => claim.id === claimId)) {
        group.claims.push({ id: claimId, number });
      }
      groups.set(key, group);
    }
  }
  for (const [key, { fields, level, claims }] of groups) {
    const help = typeof key === 'string' ? undefined : key;
    const which =
      claims.length === 1
        ? `claim ${claims[0]?.number}`
        : `claims ${claims.map((c) => c.number).join(', ')}`;
    const required = level === 'required';
    const names = fields.map((field) => `\`${field}\``).join(', ');
    findings.push({
      code: required ? 'claimreview-required' : 'claimreview-recommended',
      severity: required ? 'error' : 'warning',
      message: `ClaimReview ${required ? 'requires' : 'recommends'} ${names}${help ? ` (${help.what})` : ''}, missing for ${which}${help ? `: ${help.fix(articleId)}` : ''}.`,
      fields,
      ...(claims.length === 1 && claims[0] ? { claimId: claims[0].id } : {}),
    });
  }
  return findings;
}
