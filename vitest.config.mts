import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Sized for a 2-core machine with one core busy (bash .ci/run-busy); waits inside tests are in
    // tests/helpers/waits.ts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most files wait on sockets, child servers and Redis rather than compute: three at a time fill a
    // 2-core machine where Vitest's default (cores - 1) would run them one by one.
    maxWorkers: 3,
  },
});
