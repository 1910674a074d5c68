import type { QueryClient } from '@tanstack/react-query';
import type { Article, Claim, ClaimOutline, Preferences } from '../../../src-main/core/model';
import { claimOutline } from '../../../src-main/core/claimOutline';
import { inTextOrder } from '../../../src-main/core/anchoring/compareTextOrder';
import { changeOutline, claimDeleted } from './changeOutline';
import { storeClaim } from './storeClaim';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { contractKey } from './contractKey';

export interface WriteContext {
  /**
   * True when a later write to the same claim is still on its way. The service answers writes
   * in the order they were sent, so that later answer will carry this one's change too; this
   * answer would briefly undo the later change shown already (a rating picked while a field's
   * earlier save was under way).
   */
  laterWriteTo(claimId: number): boolean;
}

type Effect<M extends MethodName> = (
  cache: QueryClient,
  input: MethodInput<M>,
  output: MethodOutput<M>,
  context: WriteContext,
) => void;

/** A claim's own fields changed: where it is read, and its history. */
function claimChanged(cache: QueryClient, claim: Claim, context: WriteContext): void {
  if (!context.laterWriteTo(claim.id)) storeClaim(cache, claim);
  void cache.invalidateQueries({ queryKey: contractKey('claims.history', { id: claim.id }) });
}

/** The library shows claim counts and verdicts per article. */
function libraryChanged(cache: QueryClient): void {
  void cache.invalidateQueries({ queryKey: ['articles.list'] });
}

/**
 * Which earlier checks a claim's "Checked before?" shows, and whether each is cited already.
 * Without a claim: every claim's.
 */
function matchesChanged(cache: QueryClient, claimId?: number): void {
  void cache.invalidateQueries({
    queryKey:
      claimId === undefined ? ['claims.similar'] : contractKey('claims.similar', { claimId }),
  });
}

/** Replaces cached claims (read one by one) with the service's newer copies, where it sent one. */
function updateCachedClaims(cache: QueryClient, change: (claim: Claim) => Claim): void {
  cache.setQueriesData<Claim>({ queryKey: ['claims.get'] }, (claim) => claim && change(claim));
}

/**
 * Only the fields a patch changed are taken from the answer: a slower answer to an earlier
 * patch must not undo a later one the checker has already typed.
 */
function pickPatched<T extends object>(stored: T, patch: object): Partial<T> {
  return Object.fromEntries(
    Object.keys(patch).map((key) => [key, stored[key as keyof T]]),
  ) as Partial<T>;
}

const effects: { [M in MethodName]?: Effect<M> } = {
  'articles.create': (cache, _input, article) => {
    cache.setQueryData(contractKey('articles.get', { id: article.id }), article);
    libraryChanged(cache);
  },
  'articles.import': (cache, _input, { article }) => {
    cache.setQueryData(contractKey('articles.get', { id: article.id }), article);
    libraryChanged(cache);
  },
  'articles.update': (cache, { id, patch }, stored) => {
    cache.setQueryData<Article>(contractKey('articles.get', { id }), (current) =>
      current ? { ...current, ...pickPatched(stored, patch), updatedAt: stored.updatedAt } : stored,
    );
    libraryChanged(cache);
  },
  'articles.delete': (cache) => libraryChanged(cache),
  'articles.restore': (cache, _input, article) => {
    cache.setQueryData(contractKey('articles.get', { id: article.id }), article);
    libraryChanged(cache);
  },
  // The service sends back only the claims it changed beyond their place; every other claim is
  // now stored at the span the editor sent.
  'articles.saveText': (cache, { id, spans }, { article, claims }) => {
    cache.setQueryData(contractKey('articles.get', { id }), article);
    const sent = new Map(spans.map((span) => [span.id, span]));
    const changed = new Map(claims.map((claim) => [claim.id, claim]));
    const before = cache.getQueryData<ClaimOutline[]>(
      contractKey('claims.outline', { articleId: id }),
    );
    const countsChanged = (before ?? []).some((outline) => {
      const claim = changed.get(outline.id);
      return claim !== undefined && claim.status !== outline.status;
    });
    const placed = <T extends ClaimOutline | Claim>(claim: T): T => {
      const span = sent.get(claim.id);
      return span && (span.start !== claim.start || span.end !== claim.end)
        ? { ...claim, start: span.start, end: span.end }
        : claim;
    };
    // A paragraph moved takes its claims with it: the list follows the text's order.
    changeOutline(cache, id, (list) =>
      inTextOrder(
        list.map((outline) => {
          const claim = changed.get(outline.id);
          return claim ? claimOutline(claim) : placed(outline);
        }),
      ),
    );
    updateCachedClaims(cache, (claim) => changed.get(claim.id) ?? placed(claim));
    // Typing must not reload the library, a history or a claim: they are marked out of date
    // (their order, new entries, the anchor version) and read again when next shown. The
    // places offered for claims under review depend on the text itself.
    // Only an edit that sent a claim to review changes the library's counts at once.
    void cache.invalidateQueries({
      queryKey: ['articles.list'],
      ...(countsChanged ? {} : { refetchType: 'none' as const }),
    });
    void cache.invalidateQueries({ queryKey: ['claims.history'], refetchType: 'none' });
    void cache.invalidateQueries({ queryKey: ['claims.get'], refetchType: 'none' });
    void cache.invalidateQueries({ queryKey: ['claims.candidates'] });
  },
  'articles.loadVersion': (cache, { id }, { article, claims }) => {
    cache.setQueryData(contractKey('articles.get', { id }), article);
    const outlines = claims.map(claimOutline);
    changeOutline(cache, id, () => outlines);
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    updateCachedClaims(cache, (claim) => byId.get(claim.id) ?? claim);
    void cache.invalidateQueries({ queryKey: ['claims.history'] });
    void cache.invalidateQueries({ queryKey: ['claims.candidates'] });
    matchesChanged(cache);
    libraryChanged(cache);
  },
  'annotations.import': (cache, { articleId }) => {
    changeOutline(cache, articleId, 'read again');
    libraryChanged(cache);
  },
  'claims.create': (cache, _input, claim) => {
    storeClaim(cache, claim);
    libraryChanged(cache);
  },
  'claims.update': (cache, { patch }, claim, context) => {
    claimChanged(cache, claim, context);
    // The library counts claims by status ("3 need review").
    if ('status' in patch) libraryChanged(cache);
  },
  'claims.delete': (cache, { id }) => {
    claimDeleted(cache, id);
    cache.removeQueries({ queryKey: contractKey('claims.get', { id }) });
    libraryChanged(cache);
  },
  'claims.restore': (cache, _input, claim, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
  },
  'claims.reattach': (cache, { id }, claim, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
    void cache.invalidateQueries({ queryKey: ['claims.candidates', { id }] });
    matchesChanged(cache, id);
  },
  'claims.undoField': (cache, _input, { claim }, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
  },
  'verdicts.set': (cache, _input, claim, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
  },
  'verdicts.clear': (cache, _input, claim, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
  },
  'verdicts.confirm': (cache, _input, claim, context) => {
    claimChanged(cache, claim, context);
    libraryChanged(cache);
    void cache.invalidateQueries({ queryKey: ['claims.history'] });
  },
  'sources.create': (cache) => void cache.invalidateQueries({ queryKey: ['sources.search'] }),
  'sources.attach': (cache, { claimId }, claim, context) => {
    claimChanged(cache, claim, context);
    matchesChanged(cache, claimId);
  },
  'sources.detach': (cache, { claimId }, claim, context) => {
    claimChanged(cache, claim, context);
    matchesChanged(cache, claimId);
  },
  'sources.updateLink': (cache, _input, claim, context) => claimChanged(cache, claim, context),
  // Every claim citing the source shows its archived copy.
  'sources.archive': (cache, _input, source) => {
    updateCachedClaims(cache, (claim) =>
      claim.sources.some((s) => s.source.id === source.id)
        ? {
            ...claim,
            sources: claim.sources.map((s) => (s.source.id === source.id ? { ...s, source } : s)),
          }
        : claim,
    );
    void cache.invalidateQueries({ queryKey: ['sources.search'] });
  },
  // The earlier check is now a source of the claim: cited in its matches, and a new source.
  'claims.citeCheck': (cache, { claimId }, claim, context) => {
    claimChanged(cache, claim, context);
    matchesChanged(cache, claimId);
    void cache.invalidateQueries({ queryKey: ['sources.search'] });
    void cache.invalidateQueries({ queryKey: ['search.query'] });
  },
  // New fact checks are found by search and may match any claim.
  'factchecks.import': (cache) => {
    matchesChanged(cache);
    void cache.invalidateQueries({ queryKey: ['search.query'] });
    void cache.invalidateQueries({ queryKey: ['factchecks.get'] });
  },
  'preferences.set': (cache, { patch }, stored) => {
    cache.setQueryData<Preferences>(contractKey('preferences.get', {}), (current) => ({
      ...(current ?? stored),
      ...pickPatched(stored, patch),
    }));
  },
  'scales.save': (cache) => void cache.invalidateQueries({ queryKey: ['scales.list'] }),
  'scales.delete': (cache) => void cache.invalidateQueries({ queryKey: ['scales.list'] }),
  // Opening an exercise adds an article and may install its scale and make it the default.
  'training.start': (cache) => {
    libraryChanged(cache);
    void cache.invalidateQueries({ queryKey: ['scales.list'] });
    void cache.invalidateQueries({ queryKey: ['preferences.get'] });
  },
};

/**
 * Brings the cache up to date after a successful write: what the write returned is stored where
 * it is read from, and exactly the reads it made out of date are invalidated (read again if shown
 * on screen, otherwise when next needed). Writes without an entry change nothing cached.
 */
export function cacheAfterWrite<M extends MethodName>(
  cache: QueryClient,
  method: M,
  input: MethodInput<M>,
  output: MethodOutput<M>,
  context: WriteContext = { laterWriteTo: () => false },
): void {
  (effects[method] as Effect<M> | undefined)?.(cache, input, output, context);
}

/** The claim a write changes, from its input; null for writes that change no single claim. */
export function claimWrittenBy(method: MethodName, input: unknown): number | null {
  const fields = input as { id?: unknown; claimId?: unknown };
  const id = claimIdField[method] === 'id' ? fields.id : fields.claimId;
  return claimIdField[method] && typeof id === 'number' ? id : null;
}

const claimIdField: Partial<Record<MethodName, 'id' | 'claimId'>> = {
  'claims.update': 'id',
  'claims.restore': 'id',
  'claims.reattach': 'id',
  'claims.undoField': 'id',
  'verdicts.set': 'claimId',
  'verdicts.clear': 'claimId',
  'verdicts.confirm': 'claimId',
  'sources.attach': 'claimId',
  'sources.detach': 'claimId',
  'sources.updateLink': 'claimId',
  'claims.citeCheck': 'claimId',
};
