/**
 * Whether dispatchers check every method's result against its contract output schema. On when
 * FACTDESK_CHECK_OUTPUTS=1 (set by the vitest and Playwright setups and by the checkout's
 * launchers: `npm start`, `npm run web`, `npm run factdesk`) or NODE_ENV is development or test;
 * off in a packaged app, which need not pay for parsing every result twice.
 * FACTDESK_CHECK_OUTPUTS=0 turns the checks off anywhere.
 */
export function outputChecksWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FACTDESK_CHECK_OUTPUTS === '1') return true;
  if (env.FACTDESK_CHECK_OUTPUTS === '0') return false;
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}
