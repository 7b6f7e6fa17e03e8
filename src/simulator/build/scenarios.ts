/**
 * Build-time only: the example scenarios in `scenarios/*.yaml` (or `DRILLBOOK_SCENARIOS`), each
 * validated against the compiled plan by the engine's validator. The pages emit the validated
 * scenarios as JSON, so the browser never needs the validator for them. A scenario with an error
 * fails the build with the validator's `path:line:column` lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenario } from '../../engine/scenario/validate.ts';
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

/** Route segments under /exercises/ that a scenario id must not take. */
export const RESERVED_IDS = ['run', 'projector', 'report', 'data'];

let cached: ExampleScenario[] | undefined;

/** The example scenarios, sorted by title; cached for the build. */
export function loadScenarios(dir = process.env.DRILLBOOK_SCENARIOS ?? 'scenarios'): ExampleScenario[] {
  if (cached) return cached;
  const plan = loadPlan();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const out: ExampleScenario[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const result = validateScenario(plan, text, file);
    if (!result.scenario) throw new Error(`scenario ${file} is not valid:\n${result.problems.map(formatProblem).join('\n')}`);
    if (RESERVED_IDS.includes(result.scenario.id)) throw new Error(`${file}: scenario id "${result.scenario.id}" is reserved for a simulator page; rename it`);
    out.push({ scenario: result.scenario, file, text });
  }
  cached = out.sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
  return cached;
}
