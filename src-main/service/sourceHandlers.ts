import type { Handlers } from '../contract/methods';
import { FactdeskError, notFound } from '../contract/errors';
import type { Source } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import type { ArchiveStore } from './archiveStore';
import { decodeBase64 } from './articleHandlers';
import { requireClaim } from './claimHandlers';
import { mimeOf } from './renderedFile';

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
  const { store, mutation, entities } = ctx;
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
  const citation = (claimId: number, sourceId: number) => ({
    of: entities.citation(sourceId),
    id: claimId,
  });

  return {
    'sources.search': ({ query }) => store.sources.search(query),
    'sources.create': ({ fields }) => {
      const { id } = mutation(entities.source, 'create', () =>
        store.sources.insert({ accessedAt: ctx.today(), ...fields }, ctx.now()),
      );
      return requireSource(id);
    },
    'sources.update': ({ id, patch }) => {
      mutation({ of: entities.source, id }, 'update', () => {
        requireSource(id);
        store.sources.update(id, patch, ctx.now());
      });
      return requireSource(id);
    },
    'sources.attach': ({ claimId, sourceId, link }) => {
      mutation(citation(claimId, sourceId), 'source.attach', () => {
        requireClaim(ctx, claimId);
        requireSource(sourceId);
        if (store.sources.isLinked(claimId, sourceId)) {
          throw new FactdeskError('conflict', `Source ${sourceId} is already cited on this claim`);
        }
        store.sources.link(claimId, sourceId, link ?? {});
      });
      return requireClaim(ctx, claimId);
    },
    'sources.updateLink': ({ claimId, sourceId, link }) => {
      mutation(citation(claimId, sourceId), 'source.update', () => {
        requireLink(claimId, sourceId);
        store.sources.updateLink(claimId, sourceId, link);
      });
      return requireClaim(ctx, claimId);
    },
    'sources.detach': ({ claimId, sourceId }) => {
      mutation(citation(claimId, sourceId), 'source.detach', () => {
        requireLink(claimId, sourceId);
        store.sources.unlink(claimId, sourceId);
      });
      return requireClaim(ctx, claimId);
    },
    'sources.archive': ({ sourceId, fileName, dataBase64 }) => {
      requireSource(sourceId);
      const bytes = decodeBase64(dataBase64, 'dataBase64');
      const stored = archives.put(fileName, bytes);
      mutation({ of: entities.archive, id: sourceId }, 'archive', () => {
        requireSource(sourceId);
        store.sources.setArchive(sourceId, {
          ...stored,
          mime: mimeOf(fileName),
          originalName: fileName.split(/[\\/]/).pop() ?? fileName,
          createdAt: ctx.now(),
        });
      });
      return requireSource(sourceId);
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
