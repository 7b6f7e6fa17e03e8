/**
 * A plan to compare, named as a folder or a git ref (`HEAD~1`, `v3.1`, `main:test/plans/acme`): a
 * ref's plan folder is read with `git show ref:path` into a temporary folder, then compiled like any.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compilePlan, modelOf } from '../compiler/compile.ts';
import type { PlanModel } from '../plan/model.ts';

/** The folder holding the plan `spec` names: itself, or a ref's files written to a temporary folder. */
export function planFolderOf(spec: string, contentDir: string): string {
  if (existsSync(spec) && statSync(spec).isDirectory()) return spec;
  const [ref, path] = spec.includes(':')
    ? [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)]
    : [spec, contentDir];
  const prefix = path.replace(/^\.\//, '').replace(/\/+$/, '');
  let names: string[];
  try {
    names = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, '--', `${prefix}/`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    throw new Error(`"${spec}" is neither a folder nor a git ref with the plan folder ${prefix}/`);
  }
  if (!names.length) throw new Error(`git ref "${ref}" has no files under ${prefix}/`);
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-plan-'));
  for (const name of names) {
    const out = join(dir, name.slice(prefix.length + 1));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, execFileSync('git', ['show', `${ref}:${name}`], { maxBuffer: 64 * 1024 * 1024 }));
  }
  return dir;
}

/** The compiled plan `spec` names (problems allowed: an old version need not pass today's rules). */
export function planOf(spec: string, contentDir: string): PlanModel {
  const dir = planFolderOf(spec, contentDir);
  const result = compilePlan(dir, { prefix: `${spec}/` });
  const plan = modelOf(result);
  if (!plan?.document?.id)
    throw new Error(
      `the plan in ${spec} cannot be read: ${result.problems
        .slice(0, 3)
        .map((p) => `${p.file}:${p.line} ${p.message}`)
        .join('; ')}`,
    );
  return plan;
}

/** The plan version the audit page compares with: where it came from, and the plan. */
export interface PreviousPlan {
  /** `DRILLBOOK_PREVIOUS` as given, or the git commit it was found in. */
  label: string;
  plan: PlanModel;
}

const VERSION = /^version:\s*["']?([^"'\n#]+?)["']?\s*(#.*)?$/m;
const STATUS = /^status:\s*(\w+)/m;

/**
 * The previous approved version of the plan in `contentDir`: `DRILLBOOK_PREVIOUS` (a folder or git
 * ref) when set, else the newest commit in git history whose plan.yaml is approved with another
 * version than `version`. Undefined when there is none (no git, no such commit): the page says so.
 */
export function previousApproved(contentDir: string, version: string, env = process.env): PreviousPlan | undefined {
  if (env.DRILLBOOK_PREVIOUS)
    return { label: env.DRILLBOOK_PREVIOUS, plan: planOf(env.DRILLBOOK_PREVIOUS, contentDir) };
  const dir = contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
  try {
    const commits = execFileSync('git', ['log', '--format=%H', '-n', '50', '--', `${dir}/plan.yaml`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
    for (const commit of commits) {
      const text = execFileSync('git', ['show', `${commit}:${dir}/plan.yaml`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const v = VERSION.exec(text)?.[1];
      if (v && v !== version && STATUS.exec(text)?.[1] === 'approved')
        return {
          label: `version ${v}, git commit ${commit.slice(0, 12)}`,
          plan: planOf(`${commit}:${dir}`, contentDir),
        };
    }
  } catch {
    return undefined; // not a git work tree, or git is missing: no previous version to compare with
  }
  return undefined;
}
