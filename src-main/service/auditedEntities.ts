import type { Archive, Article, Claim, ClaimSource, Source, Verdict } from '../core/model';
import {
  ArticleFields,
  CitationFields,
  ClaimFields,
  SourceFields,
  declaredFieldsOf,
} from '../core/model';
import type { Store } from '../store/openStore';
import type { AuditedEntity } from './mutation';

/** The things mutations change, each with what its audit rows record. */
export function auditedEntities(store: Store) {
  const claim: AuditedEntity<'claim', Claim> = {
    entity: 'claim',
    read: (id) => store.claims.get(id),
    record: (c) => ({
      start: c.start,
      end: c.end,
      exact: c.exact,
      ...declaredFieldsOf(ClaimFields, c),
    }),
  };
  const article: AuditedEntity<'article', Article> = {
    entity: 'article',
    read: (id) => store.articles.get(id),
    record: (a) => ({
      ...declaredFieldsOf(ArticleFields, a),
      version: a.version,
      sha256: a.sha256,
    }),
  };
  const source: AuditedEntity<'source', Source> = {
    entity: 'source',
    read: (id) => store.sources.get(id),
    record: (s) => declaredFieldsOf(SourceFields, s),
  };
  /** A source's archived copy, recorded on the source. */
  const archive: AuditedEntity<'source', Archive> = {
    entity: 'source',
    read: (id) => store.sources.get(id)?.archive ?? undefined,
    record: (a) => ({ ...a }),
  };
  /** A claim's verdict, recorded on the claim. */
  const verdict: AuditedEntity<'claim', Verdict> = {
    entity: 'claim',
    read: (claimId) => store.claims.get(claimId)?.verdict ?? undefined,
    record: (v) => ({ ...v }),
    keep: ['scaleId', 'ratingKey', 'conclusion'],
  };
  /**
   * Whether a claim's verdict stands on its current words and place, recorded on the claim:
   * the text version the verdict judges and the flags that say it was given on other words.
   */
  const verdictStanding: AuditedEntity<'claim', Claim> = {
    entity: 'claim',
    read: (id) => store.claims.get(id),
    record: (c) => ({
      exact: c.exact,
      articleVersion: c.verdict?.articleVersion ?? null,
      textChangedSinceVerdict: c.textChangedSinceVerdict,
      movedSinceVerdict: c.movedSinceVerdict,
    }),
    keep: ['exact'],
  };
  /** One source cited on a claim, recorded on the claim. */
  const citation = (sourceId: number): AuditedEntity<'claim', ClaimSource> => ({
    entity: 'claim',
    read: (claimId) => store.claims.get(claimId)?.sources.find((s) => s.source.id === sourceId),
    record: (c) => ({
      sourceId,
      url: c.source.url,
      title: c.source.title,
      ...declaredFieldsOf(CitationFields, c),
    }),
    keep: ['sourceId'],
  });
  return { claim, article, source, archive, verdict, verdictStanding, citation };
}

export type AuditedEntities = ReturnType<typeof auditedEntities>;
