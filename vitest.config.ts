import { defineConfig } from 'vitest/config';

// expect.poll waits for things a busy 2-core CI machine may deliver late (a socket event,
// a page render); its timeout only bounds a hung run and is never a performance assertion.
const patientPolling = { poll: { timeout: 20_000, interval: 50 } };
const setupFiles = ['./vitest.setup.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'], setupFiles } },
      {
        test: { name: 'deidentify', include: ['packages/deidentify/src/**/*.test.ts'], setupFiles },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: patientPolling,
        },
      },
      { test: { name: 'web', include: ['packages/web/src/**/*.test.{ts,tsx}'], setupFiles } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          expect: patientPolling,
        },
      },
    ],
  },
});
