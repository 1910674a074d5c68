import { mulberry32 } from '../helpers/mulberry32';
/**
 * A benchmark measures its subject and a baseline in the same run and reports the ratio,
 * because absolute timings on shared machines are noise.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** value / baseline; NaN where a ratio means nothing (counts whose target is zero). */
  ratio: number;
  /** Human-readable target, e.g. "ratio <= 1.5"; */
  target: string;
  /** Whether the figure meets its target. */
  ok: boolean;
}

export interface Benchmark {
  name: string;
  /** Runs against the built app (renderer and host); `npm run bench` builds it first. */
  needsBuild?: boolean;
  run(): Promise<BenchResult[]> | BenchResult[];
}

/** The value below which a share `p` (0 to 1) of the samples lie, by nearest rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function timeIt(fn: () => void, minRuns = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < minRuns; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export async function timeItAsync(fn: () => Promise<void>, minRuns = 3): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < minRuns; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** Deterministic (mulberry32), so every run measures the same data. */
export const seededRandom = mulberry32;
