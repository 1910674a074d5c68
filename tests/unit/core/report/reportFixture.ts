import { createHash } from 'node:crypto';
import type {
  Article,
  Claim,
  ClaimSource,
  RatingScale,
  Source,
} from '../../../../src-main/core/model';
import {
  ArticleFields,
  CitationFields,
  ClaimFields,
  SourceFields,
} from '../../../../src-main/core/model';
import type { ReportInput } from '../../../../src-main/core/report/Report';
import { blankFields } from '../../../helpers/blankFields';

export const ARTICLE_TEXT = [
  'Days after threatening Colombia with tariffs, the US president accused its leader, without evidence, of running the drug trade himself. 🇺🇸🔥 "We will stop them," he wrote on social media.',
  '',
  'US forces have struck at least 14 boats in the Caribbean and the eastern Pacific since early September. The strikes have killed at least 110 people, according to figures released by the Pentagon.',
  '',
  'Colombia\'s president called the strikes "extrajudicial killings" and said one of the dead was a Colombian fisherman with no links to any cartel.',
  '',
  'Legal experts said the strikes broke international law. The White House said the boats carried drugs bound for American cities.',
].join('\n');

export const scale: RatingScale = {
  id: 'five-point',
  name: 'Five-point truth scale',
  kind: 'ordinal',
  builtin: true,
  ratings: [
    { key: 'true', label: 'True', colour: '#1b7f3b', value: 5, shortcut: 't' },
    { key: 'mostly-true', label: 'Mostly true', colour: '#5f9e3a', value: 4, shortcut: 'm' },
    { key: 'half-true', label: 'Half true', colour: '#d4a106', value: 3, shortcut: 'h' },
    { key: 'mostly-false', label: 'Mostly false', colour: '#e06c00', value: 2, shortcut: 'o' },
    { key: 'false', label: 'False', colour: '#c62828', value: 1, shortcut: 'f' },
    { key: 'unproven', label: 'Unproven', colour: '#7e57c2', value: null, shortcut: 'u' },
  ],
};

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? ARTICLE_TEXT;
  return {
    id: 7,
    ...blankFields(ArticleFields),
    title: 'US strikes on boats: what the figures say',
    outlet: 'The Coastal Ledger',
    url: 'https://ledger.example/world/boat-strikes',
    author: 'Maria Ortega',
    publishedAt: '2025-10-21',
    language: 'en',
    text,
    version: 2,
    sha256: sha256(text),
    factCheckUrl: 'https://factdesk.example/checks/boat-strikes',
    factCheckPublishedAt: '2025-10-23',
    methodology:
      'We checked every factual claim about the strikes against **primary sources** and archived each one. See [our standards](https://factdesk.example/standards).',
    corrections: '- 2025-10-23: Claim 3 source updated after the Pentagon revised its figures.',
    createdAt: '2025-10-21T08:00:00.000Z',
    updatedAt: '2025-10-22T09:30:00.000Z',
    ...overrides,
  };
}

let nextSourceId = 100;

export function makeSource(overrides: Partial<Source> = {}): Source {
  const id = nextSourceId++;
  return {
    id,
    ...blankFields(SourceFields),
    url: `https://records.example/document-${id}`,
    title: `Official record ${id}`,
    publisher: 'US Southern Command',
    author: '',
    publishedAt: '2025-10-20',
    accessedAt: '2025-10-21',
    kind: 'official',
    reliabilityNote: '',
    archive: {
      sha256: sha256(`archive ${id}`),
      size: 12_345,
      mime: 'application/pdf',
      originalName: `Record ${id} (final).pdf`,
      path: `archive/${sha256(`archive ${id}`)}`,
      createdAt: '2025-10-21T10:00:00.000Z',
    },
    createdAt: '2025-10-21T10:00:00.000Z',
    updatedAt: '2025-10-21T10:00:00.000Z',
    ...overrides,
  };
}

export function cite(source: Source, overrides: Partial<ClaimSource> = {}): ClaimSource {
  return { source, ...blankFields(CitationFields), stance: 'supports', ...overrides };
}

/** A claim over the `occurrence`-th appearance of `exact` in `text`. */
export function claimOn(
  text: string,
  exact: string,
  overrides: Partial<Claim> = {},
  occurrence = 0,
): Claim {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in the text`);
  const end = start + exact.length;
  return {
    id: 1,
    articleId: 7,
    number: 1,
    start,
    end,
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    anchoredVersion: 2,
    anchorState: 'attached',
    anchorReview: null,
    textChangedSinceVerdict: false,
    movedSinceVerdict: false,
    ...blankFields(ClaimFields),
    kind: 'other',
    verdict: null,
    sources: [],
    createdAt: '2025-10-21T09:00:00.000Z',
    updatedAt: '2025-10-21T12:00:00.000Z',
    ...overrides,
  };
}

export function verdict(ratingKey: string | null, conclusion: string, checkedBy = 'A. Ramos') {
  return {
    scaleId: scale.id,
    ratingKey,
    conclusion,
    checkedBy,
    checkedAt: '2025-10-22T15:04:05.000Z',
    articleVersion: 2,
  };
}

/**
 * The realistic case: an outer claim with a nested one, two partly overlapping claims, an emoji
 * before most claims, an off-range rating, an unchecked claim and one orphaned by an edit.
 */
export function sampleInput(): ReportInput {
  const text = ARTICLE_TEXT;
  const pentagon = makeSource({
    title: 'Pentagon briefing on maritime strikes',
    publisher: 'US Department of Defense',
    url: 'https://defense.example/briefings/maritime-strikes',
  });
  const claims: Claim[] = [
    // Given out of order on purpose: numbering must follow the text.
    claimOn(text, 'The strikes have killed at least 110 people', {
      id: 14,
      claimant: 'US Department of Defense',
      claimantKind: 'organization',
      claimDate: '2025-10-20',
      appearanceUrl: 'https://defense.example/briefings/maritime-strikes',
      kind: 'numeric',
      status: 'done',
      verdict: verdict(
        'mostly-true',
        'The Pentagon\'s own tally reaches 110 by 20 October; two survivors were repatriated, so "killed" slightly overstates one strike.',
      ),
      sources: [cite(pentagon, { excerpt: 'A total of 110 narco-terrorists have been killed.' })],
    }),
    claimOn(text, 'accused its leader, without evidence, of running the drug trade himself', {
      id: 11,
      claimant: 'Donald Trump',
      claimantKind: 'person',
      claimDate: '2025-10-19',
      appearanceUrl: 'https://social.example/@potus/123',
      kind: 'attribution',
      status: 'done',
      tags: ['Colombia'],
      verdict: verdict(
        'false',
        'No court, agency or document links President Petro to drug trafficking.\n\nThe US Treasury sanctioned him on 24 October, **after** the statement, citing no evidence of trafficking. See [the Treasury notice](https://treasury.example/notice).',
      ),
      sources: [
        cite(makeSource({ title: 'Treasury sanctions notice', publisher: 'US Treasury' }), {
          stance: 'contradicts',
          excerpt: 'The designation does not allege personal involvement in trafficking.',
        }),
        cite(makeSource({ title: 'Interview transcript', archive: null, accessedAt: '' }), {
          stance: 'context',
        }),
      ],
    }),
    claimOn(text, 'without evidence', {
      id: 12,
      claimant: 'The Coastal Ledger',
      claimantKind: 'organization',
      kind: 'other',
      status: 'done',
      verdict: verdict('true', 'The statement cited no evidence.'),
      sources: [cite(makeSource({ title: 'The original post' }))],
    }),
    claimOn(text, 'struck at least 14 boats in the Caribbean and the eastern Pacific', {
      id: 13,
      claimant: 'SOUTHCOM',
      claimantKind: 'organization',
      claimDate: '2025-10-18',
      kind: 'numeric',
      status: 'done',
      verdict: verdict('mostly-true', 'SOUTHCOM lists 14 strikes; one was in the Atlantic.'),
      sources: [cite(makeSource({ title: 'SOUTHCOM strike log' }))],
    }),
    claimOn(text, 'at least 110 people, according to figures released by the Pentagon', {
      id: 15,
      kind: 'attribution',
      status: 'in_progress',
    }),
    claimOn(text, 'one of the dead was a Colombian fisherman', {
      id: 16,
      claimant: 'Gustavo Petro',
      claimantKind: 'person',
      kind: 'other',
      status: 'done',
      verdict: verdict('unproven', 'Neither government has published the names of the dead.'),
    }),
    {
      ...claimOn(text, 'the boats carried drugs', { id: 17, status: 'needs_review' }),
      anchorState: 'orphaned',
      start: 0,
      end: 0,
      exact: 'every boat carried cocaine',
    },
  ];
  // Claims are numbered in the order they were marked; ids 11 to 17 were given in that order.
  for (const claim of claims) claim.number = claim.id - 10;
  return {
    article: makeArticle({ text }),
    claims,
    scale,
    checkers: ['A. Ramos', 'J. Chen', 'A. Ramos'],
    organisation: {
      name: 'Factdesk Verification Unit',
      url: 'https://factdesk.example/',
      methodologyUrl: 'https://factdesk.example/methodology',
      correctionsUrl: 'https://factdesk.example/corrections',
      logo: null,
    },
    generatedAt: '2025-10-23T07:45:00.000Z',
    appVersion: '0.1.0',
  };
}
