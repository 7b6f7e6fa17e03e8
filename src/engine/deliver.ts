/**
 * The mutating steps the reducer composes, applied to a private draft (see `draftOf`): moving the
 * clock and delivering injects, revealing facts, and recording a decision's plan actions.
 */
import type { ScenarioTime } from './clock.ts';
import type { AdHocInject } from './actions.ts';
import type { Inject, PlanAction } from '../plan/scenario.ts';
import type { Act, DeliveredInject, ExerciseState, Facts } from './state.ts';
import { nextActivation, nextDue } from './triggers.ts';

/** Something the caller (the simulator UI) may want to act on; the engine never performs it. */
export type Effect =
  | { type: 'inject/delivered'; inject: string; at: ScenarioTime }
  | { type: 'decision/opened'; decision: string; inject: string; at: ScenarioTime }
  | { type: 'exercise/ended'; at: ScenarioTime }
  | { type: 'action/rejected'; message: string };

const first = (map: Record<string, ScenarioTime>, key: string, at: ScenarioTime) => {
  if (!(key in map)) map[key] = at;
};

/** Records the facts an inject reveals, each at the time it first became known. */
export function reveal(facts: Facts, reveals: Partial<Inject['reveals']> | undefined, at: ScenarioTime): void {
  if (!reveals) return;
  if (reveals.incidentType) first(facts.incidentTypes, reveals.incidentType, at);
  if (reveals.severity) first(facts.indicated, reveals.severity, at);
  for (const d of reveals.dataCategories ?? []) first(facts.dataCategories, d, at);
  for (const a of reveals.anchors ?? []) first(facts.anchors, a, at);
  for (const f of reveals.facts ?? []) first(facts.facts, f, at);
}

/** Delivers an inject at the draft's current time. */
export function deliver(
  d: ExerciseState,
  inject: string,
  seq: number,
  by: DeliveredInject['by'],
  effects: Effect[],
  adHoc?: AdHocInject,
): void {
  const entry: DeliveredInject = { inject, at: d.now, seq, by };
  if (adHoc) entry.adHoc = adHoc;
  d.delivered.push(entry);
  d.deliveredAt[inject] = d.now;
  effects.push({ type: 'inject/delivered', inject, at: d.now });
  const scripted = d.scenario.injects.find((i) => i.id === inject);
  reveal(d.facts, scripted ? scripted.reveals : adHoc?.reveals, d.now);
  for (const decision of scripted?.decisions ?? []) effects.push({ type: 'decision/opened', decision: decision.id, inject, at: d.now });
}

/** Moves the clock to `target`, delivering every scripted inject that falls due on the way, in time order. */
export function advance(d: ExerciseState, target: ScenarioTime, seq: number, effects: Effect[]): void {
  for (;;) {
    activate(d, target);
    const next = nextDue(d);
    if (!next || next.at > target) break;
    d.now = next.at;
    deliver(d, next.inject.id, seq, 'script', effects);
  }
  d.now = Math.max(d.now, target);
}

/** Starts scenario expectations whose condition holds at some time up to `target`, before the next delivery. */
function activate(d: ExerciseState, target: ScenarioTime): void {
  if (!d.scenario.expectations.length) return;
  const limit = Math.min(target, nextDue(d)?.at ?? Infinity);
  for (let next = nextActivation(d); next && next.at <= limit; next = nextActivation(d)) d.activated[next.id] = next.at;
}

/** Records the plan actions of a chosen option and the facts they establish. */
export function perform(d: ExerciseState, actions: readonly PlanAction[], base: Omit<Act, 'kind' | 'target'>): void {
  for (const action of actions) {
    const kind = (Object.keys(action) as (keyof PlanAction)[]).find((k) => action[k] !== undefined)!;
    const target = action[kind]!;
    d.acts.push({ ...base, kind, target });
    if (kind === 'declare') {
      d.facts.declared.push({ severity: target, at: base.at, by: base.by, seq: base.seq });
      first(d.facts.anchors, 'declaration', base.at);
    }
    if (kind === 'anchor') first(d.facts.anchors, target, base.at);
    if (kind === 'fact') first(d.facts.facts, target, base.at);
  }
}
