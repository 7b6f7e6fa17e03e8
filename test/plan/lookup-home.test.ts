/**
 * One home for looking a plan element up by id: code under src/ asks `byId(plan)` (src/plan/lookup.ts)
 * rather than searching a list of the plan (`plan.roles.find((r) => r.id === id)`). The few files
 * that may not are listed with why: their plan is a part of the model, which byId cannot index.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Files that search a plan list by id, each with why byId does not fit. */
const ALLOWED: Record<string, string> = {
  'src/engine/applies-when.ts': "takes SeverityMajors: incident mode passes only the severities' ids and majors",
  'src/plan/accountable.ts': "takes Pick<PlanModel, 'teams'>",
  'src/compiler/approvals/read.ts': "takes Pick<PlanModel, 'people'>",
};

const KINDS =
  'roles|teams|people|parties|severities|incidentTypes|phases|escalationPolicies|playbooks|obligations|templates|exercises|chapters';
const SEARCH = new RegExp(
  `\\bplan\\??\\.(${KINDS})\\.(find|some|findIndex)\\(\\(?(\\w+)\\)? => \\3\\.id ===|\\bplan\\.playbooks\\.flatMap\\(\\(\\w+\\) => \\w+\\.activities\\)\\.find\\(\\(?(\\w+)\\)? => \\4\\.key ===`,
  'g',
);

/** The lines of `text` that search a plan list by id (or an activity by key). */
function searches(text: string): number[] {
  return [...text.matchAll(SEARCH)].map((m) => text.slice(0, m.index).split('\n').length);
}

/** The code files under `dir`. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return /\.(ts|tsx|astro)$/.test(name) ? [path.replaceAll('\\', '/')] : [];
  });
}

describe('the one plan lookup', () => {
  it('finds a search by id in a plan list, an activity by key, and not one in a scenario or a projection', () => {
    const planted = [
      'const a = plan.roles.find((r) => r.id === id)?.name;',
      'const b = ctx.plan.teams.some((t) => t.id === key);',
      'const c = plan.playbooks.flatMap((p) => p.activities).find((x) => x.key === k);',
      'const d = scenario.injects.find((i) => i.id === id);',
      'const e = p.roles.find((r) => r.id === id);',
    ].join('\n');
    expect(searches(planted)).toEqual([1, 2, 3]);
  });

  it('leaves no search of a plan list by id under src/ outside byId, but in the files listed with why', () => {
    const found = codeFiles('src')
      .filter((f) => f !== 'src/plan/lookup.ts' && !(f in ALLOWED))
      .flatMap((f) => searches(readFileSync(f, 'utf8')).map((line) => `${f}:${line}`));
    expect(found, 'look the element up with byId(plan) from src/plan/lookup.ts').toEqual([]);
  });

  it('lists only files that still search, so the list shrinks when one is converted', () => {
    const stale = Object.keys(ALLOWED).filter((f) => searches(readFileSync(f, 'utf8')).length === 0);
    expect(stale).toEqual([]);
  });
});
