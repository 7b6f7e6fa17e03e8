/**
 * When a clock counting from an event the team itself should cause starts. The declaration, or an
 * anchor a scripted option sets (`{ anchor: classification }`) and no inject reveals, is the team's
 * doing: made on time, the clocks counting from it start at the act; made late or never, they start
 * when it was due. So a late declaration is itself the finding (its own activity is late) and
 * neither delays nor erases the deadlines that count from it.
 *
 * When it was due: the earliest deadline of an expected activity that a scripted option performs
 * together with setting the event (declaring SEV-1 and "Declare the incident": one act, one-act.ts).
 * With no such deadline the plan sets no due time for it: any time it is made is on time, and a
 * declaration never made is due when the scenario first indicated a severity (truth.ts).
 */
import { formatClock, type ScenarioTime } from '../plan/scenario-time.ts';
import type { Scenario } from '../plan/scenario.ts';

/** When a clock counting from an event starts, and, when that is not the act itself, why. */
export interface AnchorClock {
  /** Scenario time the clocks counting from the event start. */
  at: ScenarioTime;
  /** Set when the event was the team's to cause and came late (`late`) or not at all (`never`): the clocks start when it was due. */
  missed?: 'late' | 'never';
}

/** The events a scripted option sets (`declaration` for a `declare`), with the activities the same option performs. */
export function teamEvents(scenario: Scenario): Map<string, Set<string>> {
  const revealed = new Set(
    scenario.injects.flatMap((i) => [...(i.reveals?.anchors ?? []), ...(i.reveals?.events ?? [])]),
  );
  const out = new Map<string, Set<string>>();
  for (const option of scenario.injects.flatMap((i) => i.decisions).flatMap((d) => d.options)) {
    const events = option.actions.flatMap((a) => (a.declare ? ['declaration'] : a.anchor ? [a.anchor] : []));
    const performed = option.actions.flatMap((a) => (a.perform ? [a.perform] : []));
    for (const event of events.filter((e) => !revealed.has(e))) {
      const set = out.get(event) ?? out.set(event, new Set()).get(event)!;
      for (const p of performed) set.add(p);
    }
  }
  return out;
}

/** What `anchorClock` needs to know about one exercise. */
export interface AnchorInput {
  /** When each event happened in the exercise (`facts.anchors`). */
  actual: Readonly<Record<string, ScenarioTime>>;
  /** `teamEvents` of the scenario. */
  team: ReadonlyMap<string, ReadonlySet<string>>;
  /** When the scenario first indicated a severity, if it has. */
  indicated?: ScenarioTime;
  /** The current scenario time (the end, once ended): a clock never starts in the future. */
  now: ScenarioTime;
  /** The deadline of an expected activity (by key), reading clocks through `clock`; undefined when none. */
  deadlineOf(activity: string, clock: (event: string) => AnchorClock | undefined): ScenarioTime | undefined;
}

/** A memoised `event → AnchorClock` for one evaluation; an activity whose due time counts (through others) from the event itself is skipped. */
export function anchorClocks(input: AnchorInput): (event: string) => AnchorClock | undefined {
  const memo = new Map<string, AnchorClock | undefined>();
  const visiting = new Set<string>();
  const clock = (event: string): AnchorClock | undefined => {
    if (memo.has(event)) return memo.get(event);
    if (visiting.has(event)) return undefined;
    visiting.add(event);
    const result = compute(event);
    visiting.delete(event);
    memo.set(event, result);
    return result;
  };
  const compute = (event: string): AnchorClock | undefined => {
    const actual = input.actual[event];
    const activities = input.team.get(event);
    if (!activities) return actual === undefined ? undefined : { at: actual };
    const deadlines = [...activities].map((a) => input.deadlineOf(a, clock)).filter((d) => d !== undefined);
    const due = deadlines.length ? Math.min(...deadlines) : undefined;
    if (actual !== undefined) return due === undefined || actual <= due ? { at: actual } : { at: due, missed: 'late' };
    const never = due ?? (event === 'declaration' ? input.indicated : undefined);
    return never !== undefined && never <= input.now ? { at: never, missed: 'never' } : undefined;
  };
  return clock;
}

/** The words for a clock that started when the team's own event was due, not at it (team-anchors.ts); '' otherwise. */
export function missedWords(label: string, clock: AnchorClock | undefined): string {
  if (!clock?.missed) return '';
  const why = clock.missed === 'late' ? 'it came later' : 'it never came';
  return `, counted from ${formatClock(clock.at)} when the ${label} was due, since ${why}`;
}
