import type { AlphaResult } from './krippendorffAlpha';
import type { KappaResult } from './verdictKappa';

/** Wording shared by the app's debrief view and the exported files, so both read the same. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function formatDecimal(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function kappaText(kappa: KappaResult): string {
  return kappa.value === null ? kappa.reason : kappa.value.toFixed(2);
}

export function alphaText(alpha: AlphaResult): string {
  return alpha.value === null ? alpha.reason : alpha.value.toFixed(2);
}

export const tierNames: Readonly<Record<number, string>> = {
  3: 'Tier 3 · primary or official',
  2: 'Tier 2 · reputable secondary',
  1: 'Tier 1 · weak',
  0: 'Tier 0 · disallowed',
};

export function tierName(tier: number): string {
  return tierNames[tier] ?? `Tier ${tier}`;
}

/** The mean of the values that exist, or null when none does. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
