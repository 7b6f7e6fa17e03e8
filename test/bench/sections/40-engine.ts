/**
 * Exercise engine speed: replaying and scoring a 10,000-event log of a 60-inject scenario against
 * the large synthetic plan (2,000 activities, 20 obligations). Median of 5 runs after a warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medianMs, type BenchSection, type Figure } from '../measure.ts';
import { compilePlan } from '../../../src/compiler/compile.ts';
import { replay } from '../../../src/engine/reduce.ts';
import { scoreExercise } from '../../../src/engine/score.ts';
import type { ExerciseAction } from '../../../src/engine/actions.ts';
import { validateScenario } from '../../../src/compiler/scenario/validate.ts';
import type { PlanModel } from '../../../src/plan/model.ts';
import { SYNTHETIC_TODAY, writeSyntheticPlan } from '../synthetic-plan.ts';
import { planOf } from '../../compiler/helpers.ts';

const INJECTS = 60;
const MIN = 60_000;

/** A scenario for type-1 incidents: every inject opens a decision whose options perform playbook steps. */
function scenarioText(): string {
  const lines = [
    'id: bench',
    'title: Bench scenario',
    'summary: Many injects.',
    'incidentType: type-1',
    'duration: P5D',
    'roles: [role-1, role-2, role-3]',
    'objectives:',
    '  - { id: respond, title: Respond, capability: Operational Coordination, elements: [playbook:playbook-1, obligation:obligation-1, severity:sev1] }',
    'injects:',
  ];
  for (let i = 0; i < INJECTS; i++) {
    const trigger =
      i % 10 === 9
        ? `\n    when: { any: [{ decided: d-${i - 1}/a }, { after: T+${String(i + 2).padStart(2, '0')}:00 }] }`
        : '';
    lines.push(
      `  - id: i-${i}`,
      `    at: T+${String(i).padStart(2, '0')}:30${trigger}`,
      '    to: [role-1]',
      '    channel: email',
      '    from: Bench',
      `    subject: Inject ${i}`,
      '    body: Something happens.',
      i === 0
        ? '    reveals: { incidentType: type-1, severity: sev1, dataCategories: [personal-data], anchors: [detection, awareness] }'
        : `    reveals: { facts: [f-${i}] }`,
      '    decisions:',
      `      - id: d-${i}`,
      '        prompt: What now?',
      '        owner: role-1',
      '        options:',
      `          - { id: a, label: Act, actions: [${i === 0 ? '{ declare: sev1 }, { page: policy:policy-1 }, ' : ''}{ perform: playbook-1/step-${(i % 50) + 1} }, { submit: obligation-1/early-warning }] }`,
      '          - { id: b, label: Wait }',
    );
  }
  return lines.join('\n') + '\n';
}

/** 10,000 events: ticks every few seconds, a note every 10th event, each decision once its inject is out. */
function bigLog(): ExerciseAction[] {
  const log: ExerciseAction[] = [{ type: 'exercise/start', at: 0 }];
  let t = 0;
  let decided = 0;
  while (log.length < 9_999) {
    t += 0.4 * MIN;
    const n = log.length;
    if (n % 10 === 0) log.push({ type: 'note/add', at: t, text: `note ${n}` });
    else if (decided < INJECTS && t >= decided * 60 * MIN + 45 * MIN)
      log.push({
        type: 'decision/take',
        at: t,
        decision: `d-${decided}`,
        option: decided++ % 3 ? 'a' : 'b',
        by: decided % 4 ? 'role-1' : 'role-2',
      });
    else log.push({ type: 'clock/tick', at: t });
  }
  log.push({ type: 'exercise/end', at: t + MIN });
  return log;
}

const section: BenchSection = {
  title: 'Exercise engine',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-engine-'));
    try {
      writeSyntheticPlan(dir, { roles: 50, activities: 2000, pages: 20 });
      const plan: PlanModel = planOf(compilePlan(dir, { today: SYNTHETIC_TODAY }));
      const checked = validateScenario(plan, scenarioText(), 'bench.yaml');
      if (!checked.scenario) throw new Error(checked.problems.map((p) => p.message).join('\n'));
      const scenario = checked.scenario;
      const log = bigLog();
      const state = replay(plan, scenario, log);
      const card = scoreExercise(plan, state);
      const ms = medianMs(() => scoreExercise(plan, replay(plan, scenario, log)), 5, 1);
      return [
        {
          name: `log events (${state.errors.length} rejected, ${state.delivered.length} injects, ${card.expectations.length} expectations)`,
          value: log.length,
          unit: '',
          target: '= 10000',
          ok: log.length === 10_000,
        },
        { name: 'replay + score, 10,000-event log, large plan', value: ms, unit: 'ms', target: '< 50 ms', ok: ms < 50 },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default section;
