/**
 * Validates the scenario files of one plan together: each file on its own (validate.ts), then what
 * only the set can show: two files giving their scenarios the same id, which would name the same
 * briefing page `/exercises/<id>/`. Browser-safe, like validate.ts.
 *
 *   files ──validateScenario each──▶ results ──ids across files──▶ problems
 */
import type { PlanModel } from '../../plan/model.ts';
import { locate, parseYaml } from '../yaml-source.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { validateScenario, type ScenarioValidation } from './validate.ts';

/** A scenario file: its path, as messages name it, and its text. */
export interface ScenarioFile {
  file: string;
  text: string;
}

/** Outcome of validating a set of scenario files. */
export interface ScenarioSetValidation {
  /** Each file's own validation, in the order given, with its path; `scenario` only when the file has no error, here or across files. */
  results: (ScenarioValidation & { file: string })[];
  /** Every problem of every file, sorted by file and position. */
  problems: Problem[];
  /** True when no file has an error. */
  ok: boolean;
}

/**
 * Validates `files` against `plan`; a scenario whose id an earlier file (in the order given) already
 * uses gets a `scenario-duplicate-id` error on its `id`, naming that file. Never throws. `validate`
 * checks one file (default `validateScenario`): the language server passes one that remembers the
 * files whose text and plan have not changed.
 */
export function validateScenarios(
  plan: PlanModel,
  files: readonly ScenarioFile[],
  validate: typeof validateScenario = validateScenario,
): ScenarioSetValidation {
  const firstFile = new Map<string, string>();
  const results = files.map(({ file, text }) => {
    const result: ScenarioValidation & { file: string } = { ...validate(plan, text, file), file };
    const id = result.scenario?.id;
    if (id === undefined) return result;
    const first = firstFile.get(id);
    if (first === undefined) {
      firstFile.set(id, file);
      return result;
    }
    const source = parseYaml(file, text).source;
    const at = source ? locate(source, ['id']) : { line: 1, column: 1 };
    const problem: Problem = {
      file,
      ...at,
      severity: 'error',
      rule: 'scenario-duplicate-id',
      message: `scenario id "${id}" is already used by ${first}; give each scenario its own id (it names the briefing page /exercises/${id}/)`,
    };
    return { file, problems: sortProblems([...result.problems, problem]), ok: false };
  });
  const problems = sortProblems(results.flatMap((r) => r.problems));
  return { results, problems, ok: !problems.some((p) => p.severity === 'error') };
}
