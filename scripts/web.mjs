// `npm run web -- [--db PATH] [--port N] [--no-open]`: the workbench in a plain browser.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

const root = resolve(import.meta.dirname, '..');
await ensureBuilt();
// Run from a checkout, so a development build: every result is checked against the contract.
const child = spawn(process.execPath, [join(root, 'out/node/host.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { FACTDESK_CHECK_OUTPUTS: '1', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
