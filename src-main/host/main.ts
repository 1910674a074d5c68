import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDbPath } from '../service/defaultDataDir';
import { openWorkbench } from '../service/openWorkbench';
import { appVersion, packageRoot } from '../service/packageInfo';
import { seedSampleArticle } from '../service/sampleArticle';
import { startHost } from './startHost';

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const root = packageRoot();
  const workbench = openWorkbench({
    dbPath: resolveDbPath(values.db),
    shell: 'host',
    appVersion: appVersion(root),
  });
  await seedSampleArticle(workbench.store, workbench.handlers, join(root, 'resources/samples'));
  const host = await startHost({
    dispatch: workbench.dispatch,
    rendererDir: join(root, 'out/renderer'),
    port,
  });
  console.log(`Factdesk is running at ${host.url}`);
  console.log(`Data: ${workbench.dbPath}`);
  if (!values['no-open']) openInBrowser(host.url);
  const stop = () => {
    void host.close().then(() => {
      workbench.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`factdesk web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
