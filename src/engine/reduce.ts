/**
 * The exercise reducer: `reduce(state, action) => state`, a pure function and the one way an action
 * is applied. The new state shares every list and map the action does not change (structural
 * sharing), so folding a long log stays cheap and no state is ever modified. A refused action is
 * recorded in `state.errors` (with the action's `seq`) and changes nothing else; it never throws.
 * `replay` folds a whole log with `reduce`.
 */
import type { PlanModel } from '../plan/model.ts';
import { ACTION_TYPES, type AdHocInject, type ExerciseAction } from './actions.ts';
import { formatClock } from '../plan/scenario-time.ts';
import type { Scenario } from '../plan/scenario.ts';
import type { ExerciseState } from './state.ts';
import { initialize, type InitializeOptions } from './initialize.ts';
import { withNextDue } from './triggers.ts';
import { advance, deliver, perform } from './transitions.ts';
import { checkAnswer, checkObservation, recordAnswer, recordObservation } from './discussion.ts';
import {
  checkActivityDone,
  checkInsufficient,
  checkReview,
  recordActivityDone,
  recordInsufficient,
  recordReview,
} from './review.ts';

/** What may still be recorded once the exercise has ended: the evaluator's review. */
const AFTER_END: readonly ExerciseAction['type'][] = ['review/outcome', 'answer/insufficient'];

/** Applies one action and returns the new state. `state` is not modified. */
export function reduce(state: ExerciseState, action: ExerciseAction): ExerciseState {
  const s = { ...state, seq: state.seq + 1 };
  const next = transition(s, action);
  if (typeof next !== 'string') return next;
  const a = action as Partial<ExerciseAction> | null;
  const at = typeof a?.at === 'number' && Number.isFinite(a.at) ? a.at : null;
  return { ...s, errors: [...s.errors, { seq: s.seq, type: String(a?.type), at, message: next }] };
}

/** The state after every action of `log`, from a fresh exercise. Same log, same state. */
export function replay(
  plan: PlanModel,
  scenario: Scenario,
  log: readonly ExerciseAction[],
  options?: InitializeOptions,
): ExerciseState {
  return log.reduce(reduce, initialize(plan, scenario, options));
}

/** The new state, or why `action` is refused. `s.seq` is already the action's position in the log. */
function transition(s: ExerciseState, action: ExerciseAction): ExerciseState | string {
  const a = action as Partial<ExerciseAction> | null;
  if (!a || typeof a !== 'object' || !ACTION_TYPES.includes(a.type as ExerciseAction['type']))
    return `unknown action type ${JSON.stringify(a?.type)}; use one of ${ACTION_TYPES.join(', ')}`;
  const at = a.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0)
    return `"${a.type}" needs "at", the scenario time in milliseconds since T+0 (got ${JSON.stringify(at)})`;
  // The evaluator's review goes on after play: at the end time, it changes no clock and no fact.
  if (s.status === 'ended' && !(AFTER_END.includes(action.type) && at === s.now))
    return AFTER_END.includes(action.type)
      ? `the exercise ended at ${formatClock(s.endedAt ?? s.now)}; record "${action.type}" at that time (${s.now})`
      : `the exercise ended at ${formatClock(s.endedAt ?? s.now)}; no action is accepted after the end`;
  if (action.type === 'exercise/start') return start(s, action);
  if (s.status === 'ready') return 'the exercise has not started; send "exercise/start" first';
  if (at < s.now)
    return `the clock cannot go backwards: ${formatClock(at)} is before the current time ${formatClock(s.now)}`;
  if (at > s.now && s.status === 'paused')
    return `the clock is paused at ${formatClock(s.now)}; resume it before moving time forward`;

  switch (action.type) {
    case 'clock/tick':
      return advance(s, at);
    case 'exercise/end': {
      const moved = advance(s, at);
      return { ...moved, status: 'ended', endedAt: moved.now };
    }
    case 'clock/pause':
      if (s.status === 'paused') return `the clock is already paused at ${formatClock(s.now)}`;
      return { ...advance(s, at), status: 'paused' };
    case 'clock/resume':
      if (s.status !== 'paused') return 'the clock is not paused; there is nothing to resume';
      return { ...s, status: 'running' };
    default: {
      // Checked at the action's time (a decision may open on the way there); refused, the moved state is dropped.
      const [check, run] = handler(action);
      const moved = at > s.now ? advance(s, at) : s;
      return check(moved) ?? run(moved);
    }
  }
}

/** Why the action cannot be applied to a state already moved to its time (or `undefined`), and how to apply it. */
type Handler = [(s: ExerciseState) => string | undefined, (s: ExerciseState) => ExerciseState];

function handler(action: ExerciseAction): Handler {
  switch (action.type) {
    case 'clock/jump':
      return [
        (s) =>
          s.due
            ? undefined
            : `no scripted inject is still to come after ${formatClock(s.now)}; fire a contingency inject or end the exercise`,
        (s) => advance(s, s.due!.at),
      ];
    case 'inject/deliver':
      return [
        (s) => {
          if (!s.scenario.injects.some((i) => i.id === action.inject))
            return `unknown inject "${action.inject}"; use the id of an inject of this scenario`;
          if (action.inject in s.deliveredAt)
            return `inject "${action.inject}" was already delivered at ${formatClock(s.deliveredAt[action.inject])}`;
          return undefined;
        },
        (s) => {
          const d = deliver(s, action.inject, 'facilitator');
          return advance(d, d.now);
        },
      ];
    case 'inject/ad-hoc':
      return [
        () => {
          const i = action.inject;
          if (!i || typeof i.subject !== 'string' || !i.subject || typeof i.body !== 'string' || !Array.isArray(i.to))
            return 'an ad-hoc inject needs "to" (role ids), "subject" and "body"';
          return undefined;
        },
        (s) => {
          const n = s.delivered.filter((x) => x.by === 'ad-hoc').length + 1;
          const d = deliver(s, `ad-hoc-${n}`, 'ad-hoc', cleanAdHoc(action.inject));
          return advance(d, d.now);
        },
      ];
    case 'decision/take':
      return [(s) => checkDecision(s, action), (s) => takeDecision(s, action)];
    case 'note/add':
      return [
        () => (typeof action.text === 'string' && action.text.trim() ? undefined : 'a note needs some text'),
        (s) => ({
          ...s,
          notes: [...s.notes, { text: action.text, at: s.now, seq: s.seq, ...(action.by ? { by: action.by } : {}) }],
        }),
      ];
    case 'question/answer':
      return [(s) => checkAnswer(s, action), (s) => recordAnswer(s, action)];
    case 'observation/add':
      return [(s) => checkObservation(s, action), (s) => recordObservation(s, action)];
    case 'answer/insufficient':
      return [(s) => checkInsufficient(s, action), (s) => recordInsufficient(s, action)];
    case 'review/outcome':
      return [(s) => checkReview(s, action), (s) => recordReview(s, action)];
    case 'activity/done':
      return [
        (s) => checkActivityDone(s, action),
        (s) => {
          const d = recordActivityDone(s, action);
          return advance(d, d.now);
        },
      ];
    default:
      return [() => `"${(action as { type: string }).type}" cannot be applied here`, (s) => s];
  }
}

function checkDecision(d: ExerciseState, a: Extract<ExerciseAction, { type: 'decision/take' }>): string | undefined {
  const inject = d.scenario.injects.find((i) => i.decisions.some((x) => x.id === a.decision));
  if (!inject) return `unknown decision "${a.decision}"; use the id of a decision of this scenario`;
  if (!(inject.id in d.deliveredAt))
    return `decision "${a.decision}" is not open yet: inject "${inject.id}" has not been delivered`;
  if (a.decision in d.taken) return `decision "${a.decision}" was already taken (option "${d.taken[a.decision]}")`;
  const decision = inject.decisions.find((x) => x.id === a.decision)!;
  if (!decision.options.some((o) => o.id === a.option))
    return `decision "${a.decision}" has no option "${a.option}"; choose one of ${decision.options.map((o) => o.id).join(', ')}`;
  if (typeof a.by !== 'string' || !a.by) return `decision "${a.decision}" needs "by", the role that took it`;
  return undefined;
}

function takeDecision(s: ExerciseState, a: Extract<ExerciseAction, { type: 'decision/take' }>): ExerciseState {
  const decision = s.scenario.injects.flatMap((i) => i.decisions).find((x) => x.id === a.decision)!;
  const option = decision.options.find((o) => o.id === a.option)!;
  const taken = { decision: a.decision, option: a.option, by: a.by, at: s.now, seq: s.seq };
  const recorded = {
    ...s,
    decisions: [
      ...s.decisions,
      {
        ...taken,
        ...(a.rationale ? { rationale: a.rationale } : {}),
        ...(a.text ? { text: a.text } : {}),
        ...(typeof a.participant === 'string' && a.participant ? { participant: a.participant } : {}),
      },
    ],
    taken: { ...s.taken, [a.decision]: a.option },
  };
  const done = withNextDue(perform(recorded, option.actions, taken));
  return advance(done, done.now);
}

function start(s: ExerciseState, a: Extract<ExerciseAction, { type: 'exercise/start' }>): ExerciseState | string {
  if (s.status !== 'ready') return 'the exercise has already started';
  let epoch = s.epoch;
  if (a.startsAt !== undefined) {
    epoch = Date.parse(a.startsAt);
    if (!Number.isFinite(epoch))
      return `"startsAt" must be an ISO date and time such as 2026-03-14T02:00:00Z (got ${JSON.stringify(a.startsAt)})`;
  }
  if (a.playedAt !== undefined && !Number.isFinite(Date.parse(a.playedAt)))
    return `"playedAt" must be an ISO date and time such as 2026-11-30T14:00:00Z (got ${JSON.stringify(a.playedAt)})`;
  return advance(
    { ...s, epoch, status: 'running', ...(a.playedAt !== undefined ? { playedAt: a.playedAt } : {}) },
    a.at,
  );
}

/** Keeps only the known fields of an ad-hoc inject, so the state stays plain JSON. */
function cleanAdHoc(i: AdHocInject): AdHocInject {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out: AdHocInject = {
    to: ids(i.to),
    channel: i.channel,
    from: text(i.from, 'Facilitator'),
    subject: i.subject,
    body: i.body,
  };
  if (!['email', 'phone', 'chat', 'news', 'ticket'].includes(out.channel)) out.channel = 'chat';
  const r = i.reveals;
  if (r && typeof r === 'object') {
    out.reveals = {
      dataCategories: ids(r.dataCategories),
      anchors: ids(r.anchors) as NonNullable<AdHocInject['reveals']>['anchors'],
      facts: ids(r.facts),
    };
    if (typeof r.incidentType === 'string') out.reveals.incidentType = r.incidentType;
    if (typeof r.severity === 'string') out.reveals.severity = r.severity;
  }
  return out;
}
