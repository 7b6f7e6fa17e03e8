/**
 * A problem found in a plan file, a scenario or an imported spreadsheet: what the compiler reports
 * and the engine's MSEL reader reports too. Rendered by `formatProblem` (src/compiler/problems.ts).
 */

/** How bad a problem is: an error stops the build, a warning does not. */
export type ProblemSeverity = 'error' | 'warning';

/** One problem in one place. `line` and `column` are 1-based. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: ProblemSeverity;
  /** Stable rule id, e.g. `raci-one-accountable`. */
  rule: string;
  /** Names the element and says what to change. */
  message: string;
}
