/**
 * The scenario files of one plan as the language server sees them: the folder the plan folder rules
 * give (`src/compiler/plan-folders.ts`, as `check` reads it), with the editor's open texts laid over
 * it, checked against the plan by `check`'s own validator. Paths are relative to the plan folder
 * (`../scenarios/x.yaml`), so one session names plan and scenario files alike. A file is validated
 * again only when its text or the plan changed.
 *
 *   scenario folder ─┐
 *                    ├─▶ files ──validateScenarios(plan, files, remembered)──▶ problems
 *   open scenarios ──┘
 */
import { relative, sep } from 'node:path';
import type { SourceFile } from '../compiler/assemble.ts';
import { readScenarioDir } from '../compiler/read-folder.ts';
import type { Problem } from '../compiler/problems.ts';
import { validateScenarios } from '../compiler/scenario/validate-all.ts';
import { validateScenario, type ScenarioValidation } from '../compiler/scenario/validate.ts';
import type { PlanModel } from '../plan/model.ts';

/** A plan's scenario folder, read from disk, with open documents laid over it by the session. */
export class ScenarioSet {
  /** How paths inside the scenario folder start, relative to the plan folder: `../scenarios/`. */
  readonly prefix: string;
  private readonly dir: string;
  private disk: SourceFile[] = [];
  private readonly remembered = new Map<string, { text: string; plan: PlanModel; result: ScenarioValidation }>();

  constructor(planFolder: string, scenarioFolder: string) {
    this.dir = scenarioFolder;
    this.prefix = `${relative(planFolder, scenarioFolder).split(sep).join('/')}/`;
    this.reload();
  }

  /** Reads the folder again; one that does not exist holds no scenarios (as for `check`'s default folder). */
  reload(): void {
    this.disk = readScenarioDir(this.dir, false).files.map((f) => ({ path: `${this.prefix}${f.path}`, text: f.text }));
  }

  /** Whether `path` (relative to the plan folder) is a scenario file of this folder. */
  holds(path: string): boolean {
    return path.startsWith(this.prefix) && /\.ya?ml$/.test(path) && !path.slice(this.prefix.length).includes('/');
  }

  /** The text on disk of `path`, if it is a scenario file there. */
  diskText(path: string): string | undefined {
    return this.disk.find((f) => f.path === path)?.text;
  }

  /** Every scenario file, with the open texts (by path) laid over the disk's and open new files added. */
  files(open: ReadonlyMap<string, string>): SourceFile[] {
    const files = this.disk.map((f) => ({ path: f.path, text: open.get(f.path) ?? f.text }));
    for (const [path, text] of open)
      if (this.holds(path) && !files.some((f) => f.path === path)) files.push({ path, text });
    return files;
  }

  /**
   * The problems of every scenario against `plan`, or, while the plan has errors (`plan` undefined),
   * one warning at the top of each open scenario file saying why it is not checked: as `check`, which
   * checks scenarios against a complete plan only.
   */
  check(plan: PlanModel | undefined, open: ReadonlyMap<string, string>, planErrors: number): Problem[] {
    const files = this.files(open);
    if (!plan)
      return files
        .filter((f) => open.has(f.path))
        .map((f) => ({
          file: f.path,
          line: 1,
          column: 1,
          severity: 'warning',
          rule: 'scenario-unchecked',
          message: `this scenario is checked once the plan has no errors (it has ${planErrors}); fix those first`,
        }));
    const remember: typeof validateScenario = (p, text, file) => {
      const known = this.remembered.get(file);
      if (known && known.text === text && known.plan === p) return known.result;
      const result = validateScenario(p, text, file);
      this.remembered.set(file, { text, plan: p, result });
      return result;
    };
    return validateScenarios(
      plan,
      files.map((f) => ({ file: f.path, text: f.text })),
      remember,
    ).problems;
  }
}
