/**
 * The exercise reducer: `reduce(state, action) => state`, a pure function. A refused action is
 * recorded in `state.errors` and changes nothing else; it never throws. `step` also returns the
 * effects (injects delivered, decisions opened) for the UI to show. `replay` folds a whole log.
 */
import type { PlanModel } from '../plan/model.ts';
import { ACTION_TYPES, type AdHocInject, type ExerciseAction } from './actions.ts';
import { formatClock } from './clock.ts';
import type { Scenario } from '../plan/scenario.ts';
import { draftOf, initialize, type ExerciseState, type InitializeOptions } from './state.ts';
import { nextDue } from './triggers.ts';
import { advance, deliver, perform, type Effect } from './deliver.ts';

/** The new state and the effects of one action. */
export interface StepResult {
  state: ExerciseState;
  effects: Effect[];
}

/** Applies one action; returns the new state and its effects. `state` is not modified. */
export function step(state: ExerciseState, action: ExerciseAction): StepResult {
  const draft = draftOf(state);
  const effects: Effect[] = [];
  apply(draft, action, effects);
  return { state: draft, effects };
}

/** Applies one action and returns the new state. `state` is not modified. */
export function reduce(state: ExerciseState, action: ExerciseAction): ExerciseState {
  return step(state, action).state;
}

/** The state after every action of `log`, from a fresh exercise. Same log, same state. */
export function replay(plan: PlanModel, scenario: Scenario, log: readonly ExerciseAction[], options?: InitializeOptions): ExerciseState {
  // One private draft mutated in place: the same result as folding `reduce`, without copying per action.
  const draft = draftOf(initialize(plan, scenario, options));
  for (const action of log) apply(draft, action, []);
  return draft;
}

/** Why `action` cannot be applied to `d` (already moved to the action's time), or `undefined`. */
type Check = (d: ExerciseState) => string | undefined;

function apply(d: ExerciseState, action: ExerciseAction, effects: Effect[]): void {
  const seq = ++d.seq;
  const a = action as Partial<ExerciseAction> | null;
  const reject = (message: string) => {
    d.errors.push({ seq, type: String(a?.type), at: typeof a?.at === 'number' && Number.isFinite(a.at) ? a.at : null, message });
    effects.push({ type: 'action/rejected', message });
  };
  if (!a || typeof a !== 'object' || !ACTION_TYPES.includes(a.type as ExerciseAction['type']))
    return reject(`unknown action type ${JSON.stringify(a?.type)}; use one of ${ACTION_TYPES.join(', ')}`);
  const at = a.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0)
    return reject(`"${a.type}" needs "at", the scenario time in milliseconds since T+0 (got ${JSON.stringify(at)})`);
  if (d.status === 'ended') return reject(`the exercise ended at ${formatClock(d.endedAt ?? d.now)}; no action is accepted after the end`);
  if (action.type === 'exercise/start') return start(d, action, seq, effects, reject);
  if (d.status === 'ready') return reject('the exercise has not started; send "exercise/start" first');
  if (at < d.now) return reject(`the clock cannot go backwards: ${formatClock(at)} is before the current time ${formatClock(d.now)}`);
  if (at > d.now && d.status === 'paused')
    return reject(`the clock is paused at ${formatClock(d.now)}; resume it before moving time forward`);

  switch (action.type) {
    case 'clock/tick':
      return advance(d, at, seq, effects);
    case 'exercise/end':
      advance(d, at, seq, effects);
      d.status = 'ended';
      d.endedAt = d.now;
      effects.push({ type: 'exercise/ended', at: d.now });
      return;
    case 'clock/pause':
      if (d.status === 'paused') return reject(`the clock is already paused at ${formatClock(d.now)}`);
      advance(d, at, seq, effects);
      d.status = 'paused';
      return;
    case 'clock/resume':
      if (d.status !== 'paused') return reject('the clock is not paused; there is nothing to resume');
      d.status = 'running';
      return;
    case 'note/add':
    case 'inject/ad-hoc': {
      // These checks do not depend on the time, so no trial copy is needed.
      const [check, run] = handler(action, seq);
      const error = check(d);
      if (error) return reject(error);
      advance(d, at, seq, effects);
      return run(d, effects);
    }
    default:
      return checked(d, at, seq, effects, reject, ...handler(action, seq));
  }
}

/** Moves a copy to `at`, checks, and only then commits: a refused action leaves time where it was. */
function checked(
  d: ExerciseState,
  at: number,
  seq: number,
  effects: Effect[],
  reject: (m: string) => void,
  check: Check,
  run: (d: ExerciseState, effects: Effect[]) => void,
): void {
  const moved = at > d.now ? draftOf(d) : d;
  const pending: Effect[] = [];
  if (moved !== d) advance(moved, at, seq, pending);
  const error = check(moved);
  if (error) return reject(error);
  run(moved, pending);
  if (moved !== d) Object.assign(d, moved);
  effects.push(...pending);
}

function handler(action: ExerciseAction, seq: number): [Check, (d: ExerciseState, effects: Effect[]) => void] {
  switch (action.type) {
    case 'clock/jump':
      return [
        (d) => (nextDue(d) ? undefined : `no scripted inject is still to come after ${formatClock(d.now)}; fire a contingency inject or end the exercise`),
        (d, effects) => advance(d, nextDue(d)!.at, seq, effects),
      ];
    case 'inject/deliver':
      return [
        (d) => {
          if (!d.scenario.injects.some((i) => i.id === action.inject)) return `unknown inject "${action.inject}"; use the id of an inject of this scenario`;
          if (action.inject in d.deliveredAt) return `inject "${action.inject}" was already delivered at ${formatClock(d.deliveredAt[action.inject])}`;
          return undefined;
        },
        (d, effects) => {
          deliver(d, action.inject, seq, 'facilitator', effects);
          advance(d, d.now, seq, effects);
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
        (d, effects) => {
          const n = d.delivered.filter((x) => x.by === 'ad-hoc').length + 1;
          deliver(d, `ad-hoc-${n}`, seq, 'ad-hoc', effects, cleanAdHoc(action.inject));
          advance(d, d.now, seq, effects);
        },
      ];
    case 'decision/take':
      return [(d) => checkDecision(d, action), (d, effects) => takeDecision(d, action, seq, effects)];
    case 'note/add':
      return [
        () => (typeof action.text === 'string' && action.text.trim() ? undefined : 'a note needs some text'),
        (d) => {
          const note = { text: action.text, at: d.now, seq, ...(action.by ? { by: action.by } : {}) };
          d.notes.push(note);
        },
      ];
    default:
      return [() => `"${(action as { type: string }).type}" cannot be applied here`, () => {}];
  }
}

function checkDecision(d: ExerciseState, a: Extract<ExerciseAction, { type: 'decision/take' }>): string | undefined {
  const inject = d.scenario.injects.find((i) => i.decisions.some((x) => x.id === a.decision));
  if (!inject) return `unknown decision "${a.decision}"; use the id of a decision of this scenario`;
  if (!(inject.id in d.deliveredAt)) return `decision "${a.decision}" is not open yet: inject "${inject.id}" has not been delivered`;
  if (a.decision in d.taken) return `decision "${a.decision}" was already taken (option "${d.taken[a.decision]}")`;
  const decision = inject.decisions.find((x) => x.id === a.decision)!;
  if (!decision.options.some((o) => o.id === a.option))
    return `decision "${a.decision}" has no option "${a.option}"; choose one of ${decision.options.map((o) => o.id).join(', ')}`;
  if (typeof a.by !== 'string' || !a.by) return `decision "${a.decision}" needs "by", the role that took it`;
  return undefined;
}

function takeDecision(d: ExerciseState, a: Extract<ExerciseAction, { type: 'decision/take' }>, seq: number, effects: Effect[]): void {
  const decision = d.scenario.injects.flatMap((i) => i.decisions).find((x) => x.id === a.decision)!;
  const option = decision.options.find((o) => o.id === a.option)!;
  const taken = { decision: a.decision, option: a.option, by: a.by, at: d.now, seq };
  d.decisions.push({ ...taken, ...(a.rationale ? { rationale: a.rationale } : {}), ...(a.text ? { text: a.text } : {}) });
  d.taken[a.decision] = a.option;
  perform(d, option.actions, taken);
  advance(d, d.now, seq, effects);
}

function start(
  d: ExerciseState,
  a: Extract<ExerciseAction, { type: 'exercise/start' }>,
  seq: number,
  effects: Effect[],
  reject: (m: string) => void,
): void {
  if (d.status !== 'ready') return reject('the exercise has already started');
  if (a.startsAt !== undefined) {
    const epoch = Date.parse(a.startsAt);
    if (!Number.isFinite(epoch)) return reject(`"startsAt" must be an ISO date and time such as 2026-03-14T02:00:00Z (got ${JSON.stringify(a.startsAt)})`);
    d.epoch = epoch;
  }
  d.status = 'running';
  advance(d, a.at, seq, effects);
}

/** Keeps only the known fields of an ad-hoc inject, so the state stays plain JSON. */
function cleanAdHoc(i: AdHocInject): AdHocInject {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out: AdHocInject = { to: ids(i.to), channel: i.channel, from: text(i.from, 'Facilitator'), subject: i.subject, body: i.body };
  if (!['email', 'phone', 'chat', 'news', 'ticket'].includes(out.channel)) out.channel = 'chat';
  const r = i.reveals;
  if (r && typeof r === 'object') {
    out.reveals = { dataCategories: ids(r.dataCategories), anchors: ids(r.anchors) as NonNullable<AdHocInject['reveals']>['anchors'], facts: ids(r.facts) };
    if (typeof r.incidentType === 'string') out.reveals.incidentType = r.incidentType;
    if (typeof r.severity === 'string') out.reveals.severity = r.severity;
  }
  return out;
}
