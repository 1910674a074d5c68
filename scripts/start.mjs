// `npm start`: the Electron app. Electron's binary and an Electron build of better-sqlite3 are
// fetched on first start; where they cannot be had, say so in one line and start the browser host.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';
import { runChild } from './runChild.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronDir = join(root, 'node_modules/electron');
const nativeDir = join(root, '.electron-native');
const nativeBinding = join(nativeDir, 'better_sqlite3.node');

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function quiet(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function fetchElectron() {
  if (electronBinary()) return null;
  const attempt = quiet(process.execPath, [join(electronDir, 'install.js')]);
  if (electronBinary()) return null;
  const reason = attempt.output.split('\n').find((l) => /error|ENOTFOUND|EAI_AGAIN|fetch/i.test(l));
  return reason?.trim() || 'the download did not complete';
}

/** Builds better-sqlite3 for Electron's ABI in a separate folder, never touching the Node build. */
function buildElectronSqlite() {
  if (existsSync(nativeBinding)) return null;
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const work = join(nativeDir, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'node_modules/better-sqlite3'), join(work, 'better-sqlite3'), {
    recursive: true,
    filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
  });
  const gyp = process.env.npm_config_node_gyp;
  const [command, args] = gyp ? [process.execPath, [gyp]] : ['node-gyp', []];
  const built = quiet(
    command,
    [
      ...args,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    join(work, 'better-sqlite3'),
  );
  const output = join(work, 'better-sqlite3/build/Release/better_sqlite3.node');
  if (!built.ok || !existsSync(output)) {
    return 'better-sqlite3 could not be built for Electron (its headers could not be downloaded)';
  }
  cpSync(output, nativeBinding);
  rmSync(work, { recursive: true, force: true });
  return null;
}

function startBrowserHost(reason) {
  console.log(
    `Factdesk: Electron is not available here (${reason}); starting the browser host instead.`,
  );
  runChild(process.execPath, [join(root, 'scripts/web.mjs'), ...process.argv.slice(2)]);
}

await ensureBuilt();
const problem = fetchElectron() ?? buildElectronSqlite();
if (problem) {
  startBrowserHost(problem);
} else {
  runChild(electronBinary(), [root, ...process.argv.slice(2)], {
    // Run from a checkout, so a development build: results are checked against the contract.
    env: { FACTDESK_CHECK_OUTPUTS: '1', ...process.env, FACTDESK_SQLITE_BINDING: nativeBinding },
  });
}
