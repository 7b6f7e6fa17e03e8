/** Public entry of the plan compiler. */
export { compilePlan, compileSources, digestSources, defaultToday } from './compile.ts';
export { readContentDir, planPrefix, readFolder, PLAN_FOLDER, SCENARIO_FOLDER, MAX_FILE_BYTES } from './read-folder.ts';
export type { FolderFs, FolderRead, FolderKind, ReadFile } from './read-folder.ts';
export type { CompileOptions, CompileResult, CompileSuccess, CompileFailure, SourceFile } from './compile.ts';
export { formatProblem, sortProblems, summarise } from './problems.ts';
export type { Problem, ProblemSeverity } from './problems.ts';
export { RULES } from './rules/index.ts';
