import type { Handlers } from '../contract/methods';
import { FactdeskError, notFound } from '../contract/errors';
import type { Source } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import type { ArchiveStore } from './archiveStore';
import { decodeBase64 } from './articleHandlers';
import { requireClaim } from './claimHandlers';
import { guessMime } from './guessMime';

export function sourceHandlers(
  ctx: WorkbenchContext,
  archives: ArchiveStore,
): Pick<
  Handlers,
  | 'sources.search'
  | 'sources.create'
  | 'sources.update'
  | 'sources.attach'
  | 'sources.updateLink'
  | 'sources.detach'
  | 'sources.archive'
  | 'sources.openArchive'
> {
  const { store } = ctx;
  const requireSource = (id: number): Source => {
    const source = store.sources.get(id);
    if (!source) throw notFound('Source', id);
    return source;
  };
  const requireLink = (claimId: number, sourceId: number) => {
    requireClaim(ctx, claimId);
    if (!store.sources.isLinked(claimId, sourceId)) {
      throw new FactdeskError('not_found', `Source ${sourceId} is not cited on claim ${claimId}`);
    }
  };

  return {
    'sources.search': ({ query }) => store.sources.search(query),
    'sources.create': ({ fields }) =>
      store.transaction(() => {
        const id = store.sources.insert(
          {
            url: '',
            title: '',
            publisher: '',
            author: '',
            publishedAt: '',
            accessedAt: ctx.today(),
            kind: 'other',
            reliabilityNote: '',
            ...fields,
          },
          ctx.now(),
        );
        const source = requireSource(id);
        ctx.audit('source', id, 'create', null, fields);
        return source;
      }),
    'sources.update': ({ id, patch }) =>
      store.transaction(() => {
        const before = requireSource(id);
        store.sources.update(id, patch, ctx.now());
        const keys = Object.keys(patch) as (keyof typeof patch)[];
        ctx.audit(
          'source',
          id,
          'update',
          Object.fromEntries(keys.map((k) => [k, before[k]])),
          patch,
        );
        return requireSource(id);
      }),
    'sources.attach': ({ claimId, sourceId, link }) =>
      store.transaction(() => {
        requireClaim(ctx, claimId);
        const source = requireSource(sourceId);
        if (store.sources.isLinked(claimId, sourceId)) {
          throw new FactdeskError('conflict', `Source ${sourceId} is already cited on this claim`);
        }
        const fields = { stance: 'context' as const, excerpt: '', note: '', tier: null, ...link };
        store.sources.link(claimId, sourceId, fields);
        ctx.audit('claim', claimId, 'source.attach', null, {
          sourceId,
          url: source.url,
          title: source.title,
          ...fields,
        });
        return requireClaim(ctx, claimId);
      }),
    'sources.updateLink': ({ claimId, sourceId, link }) =>
      store.transaction(() => {
        requireLink(claimId, sourceId);
        const before = requireClaim(ctx, claimId).sources.find((s) => s.source.id === sourceId);
        store.sources.updateLink(claimId, sourceId, link);
        const keys = Object.keys(link) as (keyof typeof link)[];
        ctx.audit(
          'claim',
          claimId,
          'source.update',
          { sourceId, ...Object.fromEntries(keys.map((k) => [k, before?.[k]])) },
          { sourceId, ...link },
        );
        return requireClaim(ctx, claimId);
      }),
    'sources.detach': ({ claimId, sourceId }) =>
      store.transaction(() => {
        requireLink(claimId, sourceId);
        const source = requireSource(sourceId);
        store.sources.unlink(claimId, sourceId);
        ctx.audit('claim', claimId, 'source.detach', { sourceId, title: source.title }, null);
        return requireClaim(ctx, claimId);
      }),
    'sources.archive': ({ sourceId, fileName, dataBase64 }) => {
      requireSource(sourceId);
      const bytes = decodeBase64(dataBase64, 'dataBase64');
      const stored = archives.put(fileName, bytes);
      return store.transaction(() => {
        const before = requireSource(sourceId).archive;
        const archive = {
          ...stored,
          mime: guessMime(fileName),
          originalName: fileName.split(/[\\/]/).pop() ?? fileName,
          createdAt: ctx.now(),
        };
        store.sources.setArchive(sourceId, archive);
        ctx.audit('source', sourceId, 'archive', before, archive);
        return requireSource(sourceId);
      });
    },
    'sources.openArchive': ({ sourceId }) => {
      const { archive } = requireSource(sourceId);
      if (!archive) throw new FactdeskError('not_found', `Source ${sourceId} has no archived copy`);
      return {
        path: archives.absolute(archive.path),
        sha256: archive.sha256,
        mime: archive.mime,
        intact: archives.verify(archive.path, archive.sha256),
      };
    },
  };
}
