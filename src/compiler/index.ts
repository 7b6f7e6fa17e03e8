/** Public entry of the plan compiler. */
export { compilePlan, compileSources, readContentDir, digestSources, defaultToday } from './compile.ts';
export type { CompileOptions, CompileResult, SourceFile } from './compile.ts';
export { formatProblem, sortProblems, summarise } from './problems.ts';
export type { Problem, ProblemSeverity } from './problems.ts';
export { RULES } from './rules/index.ts';
