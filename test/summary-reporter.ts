/**
 * Prints the closing line CI reads, `N passed, N failed`, after vitest's own summary.
 * A test file that fails to load counts as one failure, so a broken import cannot pass unnoticed.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    for (const mod of modules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (tests === 0 || mod.state() === 'failed') failed += mod.errors().length || (tests === 0 ? 1 : 0);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
