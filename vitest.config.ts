import { defineConfig } from 'vitest/config';

// One runner for every kind of test. Integration and e2e share one mail stack, started by the
// global setup; their files run one at a time because they share its MX state.
export default defineConfig({
  test: {
    reporters: ['default', './test/plainSummaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          globalSetup: ['test/mailstack/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // After integration: some integration tests briefly change what the stack serves.
          sequence: { groupOrder: 1 },
          globalSetup: ['test/mailstack/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
