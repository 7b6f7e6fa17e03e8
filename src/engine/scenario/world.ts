/**
 * Static analysis of a scenario's triggers: what could ever happen (the "world" of facts, anchors,
 * severities, decisions and injects that injects and options produce), and whether a condition can
 * hold in it. Used by the validator to find triggers that never fire and injects no path reaches.
 */
import { parseClock } from '../clock.ts';
import type { Condition, Inject, Scenario } from './schema.ts';

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
  const w: World = {
    injects: new Set(),
    decisions: new Set(),
    options: new Set(),
    facts: new Set(),
    anchors: new Set(),
    severities: new Set(),
    dataCategories: new Set(),
    duration,
  };
  for (const inject of injects) {
    w.injects.add(inject.id);
    inject.reveals.facts.forEach((f) => w.facts.add(f));
    inject.reveals.anchors.forEach((a) => w.anchors.add(a));
    inject.reveals.dataCategories.forEach((d) => w.dataCategories.add(d));
    for (const d of inject.decisions) {
      w.decisions.add(d.id);
      for (const o of d.options) {
        w.options.add(`${d.id}/${o.id}`);
        for (const a of o.actions) {
          if (a.fact) w.facts.add(a.fact);
          if (a.anchor) w.anchors.add(a.anchor);
          if (a.declare) {
            w.severities.add(a.declare);
            w.anchors.add('declaration');
          }
        }
      }
    }
  }
  return w;
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
        if (other && other !== o) return `it needs both option "${other}" and option "${o}" of decision "${d}", but a decision is taken once`;
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
    return known ? undefined : o ? `option "${o}" of decision "${d}" is never offered` : `decision "${d}" is never offered`;
  }
  if (cond.after !== undefined) {
    return parseClock(cond.after)! > world.duration ? `${cond.after} is after the end of the scenario` : undefined;
  }
  if (cond.before !== undefined) return parseClock(cond.before)! <= 0 ? 'no time is before T+00:00' : undefined;
  if (cond.delivered !== undefined) return world.injects.has(cond.delivered) ? undefined : `inject "${cond.delivered}" is never delivered`;
  if (cond.fact !== undefined) return world.facts.has(cond.fact) ? undefined : `fact "${cond.fact}" is never revealed by any inject or decision`;
  if (cond.anchor !== undefined) return world.anchors.has(cond.anchor) ? undefined : `anchor event "${cond.anchor}" never happens`;
  if (cond.severity !== undefined) return world.severities.has(cond.severity) ? undefined : `severity "${cond.severity}" is never declared by any option`;
  if (cond.dataCategory !== undefined)
    return world.dataCategories.has(cond.dataCategory) ? undefined : `data category "${cond.dataCategory}" is never revealed`;
  return undefined;
}

/** Injects some sequence of deliveries and decisions can reach (the facilitator can always fire a contingency). */
export function reachableInjects(scenario: Scenario, duration: number): Set<string> {
  const within = (i: Inject) => i.at === undefined || parseClock(i.at)! <= duration;
  let reached = scenario.injects.filter((i) => within(i) && (i.contingency || !i.when));
  for (let changed = true; changed; ) {
    changed = false;
    const world = worldOf(reached, duration);
    for (const inject of scenario.injects) {
      if (world.injects.has(inject.id) || !inject.when || !within(inject)) continue;
      if (!whyNever(inject.when, world)) {
        reached = [...reached, inject];
        changed = true;
      }
    }
  }
  return new Set(reached.map((i) => i.id));
}
