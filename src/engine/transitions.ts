/**
 * The steps the reducer composes, each a pure function from a state to a new state that shares
 * every list and map it does not change (structural sharing): moving the clock and delivering
 * injects, revealing facts, and recording a decision's plan actions. Nothing here mutates its input.
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { AdHocInject } from './actions.ts';
import type { Inject, PlanAction } from '../plan/scenario.ts';
import type { Act, DeliveredInject, ExerciseState, Facts } from './state.ts';
import { nextActivation, withNextDue } from './triggers.ts';
import { SEVERITY_SCALE } from '../plan/level-times.ts';

/** `map` with `key` set to `at` unless it is already there (the first time a fact became known wins). */
const first = (map: Record<string, ScenarioTime>, key: string, at: ScenarioTime) =>
  key in map ? map : { ...map, [key]: at };

/** The facts after an inject reveals `reveals` at `at`; the same object when nothing is new. */
export function reveal(facts: Facts, reveals: Partial<Inject['reveals']> | undefined, at: ScenarioTime): Facts {
  if (!reveals) return facts;
  let f = facts;
  const set = <K extends 'incidentTypes' | 'indicated' | 'dataCategories' | 'anchors' | 'revealed'>(
    k: K,
    key: string,
  ) => {
    const next = first(f[k], key, at);
    if (next !== f[k]) f = { ...f, [k]: next };
  };
  if (reveals.incidentType) set('incidentTypes', reveals.incidentType);
  if (reveals.severity) set('indicated', reveals.severity);
  for (const d of reveals.dataCategories ?? []) set('dataCategories', d);
  for (const a of reveals.anchors ?? []) set('anchors', a);
  // A plan event starts the clocks counting from it like an anchor event (the compiler keeps their names apart).
  for (const e of reveals.events ?? []) set('anchors', e);
  for (const x of reveals.facts ?? []) set('revealed', x);
  for (const l of reveals.levels ?? []) {
    const levels = f.levels ?? {};
    if (!(l in levels)) f = { ...f, levels: { ...levels, [l]: at } };
  }
  return f;
}

/** What revealing the level `<scale>:<level>` means: a severity indicated, or a level of another scale. */
function revealsOfLevel(ref: string): Partial<Inject['reveals']> {
  const [scale, level] = ref.split(':') as [string, string];
  return scale === SEVERITY_SCALE ? { severity: level } : { levels: [ref] };
}

/** The state with `inject` delivered at its current time, by the action `s.seq`. */
export function deliver(
  s: ExerciseState,
  inject: string,
  by: DeliveredInject['by'],
  adHoc?: AdHocInject,
): ExerciseState {
  const entry: DeliveredInject = { inject, at: s.now, seq: s.seq, by };
  if (adHoc) entry.adHoc = adHoc;
  const scripted = s.scenario.injects.find((i) => i.id === inject);
  return withNextDue({
    ...s,
    delivered: [...s.delivered, entry],
    deliveredAt: { ...s.deliveredAt, [inject]: s.now },
    facts: reveal(s.facts, scripted ? scripted.reveals : adHoc?.reveals, s.now),
  });
}

/** The state moved to `target`, with every scripted inject that falls due on the way delivered, in time order. */
export function advance(s: ExerciseState, target: ScenarioTime): ExerciseState {
  for (;;) {
    s = activate(s, target);
    const next = s.due;
    if (!next || next.at > target) break;
    s = deliver({ ...s, now: next.at }, next.inject, 'script');
  }
  return s.now >= target ? s : { ...s, now: target };
}

/** Starts scenario expectations whose condition holds at some time up to `target`, before the next delivery. */
function activate(s: ExerciseState, target: ScenarioTime): ExerciseState {
  if (!s.scenario.expectations.length) return s;
  const limit = Math.min(target, s.due?.at ?? Infinity);
  for (let next = nextActivation(s); next && next.at <= limit; next = nextActivation(s))
    s = { ...s, activated: { ...s.activated, [next.id]: next.at } };
  return s;
}

/** The state with the plan actions of a chosen option recorded, and the facts they establish (call `withNextDue` after). */
export function perform(
  s: ExerciseState,
  actions: readonly PlanAction[],
  base: Omit<Act, 'kind' | 'target'>,
): ExerciseState {
  const acts = [...s.acts];
  let facts = s.facts;
  for (const action of actions) {
    const kind = (Object.keys(action) as (keyof PlanAction)[]).find((k) => action[k] !== undefined)!;
    const target = action[kind]!;
    acts.push({ ...base, kind, target });
    if (kind === 'declare')
      facts = {
        ...facts,
        declared: [...facts.declared, { severity: target, at: base.at, by: base.by, seq: base.seq }],
        anchors: first(facts.anchors, 'declaration', base.at),
      };
    if (kind === 'anchor') facts = { ...facts, anchors: first(facts.anchors, target, base.at) };
    if (kind === 'fact') facts = { ...facts, revealed: first(facts.revealed, target, base.at) };
    // A level set by a branch is the scenario's truth from now, as if an inject had revealed it.
    if (kind === 'setLevel') facts = reveal(facts, revealsOfLevel(target), base.at);
  }
  return { ...s, acts, facts };
}
