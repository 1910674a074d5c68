import { spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './runFactdesk';

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
