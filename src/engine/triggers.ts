/**
 * When do injects fall due? A trigger condition is turned into the set of scenario times at which
 * it holds, given what has happened so far (decisions, facts, deliveries do not change between two
 * actions, only time does). Sets are sorted, disjoint half-open ranges `[start, end)`.
 */
import { parseClock, type ScenarioTime } from '../plan/scenario-time.ts';
import type { Condition, Inject } from '../plan/scenario.ts';
import type { ExerciseState, NextDue } from './state.ts';
import { moduleFloor } from '../plan/scenario-modules.ts';

type Ranges = [number, number][];
const ALWAYS: Ranges = [[0, Infinity]];
const NEVER: Ranges = [];

function intersect(a: Ranges, b: Ranges): Ranges {
  const out: Ranges = [];
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2);
      const e = Math.min(e1, e2);
      if (s < e) out.push([s, e]);
    }
  return out.sort((x, y) => x[0] - y[0]);
}

function union(a: Ranges, b: Ranges): Ranges {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: Ranges = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function complement(a: Ranges): Ranges {
  const out: Ranges = [];
  let from = 0;
  for (const [s, e] of a) {
    if (s > from) out.push([from, s]);
    from = Math.max(from, e);
  }
  if (from < Infinity) out.push([from, Infinity]);
  return out;
}

/** Whether a condition without time parts holds in `state`. */
function holds(c: Condition, state: ExerciseState): boolean {
  const f = state.facts;
  if (c.decided !== undefined) {
    const [d, o] = c.decided.split('/');
    return o === undefined ? d in state.taken : state.taken[d] === o;
  }
  if (c.delivered !== undefined) return c.delivered in state.deliveredAt;
  if (c.fact !== undefined) return c.fact in f.revealed;
  if (c.anchor !== undefined) return c.anchor in f.anchors;
  if (c.severity !== undefined) return f.declared.some((d) => d.severity === c.severity);
  if (c.dataCategory !== undefined) return c.dataCategory in f.dataCategories;
  return false;
}

/** The scenario times at which `c` holds, given everything else that has happened in `state`. */
export function timesWhen(c: Condition, state: ExerciseState): Ranges {
  if (c.all) return c.all.reduce((acc, x) => intersect(acc, timesWhen(x, state)), ALWAYS);
  if (c.any) return c.any.reduce((acc, x) => union(acc, timesWhen(x, state)), NEVER);
  if (c.not) return complement(timesWhen(c.not, state));
  if (c.after !== undefined) return [[parseClock(c.after)!, Infinity]];
  if (c.before !== undefined) return [[0, parseClock(c.before)!]];
  return holds(c, state) ? ALWAYS : NEVER;
}

function earliest(ranges: Ranges, from: number): number {
  for (const [s, e] of ranges) if (e > from) return Math.max(s, from);
  return Infinity;
}

/**
 * The earliest scenario time, not before `state.now`, at which a scripted inject falls due, or
 * `Infinity` (a contingency inject, one already delivered, or a trigger that cannot hold now).
 */
export function dueTime(inject: Inject, state: ExerciseState): ScenarioTime {
  if (inject.contingency || inject.id in state.deliveredAt) return Infinity;
  // A module that starts later (`startsAt`, "three days later") holds back its injects until then.
  const from = Math.max(
    state.now,
    inject.at === undefined ? 0 : parseClock(inject.at)!,
    moduleFloor(state.scenario, inject),
  );
  return inject.when ? earliest(timesWhen(inject.when, state), from) : from;
}

/**
 * The next scripted inject to fall due if nothing else happens, and its time, computed afresh; or
 * `null` if none can. Ties go to the inject listed first. The reducer keeps it in `state.due`.
 */
export function findNextDue(state: ExerciseState): NextDue | null {
  let best: NextDue | null = null;
  for (const inject of state.scenario.injects) {
    const at = dueTime(inject, state);
    if (at < Infinity && (!best || at < best.at)) best = { inject: inject.id, at };
  }
  return best;
}

/**
 * `state` with `due` recomputed: call it whenever what triggers read changes (a delivery, a decision
 * and the facts they bring). Time alone never needs it: the earliest due time found from an earlier
 * `now` is still the earliest while it has not been passed, and `advance` never passes it without
 * delivering (test/engine/properties.test.ts checks `due` against `findNextDue` after every action).
 */
export function withNextDue(state: ExerciseState): ExerciseState {
  return { ...state, due: findNextDue(state) };
}

/** The next scenario expectation whose condition starts to hold, and when, or `undefined`. */
export function nextActivation(state: ExerciseState): { id: string; at: ScenarioTime } | undefined {
  let best: { id: string; at: ScenarioTime } | undefined;
  for (const e of state.scenario.expectations) {
    if (e.id in state.activated) continue;
    const at = e.when ? earliest(timesWhen(e.when, state), state.now) : state.now;
    if (at < Infinity && (!best || at < best.at)) best = { id: e.id, at };
  }
  return best;
}
