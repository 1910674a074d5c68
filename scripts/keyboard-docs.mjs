// `npm run docs:keyboard`: writes docs/keyboard.md from the command declarations
// (src-main/contract/commands.ts). tests/unit/contract/keyboardReference.test.ts keeps it in sync.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bundled = await build({
  entryPoints: [join(root, 'src-main/contract/keyboardReference.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  logLevel: 'error',
});
const source = bundled.outputFiles[0].text;
const { keyboardReference } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);
writeFileSync(join(root, 'docs/keyboard.md'), keyboardReference());
console.log('Wrote docs/keyboard.md');
