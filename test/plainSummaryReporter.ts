import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line ("tests: N passed, N failed, N skipped") that CI and people
 * read the same way, whatever the runner prints above it.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      // A file that fails before declaring its tests still counts as a failure.
      if (module.state() === 'failed' && module.children.size === 0) counts.failed += 1;
    }
    console.log(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
