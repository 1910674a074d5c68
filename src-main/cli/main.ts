import { appVersion } from '../service/packageInfo';
import { runCli } from './runCli';

const code = await runCli(process.argv.slice(2), {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY === true,
  },
  appVersion: appVersion(),
});
process.exitCode = code;
