// `npm run web -- [--db PATH] [--port N] [--no-open]`: the workbench in a plain browser.
import { join, resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';
import { runChild } from './runChild.mjs';

const root = resolve(import.meta.dirname, '..');
await ensureBuilt();
// Run from a checkout, so a development build: every result is checked against the contract.
runChild(process.execPath, [join(root, 'out/node/host.mjs'), ...process.argv.slice(2)], {
  env: { FACTDESK_CHECK_OUTPUTS: '1', ...process.env },
});
