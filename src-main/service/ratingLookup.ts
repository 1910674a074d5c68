import type { Rating } from '../core/model';
import type { Store } from '../store/openStore';
import { allScales } from './scaleHandlers';

/** Finds a verdict's rating on its scale, built-in or custom; read once per request. */
export function ratingLookup(store: Store) {
  const scales = new Map(allScales(store).map((scale) => [scale.id, scale]));
  return (scaleId: string | null, ratingKey: string | null): Rating | null => {
    if (scaleId === null || ratingKey === null) return null;
    return scales.get(scaleId)?.ratings.find((rating) => rating.key === ratingKey) ?? null;
  };
}

/** Every label the given rating keys have on any scale: how a verdict filter reads fact checks. */
export function labelsOfKeys(store: Store, keys: readonly string[]): string[] {
  const labels = new Set<string>();
  for (const scale of allScales(store)) {
    for (const rating of scale.ratings) if (keys.includes(rating.key)) labels.add(rating.label);
  }
  return [...labels];
}
