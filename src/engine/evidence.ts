/**
 * Evidence besides a decision's options, and the evaluator's word on it. A discussion answer to a
 * question that `covers` plan work counts as that work — met in discussion — at the answer's time,
 * by the answering role (or the first role asked), unless the facilitator marked it insufficient.
 * The evaluator's latest review of an expectation replaces its computed outcome (kept as
 * `computed`), so the ratings use the evaluator's outcome and the report can show both.
 */
import { scenarioQuestions } from '../plan/scenario-modules.ts';
import type { PlanAction } from '../plan/scenario.ts';
import type { Expectation } from './expectation-base.ts';
import type { Act, ExerciseState } from './state.ts';

/** The act a `covers` entry stands for: an activity performed, a stage submitted, or a scenario expectation's act. */
function coveredAct(state: ExerciseState, covers: string): Pick<Act, 'kind' | 'target'> | undefined {
  if (covers.startsWith('activity:')) return { kind: 'perform', target: covers.slice('activity:'.length) };
  if (covers.startsWith('stage:')) return { kind: 'submit', target: covers.slice('stage:'.length) };
  const act = state.scenario.expectations.find((e) => e.id === covers)?.act;
  const entry =
    act && (Object.entries(act) as [keyof PlanAction, string | undefined][]).find(([, v]) => v !== undefined);
  return entry && { kind: entry[0], target: entry[1]! };
}

/** The acts discussion answers stand for, in log order: one per covered item of each sufficient answer. */
export function discussionActs(state: ExerciseState): Act[] {
  const questions = new Map(scenarioQuestions(state.scenario).map((q) => [q.id, q]));
  return state.answers.flatMap((a) => {
    const q = questions.get(a.question);
    if (!q?.covers.length || a.insufficient) return [];
    const by = a.by ?? q.roles[0] ?? '';
    return q.covers.flatMap((c) => {
      const act = coveredAct(state, c);
      return act
        ? [
            {
              ...act,
              by,
              at: a.at,
              seq: a.seq,
              decision: `question:${q.id}`,
              option: 'answer',
              via: 'discussion' as const,
            },
          ]
        : [];
    });
  });
}

/** Every act of the exercise that counts as evidence: the decisions' and the console's, and the discussion's, in log order. */
export const evidenceActs = (state: ExerciseState): Act[] =>
  [...state.acts, ...discussionActs(state)].sort((a, b) => a.seq - b.seq);

/** `list` with each reviewed expectation given the evaluator's latest outcome; the computed one is kept as `computed`. */
export function withReviews(state: ExerciseState, list: Expectation[]): Expectation[] {
  if (!state.reviews?.length) return list;
  const latest = new Map(state.reviews.map((r) => [r.expectation, r]));
  return list.map((e) => {
    const r = latest.get(e.id);
    if (!r) return e;
    const review = { outcome: r.outcome, reason: r.reason, at: r.at, ...(r.by ? { by: r.by } : {}) };
    return { ...e, computed: e.status, review, status: r.outcome };
  });
}
