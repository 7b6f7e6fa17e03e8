/** The language server's scenario check is `check`'s: the same problems for the same texts, open or on disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanSession, scenarioFolderOf } from '../../src/lsp/plan-session.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { minimalPlan } from '../engine/helpers.ts';

const TODAY = '2026-06-01';
const BROKEN = 'test/fixtures/scenarios/broken';

describe('scenarios in a plan session', () => {
  it('reports what check reports for every broken scenario of the corpus, with the scenario open', () => {
    const session = new PlanSession('test/fixtures/minimal', 'test/fixtures/scenarios');
    const path = `${session.scenarios!.prefix}minimal.yaml`;
    expect(session.analyse(TODAY).problems).toEqual([]);
    const files = readdirSync(BROKEN).filter((f) => f.endsWith('.yaml'));
    let reported = 0;
    for (const name of files) {
      const text = readFileSync(`${BROKEN}/${name}`, 'utf8');
      session.setOpen(path, text);
      const expected = validateScenario(minimalPlan(), text, path).problems;
      expect(session.analyse(TODAY).problems, name).toEqual(expected);
      if (expected.length) reported++;
    }
    // Every case but the duplicate id (a mistake only a second file shows) has problems of its own.
    expect(reported).toBe(files.length - 1);
    session.close(path);
    expect(session.analyse(TODAY).problems).toEqual([]);
  });

  it('reuses the plan compiled before when only a scenario changed, and checks it again when the plan did', () => {
    const session = new PlanSession('test/fixtures/minimal', 'test/fixtures/scenarios');
    const path = `${session.scenarios!.prefix}minimal.yaml`;
    const text = readFileSync('test/fixtures/scenarios/minimal.yaml', 'utf8');
    const first = session.analyse(TODAY);
    session.setOpen(path, text.replace('{ perform: breach/declare }', '{ perform: breach/declar }'));
    const second = session.analyse(TODAY);
    expect(second.index).toBe(first.index);
    expect(second.problems.map((p) => p.rule)).toEqual(['scenario-unknown-activity']);
    // Renaming the activity in the plan makes the scenario's (fixed) reference the broken one.
    session.setOpen(path, text);
    session.setOpen(
      'playbooks/breach.yaml',
      readFileSync('test/fixtures/minimal/playbooks/breach.yaml', 'utf8').replace('id: declare', 'id: declare-it'),
    );
    const third = session.analyse(TODAY);
    expect(third.index).not.toBe(first.index);
    expect(third.problems.filter((p) => p.file === path).map((p) => p.rule)).toContain('scenario-unknown-activity');
  });

  it('says at the top of an open scenario that it is checked once the plan has no errors', () => {
    const session = new PlanSession('test/fixtures/minimal', 'test/fixtures/scenarios');
    const path = `${session.scenarios!.prefix}minimal.yaml`;
    session.setOpen(path, readFileSync('test/fixtures/scenarios/minimal.yaml', 'utf8'));
    session.setOpen(
      'playbooks/breach.yaml',
      readFileSync('test/fixtures/minimal/playbooks/breach.yaml', 'utf8').replace('phase: respond', 'phase: respnd'),
    );
    expect(session.analyse(TODAY).problems.filter((p) => p.file === path)).toEqual([
      expect.objectContaining({
        line: 1,
        severity: 'warning',
        rule: 'scenario-unchecked',
        message: 'this scenario is checked once the plan has no errors (it has 1); fix those first',
      }),
    ]);
  });

  it('takes the scenario folder from the plan folder rules, as check does', () => {
    expect(scenarioFolderOf('content', {})).toBe('scenarios');
    expect(scenarioFolderOf('test/plans/middlebury', {})).toBeUndefined();
    expect(scenarioFolderOf('plan', { DRILLBOOK_CONTENT: 'plan', DRILLBOOK_SCENARIOS: 'drills' })).toBe('drills');
    expect(scenarioFolderOf('content', { DRILLBOOK_CONTENT: 'plan' })).toBeUndefined();
  });
});
