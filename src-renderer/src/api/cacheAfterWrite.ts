import type { QueryClient } from '@tanstack/react-query';
import type { Article, Claim, Preferences } from '../../../src-main/core/model';
import { compareTextOrder } from '../../../src-main/core/anchoring/compareTextOrder';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { contractKey } from './contractKey';

type Effect<M extends MethodName> = (
  cache: QueryClient,
  input: MethodInput<M>,
  output: MethodOutput<M>,
) => void;

/** Every cached claims list, each as it is stored: the claims of one article in text order. */
function updateClaimLists(cache: QueryClient, change: (claims: Claim[]) => Claim[]): void {
  cache.setQueriesData<Claim[]>({ queryKey: ['claims.list'] }, (claims) =>
    claims ? change(claims) : claims,
  );
}

/** Puts a claim the service returned into its article's list, in text order. */
function storeClaim(cache: QueryClient, claim: Claim): void {
  cache.setQueryData<Claim[]>(
    contractKey('claims.list', { articleId: claim.articleId }),
    (list) => {
      if (!list) return list;
      const at = list.findIndex((c) => c.id === claim.id);
      const next = at < 0 ? [...list, claim] : list.map((c, i) => (i === at ? claim : c));
      const moved = at < 0 || list[at]?.start !== claim.start || list[at]?.end !== claim.end;
      return moved ? next.sort(compareTextOrder) : next;
    },
  );
}

/** A claim's own fields changed: its list entry and its history. */
function claimChanged(cache: QueryClient, claim: Claim): void {
  storeClaim(cache, claim);
  void cache.invalidateQueries({ queryKey: contractKey('claims.history', { id: claim.id }) });
}

/** The library shows claim counts and verdicts per article. */
function libraryChanged(cache: QueryClient): void {
  void cache.invalidateQueries({ queryKey: ['articles.list'] });
}

/** Only the fields a patch changed are taken from the answer: a slower answer to an earlier
 *  patch must not undo a later one the checker has already typed. */
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
  'articles.saveText': (cache, { id }, { article, claims }) => {
    cache.setQueryData(contractKey('articles.get', { id }), article);
    cache.setQueryData(contractKey('claims.list', { articleId: id }), claims);
    // Typing must not reload the library or any history: both are marked out of date and read
    // again when next shown. Places offered for claims under review depend on the text itself.
    void cache.invalidateQueries({ queryKey: ['articles.list'], refetchType: 'none' });
    void cache.invalidateQueries({ queryKey: ['claims.history'], refetchType: 'none' });
    void cache.invalidateQueries({ queryKey: ['claims.candidates'] });
  },
  'articles.loadVersion': (cache, { id }, { article, claims }) => {
    cache.setQueryData(contractKey('articles.get', { id }), article);
    cache.setQueryData(contractKey('claims.list', { articleId: id }), claims);
    void cache.invalidateQueries({ queryKey: ['claims.history'] });
    void cache.invalidateQueries({ queryKey: ['claims.candidates'] });
    libraryChanged(cache);
  },
  'annotations.import': (cache, { articleId }) => {
    void cache.invalidateQueries({ queryKey: contractKey('claims.list', { articleId }) });
    libraryChanged(cache);
  },
  'claims.create': (cache, _input, claim) => {
    storeClaim(cache, claim);
    libraryChanged(cache);
  },
  'claims.update': (cache, _input, claim) => claimChanged(cache, claim),
  'claims.delete': (cache, { id }) => {
    updateClaimLists(cache, (claims) =>
      claims.some((c) => c.id === id) ? claims.filter((c) => c.id !== id) : claims,
    );
    libraryChanged(cache);
  },
  'claims.restore': (cache, _input, claim) => {
    claimChanged(cache, claim);
    libraryChanged(cache);
  },
  'claims.reattach': (cache, { id }, claim) => {
    claimChanged(cache, claim);
    void cache.invalidateQueries({ queryKey: ['claims.candidates', { id }] });
  },
  'verdicts.set': (cache, _input, claim) => {
    claimChanged(cache, claim);
    libraryChanged(cache);
  },
  'verdicts.clear': (cache, _input, claim) => {
    claimChanged(cache, claim);
    libraryChanged(cache);
  },
  'sources.create': (cache) => void cache.invalidateQueries({ queryKey: ['sources.search'] }),
  'sources.attach': (cache, _input, claim) => claimChanged(cache, claim),
  'sources.detach': (cache, _input, claim) => claimChanged(cache, claim),
  'sources.updateLink': (cache, _input, claim) => claimChanged(cache, claim),
  // Every claim citing the source shows its archived copy.
  'sources.archive': (cache, _input, source) => {
    updateClaimLists(cache, (claims) =>
      claims.some((c) => c.sources.some((s) => s.source.id === source.id))
        ? claims.map((c) =>
            c.sources.some((s) => s.source.id === source.id)
              ? {
                  ...c,
                  sources: c.sources.map((s) => (s.source.id === source.id ? { ...s, source } : s)),
                }
              : c,
          )
        : claims,
    );
    void cache.invalidateQueries({ queryKey: ['sources.search'] });
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
): void {
  (effects[method] as Effect<M> | undefined)?.(cache, input, output);
}
