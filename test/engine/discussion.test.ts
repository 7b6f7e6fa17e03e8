/**
 * Discussion questions, facilitator observations, modules that jump the clock, team addressees and
 * the day played: recorded as log events, replayed, validated and reported.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { currentModule, nextModuleJump } from '../../src/engine/discussion.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { exportRecord } from '../../src/engine/record.ts';
import { initialize } from '../../src/engine/initialize.ts';
import { reduce, replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { scenarioQuestions } from '../../src/plan/scenario-modules.ts';
import { timeline } from '../../src/engine/selectors.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { compilePlan } from '../../src/compiler/compile.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import { MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const H = 3_600_000;
const base = readFileSync(MINIMAL_SCENARIO, 'utf8');
const load = (text: string) => {
  const r = validateScenario(minimalPlan(), text, 's.yaml');
  if (!r.scenario) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.scenario;
};
const minimal = load(base);
/** The minimal scenario with a second module, "three days later", holding the authority's reminder. */
const jumping = load(
  base
    .replace(
      'injects:\n',
      '  - id: later\n    title: Three days later\n    startsAt: T+76:00\n    questions:\n      - id: lessons\n        text: What would you do differently?\ninjects:\n',
    )
    .replace('  - id: dpa-reminder\n    at: T+48:00\n', '  - id: dpa-reminder\n    module: later\n    at: T+76:00\n'),
);
const start: ExerciseAction = { type: 'exercise/start', at: 0, playedAt: '2026-11-30T13:00:00Z' };

describe('discussion questions', () => {
  it('gives a question without an id the id <module>-q<n>, and keeps a written one', () => {
    expect(scenarioQuestions(jumping).map((q) => [q.id, q.module])).toEqual([
      ['detection-q1', 'detection'],
      ['lessons', 'later'],
    ]);
  });

  it('records answers and observations from the log, and refuses unknown questions and objectives', () => {
    const state = replay(minimalPlan(), minimal, [
      start,
      {
        type: 'question/answer',
        at: H,
        question: 'detection-q1',
        text: 'The incident commander',
        rationale: 'The plan says so',
        by: 'deputy',
      },
      { type: 'question/answer', at: H, question: 'detection-q9', text: 'Nobody' },
      {
        type: 'observation/add',
        at: H,
        objective: 'declare',
        kind: 'improvement',
        text: 'Took long to agree the severity',
        by: 'evaluator',
      },
      { type: 'observation/add', at: H, objective: 'declared', kind: 'strength', text: 'x' },
      { type: 'observation/add', at: H, objective: 'declare', kind: 'praise' as 'strength', text: 'x' },
    ]);
    expect(state.answers.map((a) => [a.question, a.text, a.at])).toEqual([
      ['detection-q1', 'The incident commander', H],
    ]);
    expect(state.observations.map((o) => [o.objective, o.kind, o.text])).toEqual([
      ['declare', 'improvement', 'Took long to agree the severity'],
    ]);
    expect(state.errors.map((e) => e.message)).toEqual([
      'unknown question "detection-q9"; use the id of a discussion question of this scenario (detection-q1)',
      'unknown objective "declared"; use the id of an objective of this scenario (declare, notify)',
      'an observation is a "strength" or an "improvement" (got "praise")',
    ]);
    expect(
      timeline(state)
        .filter((t) => t.kind === 'answer' || t.kind === 'observation')
        .map((t) => t.text),
    ).toEqual([
      'Who decides the severity? → The incident commander (The plan says so)',
      'Area for improvement (Declare the incident and page the right people): Took long to agree the severity',
    ]);
  });

  it('prints each question with its answers, and observations beside the rating, in the report', () => {
    const state = replay(minimalPlan(), minimal, [
      start,
      { type: 'question/answer', at: H, question: 'detection-q1', text: 'The incident commander', by: 'deputy' },
      { type: 'observation/add', at: H, objective: 'declare', kind: 'strength', text: 'Calm handover' },
    ]);
    const aar = buildAar(minimalPlan(), state);
    expect(aar.discussion.modules[0].questions[0].answers).toEqual([
      { time: 'T+01:00', text: 'The incident commander', by: 'Deputy' },
    ]);
    const md = renderAarMarkdown(aar);
    expect(md).toContain(
      '1. **Who decides the severity?** (Incident Commander)\n   - T+01:00 Deputy: The incident commander',
    );
    const rating = md.indexOf('**Rating:**', md.indexOf('### Declare the incident'));
    expect(md.indexOf('Strength: Calm handover (T+01:00)')).toBeGreaterThan(rating);
    // Observations sit beside the rating and never change it.
    const without = buildAar(minimalPlan(), replay(minimalPlan(), minimal, [start]));
    expect(aar.objectives.map((o) => o.rating)).toEqual(without.objectives.map((o) => o.rating));
  });
});

describe('modules that jump the clock', () => {
  it('holds the module back until its start, and Jump moves the clock there', () => {
    const s0 = replay(minimalPlan(), jumping, [start]);
    expect(currentModule(s0)?.id).toBe('detection');
    expect(nextModuleJump(s0)).toEqual({ module: jumping.modules[1], at: 76 * H });
    const s1 = replay(minimalPlan(), jumping, [start, { type: 'clock/jump', at: 0 }]);
    expect([s1.now, s1.deliveredAt['dpa-reminder'], currentModule(s1)?.id]).toEqual([76 * H, 76 * H, 'later']);
  });

  it('evaluates a plan deadline that falls inside the jump by what the log shows', () => {
    const play = (log: ExerciseAction[]) => {
      const st = replay(minimalPlan(), jumping, [
        start,
        { type: 'decision/take', at: 0, decision: 'declare-severity', option: 'sev1', by: 'incident-commander' },
        ...log,
      ]);
      return evaluate(minimalPlan(), st).filter((e) => e.kind === 'stage' && e.deadline === 72 * H);
    };
    const jumped = play([
      { type: 'clock/jump', at: 0 },
      { type: 'decision/take', at: 76 * H, decision: 'notify', option: 'yes', by: 'dpo' },
      { type: 'exercise/end', at: 77 * H },
    ]);
    expect(jumped.length).toBeGreaterThan(0);
    expect(jumped.map((e) => e.status)).toEqual(jumped.map(() => 'late'));
    const missed = play([
      { type: 'clock/jump', at: 0 },
      { type: 'exercise/end', at: 77 * H },
    ]);
    expect(missed.map((e) => e.status)).toEqual(missed.map(() => 'missed'));
  });
});

describe('the day played', () => {
  it('dates the report and the record by the day played, and keeps the story date apart', () => {
    const log: ExerciseAction[] = [start, { type: 'exercise/end', at: H }];
    const aar = buildAar(minimalPlan(), replay(minimalPlan(), minimal, log));
    expect([aar.overview.date, aar.overview.storyDate]).toEqual(['2026-11-30', '2026-03-13']);
    const record = exportRecord(minimalPlan(), minimal, base, log);
    expect([record.id, record.date, record.storyDate, record.nextDue]).toEqual([
      '2026-11-30-stolen-export',
      '2026-11-30',
      '2026-03-13',
      '2027-11-30',
    ]);
  });

  it('falls back to the given instant (the session made), and refuses a start with a bad playedAt', () => {
    const state = replay(minimalPlan(), minimal, [{ type: 'exercise/start', at: 0 }]);
    expect(buildAar(minimalPlan(), state, { playedAt: '2026-12-01T09:00:00Z' }).overview.date).toBe('2026-12-01');
    const bad = replay(minimalPlan(), minimal, [{ type: 'exercise/start', at: 0, playedAt: 'yesterday' }]);
    expect(bad.errors[0].message).toBe(
      '"playedAt" must be an ISO date and time such as 2026-11-30T14:00:00Z (got "yesterday")',
    );
  });
});

describe('team addressees', () => {
  const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
  const text = readFileSync('scenarios/weekend-ransomware.yaml', 'utf8');
  it('accepts a plan team as an inject addressee and a decision owner', () => {
    const changed = text
      .replace('    to: [security-lead]\n', '    to: [security-operations]\n')
      .replace('        owner: security-lead\n', '        owner: security-operations\n');
    expect(changed.match(/security-operations/g)).toHaveLength(2);
    expect(validateScenario(plan, changed, 's.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('names an unknown team with a suggestion', () => {
    const changed = text.replace('    to: [security-lead]\n', '    to: [security-operation]\n');
    expect(validateScenario(plan, changed, 's.yaml').problems.map((p) => p.message)).toEqual([
      'inject "edr-alert": unknown role or team "security-operation" (did you mean "security-operations"?); use a role id from roles.yaml or a team id from teams.yaml',
    ]);
  });
});

describe('discussion never changes the score', () => {
  const decisions = minimal.injects.flatMap((i) => i.decisions);
  const step: fc.Arbitrary<ExerciseAction> = fc.oneof(
    fc.integer({ min: 0, max: 90 * H }).map((at) => ({ type: 'clock/tick', at }) as ExerciseAction),
    fc.constant({ type: 'clock/jump', at: 0 } as ExerciseAction),
    fc.record({ d: fc.nat(decisions.length - 1), o: fc.nat(2), at: fc.integer({ min: 0, max: 90 * H }) }).map(
      ({ d, o, at }) =>
        ({
          type: 'decision/take',
          at,
          decision: decisions[d].id,
          option: decisions[d].options[o % decisions[d].options.length].id,
          by: 'incident-commander',
        }) as ExerciseAction,
    ),
  );
  const talk = fc.oneof(
    fc
      .record({ text: fc.string({ minLength: 1 }), by: fc.option(fc.constantFrom('dpo', 'Sam'), { nil: undefined }) })
      .map(({ text, by }) => ({ type: 'question/answer', question: 'detection-q1', text, ...(by ? { by } : {}) })),
    fc
      .record({
        objective: fc.constantFrom('declare', 'notify'),
        kind: fc.constantFrom('strength', 'improvement'),
        text: fc.string({ minLength: 1 }),
      })
      .map((o) => ({ type: 'observation/add', ...o })),
  );

  it('gives the same scorecard with answers and observations recorded at any point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(step, fc.option(talk, { nil: undefined })), { maxLength: 25 }),
        fc.boolean(),
        (steps, end) => {
          const plain: ExerciseAction[] = [start];
          const talked: ExerciseAction[] = [start];
          let state = reduce(initialize(minimalPlan(), minimal), start);
          for (const [a, extra] of steps) {
            const at = a.type === 'clock/jump' ? state.now : Math.max(a.at, state.now);
            const action = { ...a, at } as ExerciseAction;
            plain.push(action);
            talked.push(action);
            state = reduce(state, action);
            if (extra) talked.push({ ...extra, at: state.now } as ExerciseAction);
          }
          if (end) for (const log of [plain, talked]) log.push({ type: 'exercise/end', at: state.now });
          const a = replay(minimalPlan(), minimal, plain);
          const b = replay(minimalPlan(), minimal, talked);
          expect(b.answers.length + b.observations.length).toBe(
            talked.length - plain.length - b.errors.length + a.errors.length,
          );
          // Positions in the log (seq) shift with the inserted events; ratings, outcomes and evidence times do not.
          const score = (st: typeof a) => {
            const card = scoreExercise(minimalPlan(), st);
            return [
              card.objectives.map((o) => [o.objective.id, o.rating, o.reason]),
              card.expectations.map((e) => [e.id, e.status, e.evidence?.at, e.evidence?.by]),
            ];
          };
          expect(score(b)).toEqual(score(a));
        },
      ),
      { numRuns: 150 },
    );
  });
});
