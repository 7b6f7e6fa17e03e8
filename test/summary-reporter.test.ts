/** The closing lines of a test run (test/summary-reporter.ts): the notes tests left, once each, then the counts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from './summary-reporter.ts';

/** A stand-in for a finished test file: its tests' states and notes. */
const module = (tests: { state: string; note?: string }[]) =>
  ({
    children: {
      allTests: () => tests.map((t) => ({ result: () => ({ state: t.state }), meta: () => ({ note: t.note }) })),
    },
    state: () => 'passed',
    errors: () => [],
  }) as unknown as TestModule;

afterEach(() => vi.restoreAllMocks());

function output(modules: TestModule[]): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => ((out += String(text)), true));
  new SummaryReporter().onTestRunEnd(modules, []);
  vi.restoreAllMocks();
  return out;
}

describe('the summary reporter', () => {
  it('prints each distinct note on one line before the counts, so a check left out is never silent', () => {
    const note =
      "OSCAL: NIST's schemas were not found in /x: the exports were checked against Drillbook's structure schema only";
    const out = output([
      module([
        { state: 'passed', note },
        { state: 'passed', note },
      ]),
      module([{ state: 'failed' }]),
    ]);
    expect(out).toBe(`\nℹ ${note}\n2 passed, 1 failed\n`);
  });

  it('prints the counts alone when no test left a note', () => {
    expect(output([module([{ state: 'passed' }])])).toBe('\n1 passed, 0 failed\n');
  });
});
