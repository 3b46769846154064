import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The Electron end-to-end test alone, for the release runners: it needs the Electron binary and a
// display, but none of the test mail servers the full e2e project starts.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    name: 'electron-e2e',
    include: ['test/e2e/electronApp.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
