/**
 * Problems found in plan sources, and their one-line rendering
 * `path:line:column  error|warning  rule-id  message`.
 */

export type { Problem, ProblemSeverity } from '../plan/problem.ts';
import type { Problem } from '../plan/problem.ts';

/** Renders a problem as `path:line:column  severity  rule  message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.rule}  ${p.message}`;
}

/** Sorts problems by file, line and column, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** "2 errors, 1 warning" */
export function summarise(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(errors, 'error')}, ${n(warnings, 'warning')}`;
}
