/**
 * Static analysis of a scenario's triggers: what could ever happen (the "world" of facts, anchors,
 * severities, decisions and injects that injects and options produce), and whether a condition can
 * hold in it. Used by the validator to find triggers that never fire and injects no path reaches.
 */
import { parseClock } from '../../plan/scenario-time.ts';
import type { Inject, Scenario } from '../../plan/schema/scenario.ts';
import type { Condition } from '../../plan/schema/scenario-condition.ts';

/** Everything a set of injects (and the options of their decisions) can produce. */
export interface World {
  injects: Set<string>;
  decisions: Set<string>;
  /** `decision-id/option-id`. */
  options: Set<string>;
  facts: Set<string>;
  anchors: Set<string>;
  severities: Set<string>;
  dataCategories: Set<string>;
  /** Scenario duration in ms. */
  duration: number;
}

/** The world produced by `injects`. */
export function worldOf(injects: readonly Inject[], duration: number): World {
  const w = emptyWorld(duration);
  for (const inject of injects) addInject(w, inject);
  return w;
}

function emptyWorld(duration: number): World {
  return {
    injects: new Set(),
    decisions: new Set(),
    options: new Set(),
    facts: new Set(),
    anchors: new Set(),
    severities: new Set(),
    dataCategories: new Set(),
    duration,
  };
}

/**
 * Adds what `inject` and the options of its decisions produce to `w`, calling `added` with the
 * key (see {@link conditionKeys}) of each thing `w` did not hold yet.
 */
function addInject(w: World, inject: Inject, added: (key: string) => void = () => {}): void {
  const add = (set: Set<string>, kind: string, value: string) => {
    if (set.has(value)) return;
    set.add(value);
    added(`${kind}:${value}`);
  };
  add(w.injects, 'delivered', inject.id);
  inject.reveals.facts.forEach((f) => add(w.facts, 'fact', f));
  inject.reveals.anchors.forEach((a) => add(w.anchors, 'anchor', a));
  inject.reveals.dataCategories.forEach((d) => add(w.dataCategories, 'dataCategory', d));
  for (const d of inject.decisions) {
    add(w.decisions, 'decided', d.id);
    for (const o of d.options) {
      add(w.options, 'decided', `${d.id}/${o.id}`);
      for (const a of o.actions) {
        if (a.fact) add(w.facts, 'fact', a.fact);
        if (a.anchor) add(w.anchors, 'anchor', a.anchor);
        if (a.declare) {
          add(w.severities, 'severity', a.declare);
          add(w.anchors, 'anchor', 'declaration');
        }
      }
    }
  }
}

/**
 * The things a world may come to hold that can make `cond` possible, as `kind:value` keys
 * (`delivered:inject-id`, `decided:decision/option`, `fact:f` …). Under `not` there are none:
 * whether a negation can hold does not depend on the world.
 */
function conditionKeys(cond: Condition, keys = new Set<string>()): Set<string> {
  cond.all?.forEach((c) => conditionKeys(c, keys));
  cond.any?.forEach((c) => conditionKeys(c, keys));
  if (cond.decided !== undefined) keys.add(`decided:${cond.decided}`);
  if (cond.delivered !== undefined) keys.add(`delivered:${cond.delivered}`);
  if (cond.fact !== undefined) keys.add(`fact:${cond.fact}`);
  if (cond.anchor !== undefined) keys.add(`anchor:${cond.anchor}`);
  if (cond.severity !== undefined) keys.add(`severity:${cond.severity}`);
  if (cond.dataCategory !== undefined) keys.add(`dataCategory:${cond.dataCategory}`);
  return keys;
}

/** Why `cond` can never hold in `world`, or `undefined` when it can. */
export function whyNever(cond: Condition, world: World): string | undefined {
  if (cond.all) {
    for (const c of cond.all) {
      const why = whyNever(c, world);
      if (why) return why;
    }
    const chosen = new Map<string, string>();
    let after = 0;
    let before = Infinity;
    for (const c of cond.all) {
      if (c.decided?.includes('/')) {
        const [d, o] = c.decided.split('/');
        const other = chosen.get(d);
        if (other && other !== o)
          return `it needs both option "${other}" and option "${o}" of decision "${d}", but a decision is taken once`;
        chosen.set(d, o);
      }
      if (c.after) after = Math.max(after, parseClock(c.after)!);
      if (c.before) before = Math.min(before, parseClock(c.before)!);
    }
    if (after >= before) return 'its "after" time is not earlier than its "before" time';
    return undefined;
  }
  if (cond.any) {
    const reasons = cond.any.map((c) => whyNever(c, world));
    return reasons.every(Boolean) ? reasons.join('; and ') : undefined;
  }
  if (cond.not) return undefined;
  if (cond.decided !== undefined) {
    const known = cond.decided.includes('/') ? world.options.has(cond.decided) : world.decisions.has(cond.decided);
    const [d, o] = cond.decided.split('/');
    return known
      ? undefined
      : o
        ? `option "${o}" of decision "${d}" is never offered`
        : `decision "${d}" is never offered`;
  }
  if (cond.after !== undefined) {
    return parseClock(cond.after)! > world.duration ? `${cond.after} is after the end of the scenario` : undefined;
  }
  if (cond.before !== undefined) return parseClock(cond.before)! <= 0 ? 'no time is before T+00:00' : undefined;
  if (cond.delivered !== undefined)
    return world.injects.has(cond.delivered) ? undefined : `inject "${cond.delivered}" is never delivered`;
  if (cond.fact !== undefined)
    return world.facts.has(cond.fact) ? undefined : `fact "${cond.fact}" is never revealed by any inject or decision`;
  if (cond.anchor !== undefined)
    return world.anchors.has(cond.anchor) ? undefined : `anchor event "${cond.anchor}" never happens`;
  if (cond.severity !== undefined)
    return world.severities.has(cond.severity)
      ? undefined
      : `severity "${cond.severity}" is never declared by any option`;
  if (cond.dataCategory !== undefined)
    return world.dataCategories.has(cond.dataCategory)
      ? undefined
      : `data category "${cond.dataCategory}" is never revealed`;
  return undefined;
}

/**
 * Injects some sequence of deliveries and decisions can reach (the facilitator can always fire a
 * contingency). Whether a trigger can hold only grows with the world, so a trigger is tested once
 * at first and again only when the world gains something it mentions: time linear in the number
 * of injects for triggers of a given size, however long their chains.
 */
export function reachableInjects(scenario: Scenario, duration: number): Set<string> {
  const within = (i: Inject) => i.at === undefined || parseClock(i.at)! <= duration;
  const world = emptyWorld(duration);
  const reached = new Set<string>();
  const delivered: Inject[] = [];
  const toTest: Inject[] = [];
  const watchers = new Map<string, Inject[]>();
  for (const inject of scenario.injects) {
    if (!within(inject)) continue;
    if (inject.contingency || !inject.when) {
      reached.add(inject.id);
      delivered.push(inject);
      continue;
    }
    toTest.push(inject);
    for (const key of conditionKeys(inject.when)) {
      const list = watchers.get(key);
      if (list) list.push(inject);
      else watchers.set(key, [inject]);
    }
  }
  const gained = (key: string) => watchers.get(key)?.forEach((inject) => toTest.push(inject));
  while (delivered.length || toTest.length) {
    const next = delivered.pop();
    if (next) {
      addInject(world, next, gained);
      continue;
    }
    const inject = toTest.pop()!;
    if (!reached.has(inject.id) && !whyNever(inject.when!, world)) {
      reached.add(inject.id);
      delivered.push(inject);
    }
  }
  return reached;
}
