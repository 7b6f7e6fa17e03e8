/**
 * Build-time only: the example scenarios in `scenarios/*.yaml` (or `DRILLBOOK_SCENARIOS`), each
 * validated against the compiled plan by the engine's validator. The pages emit the validated
 * scenarios as JSON, so the browser never needs the validator for them. A scenario with an error
 * fails the build with the validator's `path:line:column` lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenarios } from '../../engine/scenario/validate-all.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { formatProblem } from '../../compiler/problems.ts';
import { loadPlan } from '../../plan/load.ts';

/** A validated example scenario with the text of its file. */
export interface ExampleScenario {
  scenario: Scenario;
  /** Path of the file, relative to the project. */
  file: string;
  /** The file text. */
  text: string;
}

let cached: ExampleScenario[] | undefined;

/** The example scenarios, sorted by title; cached for the build. */
export function loadScenarios(dir = process.env.DRILLBOOK_SCENARIOS ?? 'scenarios'): ExampleScenario[] {
  if (cached) return cached;
  const plan = loadPlan();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const sources = files.map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
  // Validated together: a scenario id is its page's URL, so it must be unique across files and not a simulator page's name.
  const checked = validateScenarios(plan, sources);
  if (!checked.ok) {
    const error = new Error(`scenarios in ${dir}/ are not valid:\n${checked.problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
    error.stack = error.message; // the located lines are the whole story; no stack trace
    throw error;
  }
  const out = checked.results.map((r, i) => ({ scenario: r.scenario!, file: r.file, text: sources[i].text }));
  cached = out.sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
  return cached;
}
