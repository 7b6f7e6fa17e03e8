/**
 * The plan compiler: `content/` in, one validated `PlanModel` and every problem out.
 *
 *   readContentDir ──▶ SourceFile[] ──assemble──▶ partial model + schema problems
 *                                      └─runRules──▶ rule problems ──▶ CompileResult
 *
 * Pure apart from `readContentDir` and `compilePlan`, which read the file system (through
 * `read-folder.ts`, the one safe reader); no Astro imports.
 */
import { relative, sep } from 'node:path';
import type { PlanModel } from '../plan/model.ts';
import { assemble, type SourceFile } from './assemble.ts';
import { digestSources } from './digest.ts';
import { parseApprovals, readApprovalFiles } from './approvals/read.ts';
import { sortProblems, type Problem } from './problems.ts';
import { PLAN_FOLDER, readFolder, type FolderFs, type FolderRead } from './read-folder.ts';
import { RULES } from './rules/index.ts';
import { runRules, type Rule } from './rules/context.ts';

export type { SourceFile } from './assemble.ts';
export { digestSources } from './digest.ts';

export interface CompileOptions {
  /** Today's date (`YYYY-MM-DD`) for review and currency warnings. Default: `DRILLBOOK_TODAY` or the system date. */
  today?: string;
  /** Prefix of file paths in messages, e.g. `content/`. Default `content/`. */
  prefix?: string;
  /** Rules to run. Default: all of them. */
  rules?: readonly Rule[];
  /** The plan folder's approval files (`approvals/*.json`, approvals/read.ts), checked against the digest. Default none. */
  approvals?: readonly SourceFile[];
}

export interface CompileResult {
  /** The plan model; complete when `ok`, otherwise holding only the elements that validated. */
  plan: PlanModel;
  /** Every problem, sorted by file and position. */
  problems: Problem[];
  /** True when there is no error (warnings allowed). */
  ok: boolean;
}

/** Today in UTC, or `DRILLBOOK_TODAY` when set (tests and reproducible builds). */
export function defaultToday(): string {
  const env = typeof process !== 'undefined' ? process.env.DRILLBOOK_TODAY : undefined;
  return env && /^\d{4}-\d{2}-\d{2}$/.test(env) ? env : new Date().toISOString().slice(0, 10);
}

/**
 * Compiles source files already in memory. Never throws: an internal failure becomes a problem.
 * `fromReader`: the files come unchanged from the safe reader, so their digests are reused.
 */
export function compileSources(files: readonly SourceFile[], options: CompileOptions = {}, fromReader = false): CompileResult {
  const prefix = options.prefix ?? 'content/';
  const today = options.today ?? defaultToday();
  try {
    const assembly = assemble(files, prefix);
    const { plan, problems } = assembly;
    // The digest first: the approval rules compare the signed digests with it.
    Object.assign(plan, digestSources(files, fromReader));
    const signed = parseApprovals(plan, options.approvals ?? [], prefix);
    plan.approvals = signed.approvals;
    problems.push(...signed.problems);
    problems.push(...runRules(options.rules ?? RULES, assembly, today));
    const sorted = sortProblems(problems);
    return { plan, problems: sorted, ok: !sorted.some((p) => p.severity === 'error') };
  } catch (err) {
    const problem: Problem = {
      file: prefix,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'internal-error',
      message: `Drillbook could not finish checking the plan (${(err as Error).message}); please report this with the file that triggers it`,
    };
    return { plan: undefined as unknown as PlanModel, problems: [problem], ok: false };
  }
}

/** How a plan folder's paths start in messages: the folder relative to the working directory, e.g. `content/`. */
export function planPrefix(dir: string): string {
  return `${relative(process.cwd(), dir).split(sep).join('/') || '.'}/`;
}

/**
 * Reads every plan file under `dir` (YAML and MDX, skipping dot-files) through the safe reader, with
 * paths relative to it; what cannot be read safely (a link leaving the folder, a FIFO, a file over
 * 5 MB, bytes that are not UTF-8 ...) is one located problem each. Never throws.
 */
export function readContentDir(dir: string, prefix = planPrefix(dir), fs?: FolderFs): PlanRead {
  return { ...readFolder(dir, PLAN_FOLDER, { prefix, fs }), approvals: readApprovalFiles(dir, prefix, fs) };
}

/** A plan folder as read: its plan files, and apart from them the approvals signed over their digest. */
export type PlanRead = FolderRead & { approvals?: FolderRead };

/**
 * Compiles what `readContentDir` read. A file that could not be read stops the check there: its
 * problems are the whole report, since every file missing from the plan would otherwise cascade
 * into "not defined" errors elsewhere.
 */
export function compileRead(read: PlanRead, options: CompileOptions & { prefix: string }): CompileResult {
  const unread = [...read.problems, ...(read.approvals?.problems ?? [])];
  if (unread.length) return { plan: undefined as unknown as PlanModel, problems: sortProblems(unread), ok: false };
  return compileSources(read.files, { approvals: read.approvals?.files, ...options }, true);
}

/** Reads and compiles the plan in `dir` (default `content`). Never throws. */
export function compilePlan(dir = 'content', options: CompileOptions = {}): CompileResult {
  const prefix = options.prefix ?? planPrefix(dir);
  return compileRead(readContentDir(dir, prefix), { ...options, prefix });
}
