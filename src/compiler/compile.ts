/**
 * The plan compiler: `content/` in, one validated `PlanModel` and every problem out.
 *
 *   readContentDir ──▶ SourceFile[] ──assemble──▶ partial model + schema problems
 *                                      └─runRules──▶ rule problems ──▶ CompileResult
 *
 * Two ways in: `compilePlan(dir)` reads a folder (through `read-folder.ts`, the one safe reader) and
 * compiles it; `compileSources` compiles what is already in hand. No Astro imports.
 */
import { createHash } from 'node:crypto';
import type { PlanModel } from '../plan/model.ts';
import { assemble, type SourceFile } from './assemble.ts';
import { sortProblems, type Problem } from './problems.ts';
import { planPrefix, readContentDir, type FolderRead } from './read-folder.ts';
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

/** Today in UTC, or `DRILLBOOK_TODAY` when set (tests and reproducible builds). */
export function defaultToday(): string {
  const env = typeof process !== 'undefined' ? process.env.DRILLBOOK_TODAY : undefined;
  return env && /^\d{4}-\d{2}-\d{2}$/.test(env) ? env : new Date().toISOString().slice(0, 10);
}

/**
 * SHA-256 over every source's path and content, in path order: the plan's fingerprint. A file's hash
 * is its bytes' (a dropped BOM included); `fromReader` takes the one the safe reader computed while
 * reading (`ReadFile.sha256`) instead of hashing the text again, for files straight from the reader.
 */
export function digestSources(
  files: readonly (SourceFile & { bom?: boolean; sha256?: string })[],
  prefix: string,
  fromReader = false,
): Pick<PlanModel, 'digest' | 'sources'> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const whole = createHash('sha256');
  const sources = sorted.map((f) => {
    const content = f.bom ? `\uFEFF${f.text}` : f.text;
    whole.update(`${prefix}${f.path}\0${content}\0`);
    return { file: prefix + f.path, sha256: (fromReader && f.sha256) || createHash('sha256').update(content).digest('hex') };
  });
  return { digest: whole.digest('hex'), sources };
}

/** Reads the plan in `dir` (default `content`) through the safe reader and compiles it. Never throws. */
export function compilePlan(dir = 'content', options: CompileOptions = {}): CompileResult {
  const prefix = options.prefix ?? planPrefix(dir);
  return compileSources(readContentDir(dir, prefix), { ...options, prefix });
}

/**
 * Compiles sources already in hand: files in memory, or what the safe reader read of a folder
 * (`FolderRead`). A file the reader could not read stops the check there: its problems are the whole
 * report, since every file missing from the plan would otherwise cascade into "not defined" errors
 * elsewhere. A folder's files come unchanged from the reader, so their digests are reused. Never throws:
 * an internal failure becomes a problem.
 */
export function compileSources(sources: readonly SourceFile[] | FolderRead, options: CompileOptions = {}): CompileResult {
  const read = isFolderRead(sources) ? sources : undefined;
  if (read?.problems.length) return { ok: false, problems: sortProblems(read.problems) };
  const files = read ? read.files : (sources as readonly SourceFile[]);
  const prefix = options.prefix ?? 'content/';
  const today = options.today ?? defaultToday();
  try {
    const assembly = assemble(files, prefix);
    const { plan, problems } = assembly;
    problems.push(...runRules(options.rules ?? RULES, assembly, today));
    Object.assign(plan, digestSources(files, prefix, read !== undefined));
    const sorted = sortProblems(problems);
    return sorted.some((p) => p.severity === 'error') ? { ok: false, problems: sorted, partial: plan } : { ok: true, plan, problems: sorted };
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

const isFolderRead = (sources: readonly SourceFile[] | FolderRead): sources is FolderRead => !Array.isArray(sources);
