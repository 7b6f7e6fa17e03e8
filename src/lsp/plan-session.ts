/**
 * One plan folder as the language server sees it: the files on disk, read once through the safe
 * reader and again when the editor says they changed on disk, with the text of every document open
 * in the editor laid over them (the unsaved buffer counts). `analyse` compiles that set with the
 * compiler `check` runs, parsing again only the files whose text changed.
 *
 *   disk files ─┐
 *               ├─▶ files ──assemble + rules (withYamlCache)──▶ problems, plan index
 *   open docs ──┘
 */
import { assemble, type SourceFile } from '../compiler/assemble.ts';
import { defaultToday } from '../compiler/compile.ts';
import { readContentDir } from '../compiler/read-plan.ts';
import { sortProblems, type Problem } from '../compiler/problems.ts';
import { RULES } from '../compiler/rules/index.ts';
import { runRules } from '../compiler/rules/context.ts';
import { withYamlCache, type YamlCache } from '../compiler/yaml-source.ts';
import { indexPlan, type PlanIndex } from './plan-index.ts';

/** What one compile found. */
export interface Analysis {
  /** Every problem, with `file` relative to the plan folder. */
  problems: Problem[];
  index: PlanIndex;
  /** How long the compile took, in ms. */
  ms: number;
}

/** A plan folder with open documents laid over it. */
export class PlanSession {
  readonly folder: string;
  private disk: SourceFile[] = [];
  private readonly open = new Map<string, string>();
  private readonly cache: YamlCache = new Map();

  constructor(folder: string) {
    this.folder = folder;
    this.reload();
  }

  /** Reads the folder again (a file was created, deleted or saved outside the editor). */
  reload(): void {
    // Files that cannot be read are left out; `check` reports them, and an editor shows the others' problems.
    this.disk = readContentDir(this.folder, '').files;
  }

  /** Lays the editor's text of `path` (relative to the folder) over the file on disk. */
  setOpen(path: string, text: string): void {
    this.open.set(path, text);
  }

  /** Goes back to the file on disk for `path`. */
  close(path: string): void {
    this.open.delete(path);
  }

  /** Whether `path` is a plan file this session reads (on disk or open). */
  has(path: string): boolean {
    return this.open.has(path) || this.disk.some((f) => f.path === path);
  }

  /** The current text of `path`: the editor's if open, else the disk's. */
  text(path: string): string | undefined {
    return this.open.get(path) ?? this.disk.find((f) => f.path === path)?.text;
  }

  /** Compiles the folder as the editor shows it. Never throws: an internal failure is one problem. */
  analyse(today = defaultToday()): Analysis {
    const started = performance.now();
    const files = this.disk.map((f) => ({ path: f.path, text: this.open.get(f.path) ?? f.text }));
    for (const [path, text] of this.open)
      if (!files.some((f) => f.path === path) && isPlanFile(path)) files.push({ path, text });
    try {
      return withYamlCache(this.cache, () => {
        const assembly = assemble(files, '');
        const problems = sortProblems([...assembly.problems, ...runRules(RULES, assembly, today)]);
        return { problems, index: indexPlan(assembly), ms: performance.now() - started };
      });
    } catch (err) {
      const problem: Problem = {
        file: 'plan.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'internal-error',
        message: `Drillbook could not finish checking the plan (${(err as Error).message})`,
      };
      return { problems: [problem], index: { definitions: new Map(), mentions: [] }, ms: performance.now() - started };
    }
  }
}

/** Whether a path inside a plan folder names a file the compiler reads. */
export function isPlanFile(path: string): boolean {
  return /\.(ya?ml|mdx)$/.test(path) && !path.split('/').some((part) => part.startsWith('.'));
}
