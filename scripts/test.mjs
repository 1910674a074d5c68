// `npm test`: type checks, lint, unit tests (vitest) and end-to-end tests (Playwright), then one
// closing line that totals every runner: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

check('Type check (main)', bin('tsc'), ['-p', 'tsconfig.main.json']);
check('Type check (renderer)', bin('tsc'), ['-p', 'tsconfig.renderer.json']);
check('Type check (tests)', bin('tsc'), ['-p', 'tsconfig.tests.json']);
check('ESLint', bin('eslint'), ['.']);
check('Prettier', bin('prettier'), ['--check', '.']);

const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const unitOk = run('Unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (!unitOk && unit.numFailedTests === 0) totals.failed += 1;
} else totals.failed += 1;

let e2eOk = false;
try {
  await ensureBuilt();
  const playwrightJson = join(results, 'playwright.json');
  rmSync(playwrightJson, { force: true });
  e2eOk = run(
    'End-to-end tests (Playwright, Chromium)',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    },
  );
  const e2e = readJson(playwrightJson);
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) totals.failed += 1;
  } else totals.failed += 1;
} catch (error) {
  console.error(`Build failed: ${error.message}`);
  totals.failed += 1;
}

// Skipped tests (e.g. the Electron spec where its binary is absent) are counted on their own
// line, so that the last line is exactly the totals line CI reads: "N passed, N failed".
const line = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(join(results, 'summary.txt'), `${line}\n`);
console.log(`\n${totals.skipped} skipped`);
console.log(line);
process.exitCode = totals.failed > 0 ? 1 : 0;
