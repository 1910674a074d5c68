import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The import worker runs from its Node build, so that build must be current.
    globalSetup: ['tests/helpers/buildNodeShells.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every dispatcher checks results against the contract in tests, including in the CLI and
    // host processes the tests start (they inherit this environment).
    env: { FACTDESK_CHECK_OUTPUTS: '1' },
  },
});
