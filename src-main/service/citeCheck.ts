import { FactdeskError, invalid, notFound } from '../contract/errors';
import type { CitationFields, Claim, SourceFields } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireClaim } from './claimHandlers';
import { ratingLookup } from './ratingLookup';

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The title a cited earlier check of this desk gets; it also tells that it is already cited. */
export function citedCheckTitle(claimId: number, quote: string): string {
  return clip(`Earlier check (claim ${claimId}): “${quote.replace(/\s+/gu, ' ').trim()}”`, 500);
}

interface Citation {
  fields: SourceFields;
  /** How to find a source already made for this check. */
  existing: { url: string; title?: string };
  link: CitationFields;
}

function ofEarlierClaim(ctx: WorkbenchContext, claimId: number, id: number): Citation {
  if (id === claimId) throw invalid('check.id', 'a claim cannot cite itself');
  const summary = ctx.store.search.claimSummaries([id]).get(id);
  if (!summary) throw notFound('Claim', id);
  const rating = ratingLookup(ctx.store)(summary.scaleId, summary.ratingKey);
  if (summary.checkedAt === null) {
    throw new FactdeskError(
      'conflict',
      `Claim ${id} has no verdict, so it is not an earlier check`,
    );
  }
  const date = summary.checkedAt.slice(0, 10);
  const verdict = rating ? `Rated “${rating.label}”` : 'Concluded';
  const conclusion = (summary.conclusion ?? '').trim();
  const title = citedCheckTitle(id, summary.exact);
  return {
    fields: {
      url: summary.articleUrl,
      title,
      publisher: ctx.preferences().organisationName,
      author: summary.checkedBy ?? '',
      publishedAt: date,
      accessedAt: ctx.today(),
      kind: 'other',
      reliabilityNote: '',
    },
    existing: { url: summary.articleUrl, title },
    link: {
      stance: 'context',
      excerpt: clip(
        `${verdict} by ${summary.checkedBy || 'this desk'} on ${date}.${conclusion ? ` ${conclusion}` : ''}`,
        20_000,
      ),
      note: clip(
        `Earlier check in Factdesk: claim ${id} of “${summary.articleTitle || 'Untitled article'}”.`,
        20_000,
      ),
      tier: null,
    },
  };
}

function ofFactCheck(ctx: WorkbenchContext, id: number): Citation {
  const check = ctx.store.factChecks.get(id);
  if (!check) throw notFound('Fact check', id);
  const by = check.reviewer || 'the reviewer';
  const on = check.reviewDate ? ` on ${check.reviewDate.slice(0, 10)}` : '';
  const claim = check.claimText ? `: “${check.claimText}”` : '.';
  return {
    fields: {
      url: check.reviewUrl,
      title: clip(check.title || `${by}: “${check.claimText}”`, 500),
      publisher: clip(check.reviewer, 300),
      author: '',
      publishedAt: check.reviewDate.slice(0, 40),
      accessedAt: ctx.today(),
      kind: 'news',
      reliabilityNote: '',
    },
    existing: { url: check.reviewUrl },
    link: {
      stance: 'context',
      excerpt: clip(`Rated “${check.textualRating}” by ${by}${on}${claim}`, 20_000),
      note: 'Imported fact check.',
      tier: null,
    },
  };
}

/**
 * Cites an earlier check on a claim as a source of stance "context", with its verdict in the
 * excerpt: a new library source for it, or the one made when it was cited before. The
 * checker asked for it; nothing is cited otherwise.
 */
export function citeCheck(
  ctx: WorkbenchContext,
  claimId: number,
  check: { kind: 'claim' | 'factcheck'; id: number },
): Claim {
  const { store, mutation, entities } = ctx;
  requireClaim(ctx, claimId);
  const citation =
    check.kind === 'claim' ? ofEarlierClaim(ctx, claimId, check.id) : ofFactCheck(ctx, check.id);
  return store.transaction(() => {
    let sourceId = store.sources.findCited(citation.existing.url, citation.existing.title);
    if (sourceId === undefined) {
      sourceId = mutation(entities.source, 'create', () =>
        store.sources.insert(citation.fields, ctx.now()),
      ).id;
    }
    const cited = sourceId;
    mutation({ of: entities.citation(cited), id: claimId }, 'source.attach', () => {
      if (store.sources.isLinked(claimId, cited)) {
        throw new FactdeskError('conflict', 'This earlier check is already cited on the claim');
      }
      store.sources.link(claimId, cited, citation.link);
    });
    return requireClaim(ctx, claimId);
  });
}
