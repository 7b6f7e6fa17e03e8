/**
 * The plan compiler: `content/` in, one validated `PlanModel` and every problem out.
 *
 *   readContentDir ──▶ SourceFile[] ──assemble──▶ partial model + schema problems
 *                                      └─runRules──▶ rule problems ──▶ CompileResult
 *
 * Two ways in: `compilePlan(dir)` reads a folder (through `read-folder.ts`, the one safe reader) and
 * compiles it; `compileSources` compiles what is already in hand. No Astro imports.
 */
import type { PlanModel } from '../plan/model.ts';
import { assemble, type SourceFile } from './assemble.ts';
import { digestSources } from './digest.ts';
import { parseApprovals } from './approvals/read.ts';
import { sortProblems, type Problem } from './problems.ts';
import { planPrefix } from './read-folder.ts';
import { readContentDir, type PlanRead } from './read-plan.ts';
import { RULES } from './rules/index.ts';
import { runRules, type Rule } from './rules/context.ts';

export type { SourceFile } from './assemble.ts';

export interface CompileOptions {
  /** Today's date (`YYYY-MM-DD`) for review and currency warnings. Default: `DRILLBOOK_TODAY` or the system date. */
  today?: string;
  /** Prefix of file paths in messages, e.g. `content/`. Default `content/`. */
  prefix?: string;
  /** Rules to run. Default: all of them. */
  rules?: readonly Rule[];
  /** The plan folder's approval files (`approvals/*.json`, approvals/read.ts), checked against the digest. Default: those read with the folder, else none. */
  approvals?: readonly SourceFile[];
}

/** A compile without errors: the complete plan model, and its warnings. */
export interface CompileSuccess {
  ok: true;
  plan: PlanModel;
  /** Every warning, sorted by file and position. */
  problems: Problem[];
}

/** A compile with errors: no plan to build from. */
export interface CompileFailure {
  ok: false;
  /** Every problem (at least one error), sorted by file and position. */
  problems: Problem[];
  /**
   * The elements that validated, when the files could be read and assembled: for counts and editors,
   * never for pages. Absent when a file could not be read or the check itself failed.
   */
  partial?: PlanModel;
}

/** What compiling says: a plan (`ok`), or the problems that keep it from being one. */
export type CompileResult = CompileSuccess | CompileFailure;

/**
 * The plan a compile produced, or with errors the elements that validated: for tools that read a
 * plan whatever today's rules say of it (an old approved version, the plan an approval is about to
 * fix), never for pages.
 */
export function modelOf(result: CompileResult): PlanModel | undefined {
  return result.ok ? result.plan : result.partial;
}

/** Today in UTC, or `DRILLBOOK_TODAY` when set (tests and reproducible builds). */
export function defaultToday(): string {
  const env = typeof process !== 'undefined' ? process.env.DRILLBOOK_TODAY : undefined;
  return env && /^\d{4}-\d{2}-\d{2}$/.test(env) ? env : new Date().toISOString().slice(0, 10);
}

/** Reads the plan in `dir` (default `content`) through the safe reader and compiles it. Never throws. */
export function compilePlan(dir = 'content', options: CompileOptions = {}): CompileResult {
  const prefix = options.prefix ?? planPrefix(dir);
  return compileSources(readContentDir(dir, prefix), { ...options, prefix });
}

/**
 * Compiles sources already in hand: files in memory, or what the safe reader read of a folder
 * (`PlanRead`, with its approvals). A file the reader could not read stops the check there: its problems are the whole
 * report, since every file missing from the plan would otherwise cascade into "not defined" errors
 * elsewhere. A folder's files come unchanged from the reader, so their digests are reused. Never throws:
 * an internal failure becomes a problem.
 */
export function compileSources(sources: readonly SourceFile[] | PlanRead, options: CompileOptions = {}): CompileResult {
  const read = isFolderRead(sources) ? sources : undefined;
  const unread = read ? [...read.problems, ...(read.approvals?.problems ?? [])] : [];
  if (unread.length) return { ok: false, problems: sortProblems(unread) };
  const files = read ? read.files : (sources as readonly SourceFile[]);
  const prefix = options.prefix ?? 'content/';
  const today = options.today ?? defaultToday();
  try {
    const assembly = assemble(files, prefix);
    const { plan, problems } = assembly;
    // The digest first: the approval rules compare the signed digests with it.
    Object.assign(plan, digestSources(files, read !== undefined));
    const signed = parseApprovals(plan, options.approvals ?? read?.approvals?.files ?? [], prefix);
    plan.approvals = signed.approvals;
    problems.push(...signed.problems);
    problems.push(...runRules(options.rules ?? RULES, assembly, today));
    const sorted = sortProblems(problems);
    return sorted.some((p) => p.severity === 'error')
      ? { ok: false, problems: sorted, partial: plan }
      : { ok: true, plan, problems: sorted };
  } catch (err) {
    const problem: Problem = {
      file: prefix,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'internal-error',
      message: `Drillbook could not finish checking the plan (${(err as Error).message}); please report this with the file that triggers it`,
    };
    return { ok: false, problems: [problem] };
  }
}

const isFolderRead = (sources: readonly SourceFile[] | PlanRead): sources is PlanRead => !Array.isArray(sources);
