#!/usr/bin/env node
// The factdesk CLI. Builds itself on first use after `npm ci`, then runs the bundled CLI.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const bundle = join(root, 'out/node/cli.mjs');
const canBuild =
  existsSync(join(root, 'src-main')) && existsSync(join(root, 'node_modules/esbuild'));
if (canBuild) {
  // A checkout is a development build: every result is checked against the contract.
  process.env.FACTDESK_CHECK_OUTPUTS ??= '1';
  const { buildNode } = await import(pathToFileURL(join(root, 'scripts/build-node.mjs')).href);
  await buildNode();
}
await import(pathToFileURL(bundle).href);
