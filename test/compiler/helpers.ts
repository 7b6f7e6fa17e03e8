/**
 * Test helpers: the minimal fixture plan in memory, changed file by file, then compiled.
 *
 *   minimalFiles() ──withChanges({ path: text | null })──▶ SourceFile[] ──compileSources──▶ CompileResult
 */
import { compileSources, type CompileResult, type SourceFile } from '../../src/compiler/compile.ts';
import { readContentDir } from '../../src/compiler/read-plan.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { formatProblem, type Problem } from '../../src/compiler/problems.ts';

/** Folder of the minimal valid plan every test starts from. */
export const MINIMAL = 'test/fixtures/minimal';

/** The date the tests compile on: every currency rule passes for the minimal plan on this day. */
export const TODAY = '2026-06-01';

/** The minimal fixture's files, read once and copied for each caller. */
let cache: SourceFile[] | undefined;
export function minimalFiles(): SourceFile[] {
  cache ??= readContentDir(MINIMAL).files;
  return cache.map((f) => ({ ...f }));
}

/** The text of one file of the minimal fixture. */
export function minimalText(path: string): string {
  const file = minimalFiles().find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the minimal fixture`);
  return file.text;
}

/** A change to a file: new text, a function of the old text, or `null` to delete it. */
export type Change = string | null | ((text: string) => string);

/** Applies `changes` (path → change) to `files`, adding files that do not exist yet. */
export function withChanges(files: SourceFile[], changes: Record<string, Change>): SourceFile[] {
  const out = files.filter((f) => changes[f.path] !== null);
  for (const [path, change] of Object.entries(changes)) {
    if (change === null) continue;
    const existing = out.find((f) => f.path === path);
    const text = typeof change === 'function' ? change(existing?.text ?? '') : change;
    if (existing) existing.text = text;
    else out.push({ path, text });
  }
  return out;
}

/** Replaces `from` with `to` in a text, failing loudly if `from` is not there (so a test cannot silently test nothing). */
export const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`replace: ${String(from)} not found`);
  return next;
};

/** Compiles the minimal plan with `changes` applied. */
export function compileWith(changes: Record<string, Change> = {}, today = TODAY): CompileResult {
  return compileSources(withChanges(minimalFiles(), changes), { today, prefix: 'content/' });
}

/** The problems of one rule. */
export const ofRule = (result: CompileResult, rule: string): Problem[] =>
  result.problems.filter((p) => p.rule === rule);

/** Every problem as an output line. */
export const lines = (result: CompileResult): string[] => result.problems.map(formatProblem);

/** The plan of a compile that must succeed; fails the test with every problem when it did not. */
export function planOf(result: CompileResult): PlanModel {
  if (!result.ok) throw new Error(`the plan has errors:\n${lines(result).join('\n')}`);
  return result.plan;
}
