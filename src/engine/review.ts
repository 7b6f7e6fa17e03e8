/**
 * The evaluator's part of the log: an answer judged insufficient (`answer/insufficient`), an
 * expectation's outcome confirmed or changed with a reason (`review/outcome`), and plan work marked
 * done by a role from the console (`activity/done`). Each is checked, then recorded at the state's
 * current time; the reducer applies them like any other action, so a replay gives the same review.
 */
import type { ActivityDoneAction, InsufficientAction, ReviewAction, ReviewOutcome } from './actions.ts';
import type { ExerciseState } from './state.ts';
import { perform } from './transitions.ts';
import { withNextDue } from './triggers.ts';

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const optional = (v: unknown) => v === undefined || typeof v === 'string';
/** The outcomes an evaluator may give. */
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['met', 'late', 'missed', 'not-applicable'];

/** Why `a` cannot be recorded, or `undefined`. */
export function checkInsufficient(s: ExerciseState, a: InsufficientAction): string | undefined {
  const answer = s.answers.find((x) => x.seq === a.answer);
  if (!answer)
    return `no answer was recorded at log position ${JSON.stringify(a.answer)}; give the "seq" of a recorded answer`;
  if (answer.insufficient) return 'this answer was already marked insufficient';
  if (!optional(a.reason) || !optional(a.by)) return 'the "reason" and "by" of an insufficient answer must be text';
  return undefined;
}

/** The state with the answer marked insufficient. */
export function recordInsufficient(s: ExerciseState, a: InsufficientAction): ExerciseState {
  const mark = { at: s.now, seq: s.seq, ...(a.reason ? { reason: a.reason } : {}), ...(a.by ? { by: a.by } : {}) };
  return { ...s, answers: s.answers.map((x) => (x.seq === a.answer ? { ...x, insufficient: mark } : x)) };
}

/** Why `a` cannot be recorded, or `undefined`. */
export function checkReview(_s: ExerciseState, a: ReviewAction): string | undefined {
  if (!text(a.expectation)) return 'a review needs "expectation", the id of the expectation reviewed';
  if (!REVIEW_OUTCOMES.includes(a.outcome))
    return `a review's outcome is one of ${REVIEW_OUTCOMES.join(', ')} (got ${JSON.stringify(a.outcome)})`;
  if (!text(a.reason)) return 'a review needs a reason: what the evaluator saw';
  if (!optional(a.by)) return 'a review\'s "by" must be text';
  return undefined;
}

/** The state with the review recorded. */
export function recordReview(s: ExerciseState, a: ReviewAction): ExerciseState {
  const entry = {
    expectation: a.expectation,
    outcome: a.outcome,
    reason: a.reason,
    at: s.now,
    seq: s.seq,
    ...(a.by ? { by: a.by } : {}),
  };
  return { ...s, reviews: [...s.reviews, entry] };
}

/** Why `a` cannot be recorded, or `undefined`. */
export function checkActivityDone(_s: ExerciseState, a: ActivityDoneAction): string | undefined {
  if (typeof a.activity !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(a.activity))
    return `"activity/done" needs "activity", playbook-id/activity-id (got ${JSON.stringify(a.activity)})`;
  if (!text(a.by)) return `"activity/done" needs "by", the role that did the work`;
  if (!optional(a.note)) return 'the "note" of work marked done must be text';
  return undefined;
}

/** The state with the activity performed by `a.by` now, as evidence from the console. */
export function recordActivityDone(s: ExerciseState, a: ActivityDoneAction): ExerciseState {
  return withNextDue(
    perform(s, [{ perform: a.activity }], {
      by: a.by,
      at: s.now,
      seq: s.seq,
      decision: 'console',
      option: 'done',
      via: 'console',
    }),
  );
}
