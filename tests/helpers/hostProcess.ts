import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface HostProcess {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dataDir: string;
  process: ChildProcess;
}

export interface HostOptions {
  /**
   * Check every answer against its contract (FACTDESK_CHECK_OUTPUTS), as tests do. Benchmarks
   * measure the host as the packaged app runs, without.
   */
  checkOutputs?: boolean;
}

/**
 * Starts the real browser host (the built `out/node/host.mjs`) on a data folder, as
 * `npm run web` would, and resolves once it prints its address. Rejects after 20 s, or when the
 * host exits first, with what it printed.
 */
export async function startHostProcess(
  dataDir: string,
  { checkOutputs = true }: HostOptions = {},
): Promise<HostProcess> {
  const dbPath = join(dataDir, 'factdesk.sqlite');
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'out/node/host.mjs'), '--db', dbPath, '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FACTDESK_CHECK_OUTPUTS: checkOutputs ? '1' : '0' },
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Factdesk is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dbPath,
    dataDir,
    process: child,
  };
}

/** Stops a host started by startHostProcess and waits until it has exited. */
export async function stopHostProcess(host: HostProcess): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((done) => host.process.once('exit', done));
  host.process.kill('SIGTERM');
  await exited;
}
