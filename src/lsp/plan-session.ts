/**
 * One plan folder as the language server sees it: the files on disk, read once through the safe
 * reader and again when the editor says they changed on disk, with the text of every document open
 * in the editor laid over them (the unsaved buffer counts). `analyse` compiles that set with the
 * compiler `check` runs, parsing again only the files whose text changed. The plan's scenarios (the
 * folder the plan folder rules give, scenario-set.ts) are checked against it as `check` checks them;
 * an edit of a scenario alone reuses the plan compiled before.
 *
 *   disk files ─┐
 *               ├─▶ files ──assemble + rules (withYamlCache)──▶ problems, plan index
 *   open docs ──┘                                      └─▶ plan ──ScenarioSet.check──▶ scenario problems
 */
import { assemble, type SourceFile } from '../compiler/assemble.ts';
import { defaultToday } from '../compiler/compile.ts';
import { resolve } from 'node:path';
import { readContentDir } from '../compiler/read-plan.ts';
import { digestSources } from '../compiler/digest.ts';
import { parseApprovals } from '../compiler/approvals/read.ts';
import { sortProblems, type Problem } from '../compiler/problems.ts';
import { RULES } from '../compiler/rules/index.ts';
import { runRules } from '../compiler/rules/context.ts';
import { withYamlCache, type YamlCache } from '../compiler/yaml-source.ts';
import { planFolders } from '../compiler/plan-folders.ts';
import type { PlanModel } from '../plan/model.ts';
import { indexPlan, type PlanIndex } from './plan-index.ts';
import { ScenarioSet } from './scenario-set.ts';

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
  /** The plan's scenarios, when the plan folder rules give it a scenario folder. */
  readonly scenarios: ScenarioSet | undefined;
  private disk: SourceFile[] = [];
  /** The signed approvals (`approvals/*.json`), read with the folder: the approval rules compare them with the digest. */
  private approvals: SourceFile[] = [];
  private readonly open = new Map<string, string>();
  private readonly cache: YamlCache = new Map();
  /** The last compile of the plan files, kept while their texts stay the same (a scenario edit). */
  private last?: {
    files: SourceFile[];
    today: string;
    problems: Problem[];
    index: PlanIndex;
    plan?: PlanModel;
    errors: number;
  };

  /** `scenarios`: the scenario folder; default the one the plan folder rules give this folder (`check`'s). */
  constructor(folder: string, scenarios: string | undefined = scenarioFolderOf(folder)) {
    this.folder = folder;
    this.scenarios = scenarios === undefined ? undefined : new ScenarioSet(folder, scenarios);
    this.reload();
  }

  /** Reads the folder again (a file was created, deleted or saved outside the editor). */
  reload(): void {
    // Files that cannot be read are left out; `check` reports them, and an editor shows the others' problems.
    const read = readContentDir(this.folder, '');
    this.disk = read.files;
    this.approvals = read.approvals?.files ?? [];
    this.scenarios?.reload();
    this.last = undefined;
  }

  /** Lays the editor's text of `path` (relative to the folder) over the file on disk. */
  setOpen(path: string, text: string): void {
    this.open.set(path, text);
  }

  /** Goes back to the file on disk for `path`. */
  close(path: string): void {
    this.open.delete(path);
  }

  /** Whether `path` is a plan or scenario file this session reads (on disk or open). */
  has(path: string): boolean {
    return this.open.has(path) || this.text(path) !== undefined;
  }

  /** The current text of `path`: the editor's if open, else the disk's. */
  text(path: string): string | undefined {
    return this.open.get(path) ?? this.disk.find((f) => f.path === path)?.text ?? this.scenarios?.diskText(path);
  }

  /** Compiles the folder as the editor shows it. Never throws: an internal failure is one problem. */
  analyse(today = defaultToday()): Analysis {
    const started = performance.now();
    const files = this.disk.map((f) => ({ path: f.path, text: this.open.get(f.path) ?? f.text }));
    for (const [path, text] of this.open)
      if (!files.some((f) => f.path === path) && isPlanFile(path) && !this.scenarios?.holds(path))
        files.push({ path, text });
    try {
      return withYamlCache(this.cache, () => {
        const plan = this.compiled(files, today);
        const scenarioProblems = this.scenarios?.check(plan.plan, this.open, plan.errors) ?? [];
        const problems = scenarioProblems.length
          ? sortProblems([...plan.problems, ...scenarioProblems])
          : plan.problems;
        return { problems, index: plan.index, ms: performance.now() - started };
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

  /** The plan compiled from `files`: the last compile while every text is the same, else a new one. */
  private compiled(files: SourceFile[], today: string): NonNullable<PlanSession['last']> {
    const last = this.last;
    if (
      last?.today === today &&
      last.files.length === files.length &&
      last.files.every((f, i) => sameFile(f, files[i]!))
    )
      return last;
    const assembly = assemble(files, '');
    // As compileSources does: the digest and the approvals signed over it, so an approved plan's
    // signatures count here as in check (without them every approver would look unsigned).
    Object.assign(assembly.plan, digestSources(files, false));
    const signed = parseApprovals(assembly.plan, this.approvals, '');
    assembly.plan.approvals = signed.approvals;
    const problems = sortProblems([...assembly.problems, ...signed.problems, ...runRules(RULES, assembly, today)]);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const plan = errors ? {} : { plan: assembly.plan };
    this.last = { files, today, problems, index: indexPlan(assembly), errors, ...plan };
    return this.last;
  }
}

const sameFile = (a: SourceFile, b: SourceFile) => a.path === b.path && a.text === b.text;

/**
 * The scenario folder the plan folder rules (plan-folders.ts) give the plan in `folder`, as `check` and
 * the build read it: the one named by `DRILLBOOK_SCENARIOS` for the plan `DRILLBOOK_CONTENT` names, or
 * `scenarios/` for the plan in `content/`; none for any other plan folder.
 */
export function scenarioFolderOf(
  folder: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const folders = planFolders({}, env);
  return folders.scenarios !== undefined && resolve(folder) === resolve(folders.content)
    ? folders.scenarios
    : undefined;
}

/** Whether a path inside a plan folder names a file the compiler reads. */
export function isPlanFile(path: string): boolean {
  return /\.(ya?ml|mdx)$/.test(path) && !path.split('/').some((part) => part.startsWith('.'));
}
