import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid } from '../contract/errors';
import type { RatingScale } from '../core/model';
import { builtinScales } from '../core/scales/builtinScales';
import type { Store } from '../store/openStore';
import type { WorkbenchContext } from './WorkbenchContext';

export function allScales(store: Store): RatingScale[] {
  return [...builtinScales, ...store.scales.listCustom()];
}

export function scaleById(store: Store, id: string): RatingScale {
  const scale = allScales(store).find((s) => s.id === id);
  if (!scale) throw new FactdeskError('not_found', `Rating scale "${id}" does not exist`);
  return scale;
}

export function scaleHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'scales.list' | 'scales.save' | 'scales.delete'> {
  const { store } = ctx;
  return {
    'scales.list': () => allScales(store),
    'scales.save': ({ scale }) =>
      store.transaction(() => {
        if (builtinScales.some((s) => s.id === scale.id)) {
          throw invalid('scale.id', `"${scale.id}" is a built-in scale and cannot be changed`);
        }
        const keys = new Set<string>();
        scale.ratings.forEach((rating, index) => {
          if (keys.has(rating.key)) {
            throw invalid(`scale.ratings.${index}.key`, `"${rating.key}" appears twice`);
          }
          keys.add(rating.key);
        });
        if (scale.kind === 'conclusion' && scale.ratings.length > 0) {
          throw invalid('scale.ratings', 'a conclusion-only scale has no ratings');
        }
        if (scale.kind !== 'conclusion' && scale.ratings.length === 0) {
          throw invalid('scale.ratings', 'add at least one rating');
        }
        const before = store.scales.listCustom().find((s) => s.id === scale.id) ?? null;
        store.scales.save(scale, ctx.now());
        const saved: RatingScale = { ...scale, builtin: false };
        ctx.audit('scale', 0, before ? 'update' : 'create', before, saved);
        return saved;
      }),
    'scales.delete': ({ id }) =>
      store.transaction(() => {
        const scale = scaleById(store, id);
        if (scale.builtin) throw invalid('id', 'built-in scales cannot be deleted');
        if (store.claims.scaleInUse(id)) {
          throw new FactdeskError('conflict', `Scale "${scale.name}" is used by verdicts`);
        }
        if (ctx.preferences().defaultScaleId === id) {
          throw new FactdeskError('conflict', `Scale "${scale.name}" is the default scale`);
        }
        store.scales.remove(id);
        ctx.audit('scale', 0, 'delete', scale, null);
        return { id };
      }),
  };
}
