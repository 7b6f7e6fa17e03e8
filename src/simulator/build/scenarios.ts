/**
 * Build-time only: the example scenarios in `scenarios/*.yaml` (or `DRILLBOOK_SCENARIOS`), each
 * validated against the compiled plan by the engine's validator. The pages emit the validated
 * scenarios as JSON, so the browser never needs the validator for them. A scenario with an error
 * fails the build with the validator's `path:line:column` lines, and so does a scenario file that
 * cannot be read safely (the same reader and lines as `npm run check`).
 */
import { validateScenario } from '../../engine/scenario/validate.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { formatProblem } from '../../compiler/problems.ts';
import { readScenarioDir, scenarioPrefix } from '../../compiler/read-folder.ts';
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
  const read = readScenarioDir(dir);
  if (read.problems.length) fail(`the scenarios in ${dir}/ cannot be read:\n${read.problems.map(formatProblem).join('\n')}`);
  const out: ExampleScenario[] = [];
  for (const { path, text } of read.files) {
    const file = `${scenarioPrefix(dir)}${path}`;
    const result = validateScenario(plan, text, file);
    if (!result.scenario) fail(`scenario ${file} is not valid:\n${result.problems.map(formatProblem).join('\n')}`);
    if (RESERVED_IDS.includes(result.scenario.id)) fail(`${file}: scenario id "${result.scenario.id}" is reserved for a simulator page; rename it`);
    out.push({ scenario: result.scenario, file, text });
  }
  cached = out.sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
  return cached;
}

/** Fails the build with `message` alone: the lines say everything, a stack trace would only hide them. */
function fail(message: string): never {
  const error = new Error(message);
  error.stack = message;
  throw error;
}
