import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron's app.getPath('userData') gives for productName "Factdesk". */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Factdesk');
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Factdesk');
  }
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Factdesk');
}

export const DATABASE_FILE = 'factdesk.sqlite';

/** `--db PATH` beats FACTDESK_DB, which beats the user's data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env) {
  return flag ?? env.FACTDESK_DB ?? join(defaultDataDir(env), DATABASE_FILE);
}
