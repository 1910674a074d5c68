// Runs one child process in the foreground of a launcher script (`npm start`, `npm run web`):
// SIGINT, SIGTERM and SIGHUP reach the child, the launcher exits with the child's status, and if
// the launcher's own parent goes away (npm killed), the child is stopped too, so nothing is left
// running behind a stopped `npm start`.
import { spawn } from 'node:child_process';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const PARENT_CHECK_MS = 500;

export function runChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  let stopping = false;
  const stop = (signal) => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of SIGNALS) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, PARENT_CHECK_MS);
  watch.unref();
  child.on('error', (error) => {
    console.error(`Factdesk could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    clearInterval(watch);
    // Stopped on request: a clean exit, whatever signal ended the child.
    process.exit(code ?? (stopping || signal ? 0 : 1));
  });
  return child;
}
