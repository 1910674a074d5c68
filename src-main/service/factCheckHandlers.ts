import { FactdeskError, notFound } from '../contract/errors';
import type { Handlers } from '../contract/methods';
import { FactCheckFeedError } from '../core/factchecks/FactCheckFeedError';
import { directionControlsNote } from '../core/text/directionControls';
import { ImportError } from '../importers/ImportError';
import type { WorkbenchContext } from './WorkbenchContext';
import { decodeBase64 } from './articleHandlers';

export function factCheckHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'factchecks.import' | 'factchecks.get'> {
  const { store } = ctx;
  return {
    'factchecks.import': async ({ fileName, dataBase64 }) => {
      const bytes = decodeBase64(dataBase64, 'dataBase64');
      let feed;
      try {
        feed = await ctx.readFactCheckFeed(fileName, bytes);
      } catch (error) {
        if (error instanceof FactCheckFeedError) {
          throw new FactdeskError('unsupported', `${fileName}: ${error.message}`, [
            { path: 'file', message: error.code },
          ]);
        }
        if (error instanceof ImportError) {
          throw new FactdeskError('unsupported', error.message, [
            { path: 'file', message: error.code },
          ]);
        }
        throw error;
      }
      return store.transaction(() => {
        let imported = 0;
        let updated = 0;
        const at = ctx.now();
        for (const item of feed.items) {
          if (store.factChecks.upsert(item.fields, at).created) imported += 1;
          else updated += 1;
        }
        const directionNote = directionControlsNote(feed.directionFields, 'the fact checks');
        return {
          imported,
          updated,
          skipped: feed.skipped,
          warnings: directionNote ? [directionNote] : [],
        };
      });
    },
    'factchecks.get': ({ id }) => {
      const check = store.factChecks.get(id);
      if (!check) throw notFound('Fact check', id);
      return check;
    },
  };
}
