import { normaliseUrl } from './normaliseUrl';
import type { CitedSource, KeySource } from './trainingInput';

/**
 * The key's tier for each distinct source the trainee cited on one claim, matched by
 * normalised URL. Sources the key does not list have no tier and are left out: the key lists
 * every source the trainer accepts or forbids. When the key lists a URL twice, the higher tier
 * counts.
 */
export function citedTiers(
  keySources: readonly KeySource[],
  cited: readonly CitedSource[],
): number[] {
  const tierByUrl = new Map<string, number>();
  for (const source of keySources) {
    const url = normaliseUrl(source.url);
    tierByUrl.set(url, Math.max(source.tier, tierByUrl.get(url) ?? 0));
  }
  const citedUrls = new Set(cited.map((source) => normaliseUrl(source.url)));
  return [...citedUrls].flatMap((url) => {
    const tier = tierByUrl.get(url);
    return tier === undefined ? [] : [tier];
  });
}
