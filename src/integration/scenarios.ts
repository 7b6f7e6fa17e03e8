/**
 * Build-time only: the example scenarios in `scenarios/*.yaml` (or `DRILLBOOK_SCENARIOS`; the folder rule is
 * plan-folders.ts, shared with `npm run check`), each
 * validated against the compiled plan by the scenario validator (src/compiler/scenario/). The pages emit the validated
 * scenarios as JSON, so the browser never needs the validator for them. A scenario with an error
 * fails the build with the validator's `path:line:column` lines, and so does a scenario file that
 * cannot be read safely (the same reader and lines as `npm run check`).
 */
import { validateScenarios } from '../compiler/scenario/validate-all.ts';
import type { Scenario } from '../plan/scenario.ts';
import { formatProblem } from '../compiler/problems.ts';
import { readScenarioDir, scenarioPrefix } from '../compiler/read-folder.ts';
import { loadPlan } from './load-plan.ts';
import { planFolders } from '../compiler/plan-folders.ts';

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
export function loadScenarios(named?: string): ExampleScenario[] {
  if (cached) return cached;
  // The scenario folder `npm run check` reads too (plan-folders.ts): none for another plan unless named.
  const { scenarios: dir, scenariosNamed } = planFolders({ scenarios: named });
  if (!dir) return (cached = []);
  const plan = loadPlan();
  const read = readScenarioDir(dir, scenariosNamed);
  if (read.problems.length)
    fail(`the scenarios in ${dir}/ cannot be read:\n${read.problems.map(formatProblem).join('\n')}`);
  const sources = read.files.map(({ path, text }) => ({ file: `${scenarioPrefix(dir)}${path}`, text }));
  // Validated together: a scenario id is its page's URL, so it must be unique across files and not a simulator page's name.
  const checked = validateScenarios(plan, sources);
  if (!checked.ok)
    fail(
      `scenarios in ${dir}/ are not valid:\n${checked.problems
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
        .join('\n')}`,
    );
  const out = checked.results.map((r, i) => ({ scenario: r.scenario!, file: r.file, text: sources[i].text }));
  cached = out.sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
  return cached;
}

/** Fails the build with `message` alone: the lines say everything, a stack trace would only hide them. */
function fail(message: string): never {
  const error = new Error(message);
  error.stack = message;
  throw error;
}
