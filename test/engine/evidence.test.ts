/**
 * Evidence besides scripted options: discussion answers to questions that `covers` plan work (and
 * the facilitator withdrawing one as insufficient), work marked done in the console, and the
 * evaluator's review of each outcome — all log events, replayed like the others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planOf } from '../compiler/helpers.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { buildAar } from '../../src/engine/aar.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import { type ExerciseAction } from '../../src/engine/actions.ts';
import { statusWords } from '../../src/engine/status-words.ts';
import { MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';

const M = 60_000;
const H = 60 * M;
const plan = minimalPlan();
const base = readFileSync(MINIMAL_SCENARIO, 'utf8');
const covering = (covers: string) =>
  base.replace(
    '      - text: Who decides the severity?\n        roles: [incident-commander]\n',
    `      - text: Who decides the severity?\n        roles: [incident-commander]\n        covers: ${covers}\n`,
  );
const load = (text: string) => {
  const r = validateScenario(plan, text, 'covers.yaml');
  if (!r.scenario) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
};
const scenario = load(covering('[activity:breach/declare, stage:gdpr-art33/authority, brief-press]'));
const start: ExerciseAction = { type: 'exercise/start', at: 0 };
const answer = (at: number, by = 'incident-commander'): ExerciseAction => ({
  type: 'question/answer',
  at,
  question: 'detection-q1',
  text: 'The IC declares SEV-1 within 10 minutes and the DPO files with the authority',
  by,
});
const end = (at = 80 * H): ExerciseAction => ({ type: 'exercise/end', at });
const card = (log: ExerciseAction[]) => {
  const state = replay(plan, scenario, log);
  expect(state.errors).toEqual([]);
  return scoreExercise(plan, state);
};
const find = (c: ReturnType<typeof card>, id: string) =>
  [...c.expectations, ...c.openAtEnd, ...c.notReached, ...c.notApplicable].find((e) => e.id === id)!;

describe('discussed answers as evidence', () => {
  it('counts an answer as the work its question covers, met in discussion, at its time, by the answering role', () => {
    const c = card([start, answer(10 * M), end()]);
    const declare = find(c, 'activity:breach/declare');
    expect([declare.status, declare.evidence?.at, declare.evidence?.by, declare.evidence?.via]).toEqual([
      'met',
      10 * M,
      'incident-commander',
      'discussion',
    ]);
    expect(statusWords(declare)).toBe('Met in discussion');
    // The stage is the obligation's: the IC is R on its step, so filing it in discussion is by an owner.
    expect(find(c, 'stage:gdpr-art33/authority').status).toBe('met');
  });

  it('judges discussed work by the same clock and owners as any other act', () => {
    const c = card([start, answer(20 * M, 'dpo'), end()]);
    expect(find(c, 'activity:breach/declare').status).toBe('late');
    expect(
      card([start, answer(10 * M, 'dpo'), end()]).expectations.find((e) => e.id === 'activity:breach/declare')!.status,
    ).toBe('wrong-owner');
  });

  it('withdraws the credit when the facilitator marks the answer insufficient', () => {
    const log: ExerciseAction[] = [
      start,
      answer(10 * M),
      { type: 'answer/insufficient', at: 30 * M, answer: 2, reason: 'Nobody said who pages the major-incident policy' },
    ];
    const c = card([...log, end()]);
    expect(find(c, 'activity:breach/declare').status).toBe('missed');
    expect(find(c, 'stage:gdpr-art33/authority').status).toBe('missed');
    const state = replay(plan, scenario, [
      ...log,
      { type: 'answer/insufficient', at: 31 * M, answer: 2 },
      { type: 'answer/insufficient', at: 31 * M, answer: 99 },
    ]);
    expect(state.errors.map((e) => e.message)).toEqual([
      'this answer was already marked insufficient',
      'no answer was recorded at log position 99; give the "seq" of a recorded answer',
    ]);
  });

  it('refuses a covers entry that names no plan work or scenario expectation, with a did-you-mean', () => {
    const problems = (covers: string) =>
      validateScenario(plan, covering(covers), 'covers.yaml').problems.map((p) => `${p.line}  ${p.rule}  ${p.message}`);
    expect(problems('[activity:breach/declar]')).toEqual([
      '24  scenario-unknown-activity  module "detection", question 1: unknown activity "breach/declar" (did you mean "breach/declare"?); use playbook-id/activity-id of an activity in playbooks/',
    ]);
    expect(problems('[brief-pres]')).toEqual([
      '24  scenario-unknown-expectation  module "detection", question 1: unknown expectation "brief-pres" (did you mean "brief-press"?); use the id of an expectation defined in this scenario',
    ]);
    expect(problems('[stage:gdpr-art33/authority, "Activity:x"]')[0]).toMatch(
      /must be activity:<playbook>\/<activity>, stage:<obligation>\/<stage> or the id of an expectation of this scenario/,
    );
  });
});

describe("the evaluator's review", () => {
  it("replaces a computed outcome with the reviewed one, keeps both, and rates on the evaluator's", () => {
    const review: ExerciseAction = {
      type: 'review/outcome',
      at: 80 * H,
      expectation: 'declare:sev1',
      outcome: 'met',
      reason: 'Declared SEV-1 aloud at T+00:08; the scribe missed it',
    };
    const before = card([start, end(79 * H)]);
    expect(before.objectives[0].rating).toBe('U');
    const c = card([start, { type: 'clock/tick', at: 79 * H }, review, end()]);
    const e = find(c, 'declare:sev1');
    expect([e.computed, e.status, e.review?.reason]).toEqual([
      'missed',
      'met',
      'Declared SEV-1 aloud at T+00:08; the scribe missed it',
    ]);
    const md = renderAarMarkdown(
      buildAar(plan, replay(plan, scenario, [start, { type: 'clock/tick', at: 79 * H }, review, end()])),
    );
    expect(md).toContain(
      '| Declare SEV-1 Critical or a more severe level, as the facts indicate | Missed | Met | Declared SEV-1 aloud at T+00:08; the scribe missed it |',
    );
  });

  it('takes an expectation judged not applicable out of the ratings, listed apart with its reason', () => {
    const na: ExerciseAction = {
      type: 'review/outcome',
      at: 0,
      expectation: 'activity:breach/declare',
      outcome: 'not-applicable',
      reason: 'Declared before the exercise began',
    };
    const c = card([start, na, end()]);
    expect(c.expectations.map((e) => e.id)).not.toContain('activity:breach/declare');
    expect(c.notApplicable.map((e) => [e.id, e.computed])).toEqual([['activity:breach/declare', 'missed']]);
    const refused = replay(plan, scenario, [
      start,
      { ...na, reason: ' ' },
      { ...na, outcome: 'excellent' } as unknown as ExerciseAction,
    ]);
    expect(refused.errors.map((e) => e.message)).toEqual([
      'a review needs a reason: what the evaluator saw',
      'a review\'s outcome is one of met, late, missed, not-applicable (got "excellent")',
    ]);
  });

  it('records plan work marked done by a role from the console, judged like a decision', () => {
    const done = (by: string): ExerciseAction => ({
      type: 'activity/done',
      at: 12 * M,
      activity: 'breach/declare',
      by,
      note: 'Declared on the bridge',
    });
    const e = find(card([start, done('deputy'), end()]), 'activity:breach/declare');
    expect([e.status, e.evidence?.by, e.evidence?.via]).toEqual(['met', 'deputy', 'console']);
    expect(find(card([start, done('dpo'), end()]), 'activity:breach/declare').status).toBe('wrong-owner');
    expect(
      replay(plan, scenario, [start, { type: 'activity/done', at: 0, activity: 'declare', by: 'deputy' }]).errors[0]
        .message,
    ).toContain('playbook-id/activity-id');
  });
});

describe('after the end and in the console', () => {
  it('accepts the review after the exercise ended, at the end time, and nothing else', () => {
    const review: ExerciseAction = {
      type: 'review/outcome',
      at: 80 * H,
      expectation: 'declare:sev1',
      outcome: 'missed',
      reason: 'Confirmed: nobody declared',
    };
    const state = replay(plan, scenario, [
      start,
      end(),
      review,
      { ...review, at: 81 * H },
      { type: 'note/add', at: 80 * H, text: 'late note' },
    ]);
    expect(state.reviews.map((r) => r.reason)).toEqual(['Confirmed: nobody declared']);
    expect(state.errors.map((e) => e.message)).toEqual([
      'the exercise ended at T+80:00; record "review/outcome" at that time (288000000)',
      'the exercise ended at T+80:00; no action is accepted after the end',
    ]);
  });

  it('preselects a role for a decision a team owns, never the team', async () => {
    const { compilePlan } = await import('../../src/compiler/compile.ts');
    const { leadRole } = await import('../../src/engine/owners.ts');
    const example = planOf(compilePlan('content', { today: '2026-11-27' }));
    const team = example.teams[0];
    const lead = leadRole(example, { roles: example.roles.map((r) => r.id) }, team.id);
    expect(example.roles.map((r) => r.id)).toContain(lead);
    expect(leadRole(example, { roles: ['incident-commander'] }, 'incident-commander')).toBe('incident-commander');
  });
});
