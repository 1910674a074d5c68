import { spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './runFactdesk';

export { repoRoot };

export interface StartedHost {
  child: ChildProcess;
  origin: string;
  /** Everything the host printed so far. */
  output(): string;
  /** Signs in with the printed one-time code and calls the API; returns the parsed answer. */
  call(
    method: string,
    input?: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
  stop(): Promise<void>;
}

/** Starts the real browser host process (out/node/host.mjs) and waits for its printed URL. */
export async function startHost(
  args: string[],
  options: { command?: string[]; spawn?: SpawnOptions } = {},
): Promise<StartedHost> {
  const [command = process.execPath, ...prefix] = options.command ?? [process.execPath];
  const child = spawn(
    command,
    [...prefix, join(repoRoot, 'out/node/host.mjs'), '--no-open', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options.spawn,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start: ${output}`)), 30_000);
    const check = () => {
      const match = /Factdesk is running at (\S+)\n/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${String(code)}: ${output}`));
    });
  });
  const origin = new URL(url).origin;
  let cookie: string | undefined;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    child,
    origin,
    output: () => output,
    async call(method, input = {}) {
      if (!cookie) {
        const response = await fetch(`${origin}/session`, {
          method: 'POST',
          body: JSON.stringify({ code: new URL(url).searchParams.get('code') }),
        });
        cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
      }
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface HostProcess {
  /** The first URL the host printed: the app with a one-time sign-in code. */
  url: string;
  origin: string;
  /** The session cookie ("factdesk_session=…") the tests' own API calls use. */
  cookie: string;
  dbPath: string;
  dataDir: string;
  process: ChildProcess;
  /** A fresh sign-in URL: the host prints one for each line it reads on stdin. */
  signInUrl(): Promise<string>;
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
 * `npm run web` would, signs in with one of its one-time codes and resolves with the session
 * cookie. Rejects after 20 s, or when the host exits first, with what it printed.
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
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, FACTDESK_CHECK_OUTPUTS: checkOutputs ? '1' : '0' },
    },
  );
  let output = '';
  let printedUpTo = 0;
  const printed: string[] = [];
  const waiting: ((url: string) => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    for (const match of output.matchAll(/Factdesk is running at (\S+)\n/g)) {
      if (match.index === undefined || match.index < printedUpTo) continue;
      printedUpTo = match.index + match[0].length;
      const url = match[1] ?? '';
      const next = waiting.shift();
      if (next) next(url);
      else printed.push(url);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const nextUrl = () =>
    new Promise<string>((resolveUrl, reject) => {
      const ready = printed.shift();
      if (ready) return resolveUrl(ready);
      const timer = setTimeout(() => reject(new Error(`host printed no URL: ${output}`)), 20_000);
      waiting.push((url) => {
        clearTimeout(timer);
        resolveUrl(url);
      });
      child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
    });
  const url = await nextUrl();
  const signInUrl = () => {
    child.stdin?.write('\n');
    return nextUrl();
  };
  const origin = new URL(url).origin;
  const code = new URL(await signInUrl()).searchParams.get('code');
  const signedIn = await fetch(`${origin}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  if (!cookie) throw new Error(`the host refused its own sign-in code: ${output}`);
  return { url, origin, cookie, dbPath, dataDir, process: child, signInUrl };
}

/** Stops a host started by startHostProcess and waits until it has exited. */
export async function stopHostProcess(host: HostProcess): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((done) => host.process.once('exit', done));
  host.process.kill('SIGTERM');
  await exited;
}
