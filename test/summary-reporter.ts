/**
 * Prints the closing line CI reads, `N passed, N failed`, after vitest's own summary.
 * A test file that fails to load counts as one failure, so a broken import cannot pass unnoticed.
 * Above it, each distinct note a test left in `task.meta.note` (what it could not check here, and why),
 * one line each, so nothing a test left out passes silently.
 */
import type { Reporter, TestModule } from 'vitest/node';

declare module 'vitest' {
  interface TaskMeta {
    /** One line for whoever reads the test run: what this test could not check here, and why. */
    note?: string;
  }
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    const notes = new Set<string>();
    for (const mod of modules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        const note = test.meta().note;
        if (note) notes.add(note);
      }
      if (tests === 0 || mod.state() === 'failed') failed += mod.errors().length || (tests === 0 ? 1 : 0);
    }
    for (const note of notes) process.stdout.write(`\nℹ ${note}`);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
