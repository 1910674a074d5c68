// Bundles every tests/bench/*.bench.ts and runs them: a table by default, JSON lines with --json.
import { build } from 'esbuild';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const root = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const only = process.argv.find((arg, i) => process.argv[i - 1] === '--only');
const benchDir = join(root, 'tests/bench');
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const outDir = join(root, 'out/bench');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'entry.ts');
writeFileSync(
  entry,
  files
    .map((f, i) => `export { benchmark as b${i} } from ${JSON.stringify(join(benchDir, f))};`)
    .join('\n'),
);
const bundle = join(outDir, 'bench.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  packages: 'external',
  logLevel: 'error',
});
const mod = await import(pathToFileURL(bundle).href);
const selected = Object.values(mod).filter((benchmark) => !only || benchmark.name.includes(only));
if (selected.some((benchmark) => benchmark.needsBuild)) await ensureBuilt();
let failures = 0;
const rows = [];
for (const benchmark of selected) {
  for (const result of await benchmark.run()) {
    if (!result.ok) failures++;
    if (json) {
      const { name, value, unit, baseline, ratio, target } = result;
      console.log(
        JSON.stringify({
          name,
          value,
          unit,
          baseline,
          ratio: Number.isFinite(ratio) ? ratio : null,
          target,
          ok: result.ok,
        }),
      );
    } else rows.push(result);
  }
}
if (!json) {
  const fmt = (n) =>
    Number.isNaN(n)
      ? '-'
      : Math.abs(n) >= 100 || Number.isInteger(n)
        ? n.toFixed(0)
        : n.toPrecision(3);
  const header = ['benchmark', 'value', 'baseline', 'ratio', 'target', 'ok'];
  const table = rows.map((r) => [
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    `${fmt(r.baseline)} ${r.unit}`,
    fmt(r.ratio),
    r.target,
    r.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log(
    '\nTargets are on the ratios. Absolute values are valid for this machine and this run only.',
  );
}
process.exitCode = failures > 0 ? 1 : 0;
