/**
 * The plan compiler: `content/` in, one validated `PlanModel` and every problem out.
 *
 *   readContentDir ──▶ SourceFile[] ──assemble──▶ partial model + schema problems
 *                                      └─runRules──▶ rule problems ──▶ CompileResult
 *
 * Pure apart from `readContentDir` and `compilePlan`, which read the file system; no Astro imports.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PlanModel } from '../plan/model.ts';
import { assemble, type SourceFile } from './assemble.ts';
import { sortProblems, type Problem } from './problems.ts';
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

/** SHA-256 over every source's path and text, in path order: the plan's fingerprint. */
export function digestSources(files: readonly SourceFile[], prefix: string): Pick<PlanModel, 'digest' | 'sources'> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const whole = createHash('sha256');
  const sources = sorted.map((f) => {
    whole.update(`${prefix}${f.path}\0${f.text}\0`);
    return { file: prefix + f.path, sha256: createHash('sha256').update(f.text).digest('hex') };
  });
  return { digest: whole.digest('hex'), sources };
}

/** Compiles source files already in memory. Never throws: an internal failure becomes a problem. */
export function compileSources(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const prefix = options.prefix ?? 'content/';
  const today = options.today ?? defaultToday();
  try {
    const assembly = assemble(files, prefix);
    const { plan, problems } = assembly;
    problems.push(...runRules(options.rules ?? RULES, assembly, today));
    Object.assign(plan, digestSources(files, prefix));
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

/** Reads every file under `dir` (skipping dot-files), with paths relative to it. */
export function readContentDir(dir: string): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  try {
    walk(dir);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    problems.push({
      file: e.path ? relative(process.cwd(), e.path) || dir : dir,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'file-missing',
      message: e.code === 'ENOENT' ? `the plan folder does not exist; create ${dir}/ with plan.yaml, roles.yaml and the other plan files` : `cannot read it (${e.code ?? e.message}); check its permissions`,
    });
  }
  return { files, problems };
}

/** Reads and compiles the plan in `dir` (default `content`). */
export function compilePlan(dir = 'content', options: CompileOptions = {}): CompileResult {
  const { files, problems } = readContentDir(dir);
  if (problems.length) return { plan: undefined as unknown as PlanModel, problems, ok: false };
  const prefix = options.prefix ?? `${relative(process.cwd(), dir).split(sep).join('/') || '.'}/`;
  return compileSources(files, { ...options, prefix });
}
