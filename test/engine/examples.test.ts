/**
 * The example scenarios in scenarios/ against the example plan in content/: each validates, branches,
 * starts at least one obligation clock, and a recorded log replays to its stored scorecard and AAR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import type { Condition } from '../../src/plan/scenario.ts';
import { checkGolden } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const load = (f: string) => {
  const result = validateScenario(plan, readFileSync(`scenarios/${f}`, 'utf8'), `scenarios/${f}`);
  // The one warning allowed: the incident type is recognised after detection, so declaring counts from then.
  expect(result.problems.filter((p) => p.rule !== 'scenario-due-before-arising')).toEqual([]);
  return result.scenario!;
};
const decidedIn = (c: Condition | undefined): boolean =>
  !!c && (c.decided !== undefined || [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].some(decidedIn));

describe('example scenarios', () => {
  it('has the five example scenarios', () => {
    expect(files).toEqual([
      'cis-cloud-compromise.yaml',
      'cloud-outage-ddos.yaml',
      'ctep-ransomware-three-days.yaml',
      'customer-data-breach.yaml',
      'weekend-ransomware.yaml',
    ]);
  });

  for (const name of ['ctep-ransomware-three-days', 'cis-cloud-compromise']) {
    it(`replays the recorded ${name} log, with its answers and observations, to the stored scorecard and AAR`, () => {
      const s = load(`${name}.yaml`);
      const log = JSON.parse(
        readFileSync(`test/fixtures/scenarios/golden/${name}.log.json`, 'utf8'),
      ) as ExerciseAction[];
      const state = replay(plan, s, log);
      expect(state.errors).toEqual([]);
      expect(state.answers.length).toBe(log.filter((a) => a.type === 'question/answer').length);
      checkGolden(name, plan, s);
    });
  }

  it('counts the NIS2 early warning that fell due inside the jump to day 2 as late, not skipped', () => {
    const s = load('ctep-ransomware-three-days.yaml');
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/ctep-ransomware-three-days.log.json', 'utf8'),
    ) as ExerciseAction[];
    const warning = evaluate(plan, replay(plan, s, log)).find((e) => e.id === 'stage:nis2-art23/early-warning');
    expect([warning?.status, warning?.evidence?.at]).toEqual(['late', 25 * 3_600_000 + 20 * 60_000]);
  });

  it('keeps the discussion-heavy scenario discussion-heavy: more open questions than injects', () => {
    const s = load('cis-cloud-compromise.yaml');
    expect(s.modules.flatMap((m) => m.questions).length).toBeGreaterThan(2 * s.injects.length);
  });

  for (const f of files) {
    it(`${f} validates against the example plan and branches on a decision`, () => {
      const s = load(f);
      expect(s.injects.some((i) => decidedIn(i.when))).toBe(true);
      expect(s.injects.some((i) => i.contingency)).toBe(true);
    });

    it(`${f} starts an obligation clock when the team takes the first option of every decision`, () => {
      const s = load(f);
      const log: ExerciseAction[] = [{ type: 'exercise/start', at: 0 }];
      for (let st = replay(plan, s, log); !st.errors.length; st = replay(plan, s, log)) {
        const open = st.delivered
          .flatMap((d) => s.injects.find((i) => i.id === d.inject)?.decisions ?? [])
          .filter((d) => !(d.id in st.taken));
        for (const d of open)
          log.push({ type: 'decision/take', at: st.now, decision: d.id, option: d.options[0].id, by: d.owner });
        if (!open.length) log.push({ type: 'clock/jump', at: st.now });
      }
      const final = replay(plan, s, log.slice(0, -1));
      expect(final.errors).toEqual([]);
      const stages = evaluate(plan, final).filter((e) => e.kind === 'stage');
      expect(stages.length).toBeGreaterThan(0);
      expect(stages.some((e) => e.deadline !== undefined)).toBe(true);
    });
  }

  it('replays the recorded weekend-ransomware log to the stored scorecard and AAR', () => {
    const s = load('weekend-ransomware.yaml');
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/weekend-ransomware.log.json', 'utf8'),
    ) as ExerciseAction[];
    expect(replay(plan, s, log).errors).toEqual([]);
    checkGolden('weekend-ransomware', plan, s);
  });

  it('counts the SEC 8-K deadline in business days from a Saturday materiality determination', () => {
    const s = load('weekend-ransomware.yaml');
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/weekend-ransomware.log.json', 'utf8'),
    ) as ExerciseAction[];
    const form8k = evaluate(plan, replay(plan, s, log)).find((e) => e.id === 'stage:sec-8k/form-8k')!;
    // Determined Saturday 07:10 (T+05:00); four business days later is Thursday 07:10: 5 days on.
    expect(form8k.deadline! - 5 * 3_600_000).toBe(5 * 24 * 3_600_000);
  });
});
