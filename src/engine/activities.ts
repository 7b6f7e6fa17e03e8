/**
 * Expectations from playbook activities: each activity of the playbooks of a revealed incident type
 * (filtered by the severity the scenario indicates, see truth.ts) whose own `appliesWhen` holds (on
 * the scenario's truth), by an owner (its A or R roles, see owners.ts), after
 * the activities it names in `after`, by its due time. It arises when both its playbook and its
 * condition apply; its due time counts from the later of that and its start (nothing is due before it
 * arises). Activities counting from a conditional anchor (see CONDITIONAL_ANCHORS) are
 * expected only once it has happened. A due time counting from another activity starts when that
 * activity is done (`before`: it is due that long before it); one counting from a plan-defined event
 * starts when a scenario sets that event; one counting from an event the team should cause (the
 * declaration) starts when that event was due if it came late or never (team-anchors.ts). A
 * recurring activity (`repeats`) is scored on its first
 * occurrence: due one interval after its start (declaration unless its due time says otherwise), or
 * at its due time. An activity that submits a stage which is expected is not scored apart: it is the
 * stage's step (obligations.ts). Not done at the end with no due time, it is open at the end.
 */
import type { Activity, DueStart, RepeatStep } from '../plan/model.ts';
import { timeAtLevel } from '../plan/level-times.ts';
import { byId } from '../plan/lookup.ts';
import { dueWords, repeatWords, withinAt } from '../plan/deadlines.ts';
import { nextClockTime } from '../plan/clock-times.ts';
import { DEFAULT_DUE_START } from '../plan/anchor-events.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import { anchorWords } from '../plan/anchor-events.ts';
import { anchorExpected, earlier, evidenceOf, statusOf, type Ctx, type Expectation } from './expectation-base.ts';
import type { Act } from './state.ts';
import { holdsSince } from './applies-when.ts';
import { levelsInForce, severitiesInForce } from './truth.ts';
import { activityOwners } from './owners.ts';
import { missedWords } from './team-anchors.ts';

/** Activities the revealed incident types call for, with the time each type was revealed. */
export function expectedActivities(ctx: Ctx): { activity: Activity; since: ScenarioTime }[] {
  const { plan, state } = ctx;
  const severities = severitiesInForce(ctx.truth);
  const out = new Map<string, { activity: Activity; since: ScenarioTime }>();
  for (const [typeId, since] of Object.entries(state.facts.incidentTypes)) {
    const type = byId(plan).incidentTypes.get(typeId);
    for (const pb of plan.playbooks.filter((p) => type?.playbooks.includes(p.id))) {
      if (severities.length && pb.severities.length && !severities.some((s) => pb.severities.includes(s))) continue;
      for (const activity of pb.activities) {
        if (
          out.has(activity.key) ||
          (activity.due?.start.kind === 'anchor' && !anchorExpected(ctx, activity.due.start.id))
        )
          continue;
        const stage = activity.submits
          ? plan.obligations.flatMap((o) => o.stages).find((st) => st.key === activity.submits)
          : undefined;
        if (stage && 'event' in stage.from && !anchorExpected(ctx, stage.from.event)) continue;
        const holds = holdsSince(plan, ctx.truth, activity.appliesWhen);
        if (holds === undefined) continue;
        out.set(activity.key, { activity, since: Math.max(since, holds) });
      }
    }
  }
  return [...out.values()];
}

/** The act that performed an activity (directly, or by submitting the stage it submits). */
export function actFor(ctx: Ctx, a: Activity): Act | undefined {
  return earlier(ctx.first.get(`perform:${a.key}`), a.submits ? ctx.first.get(`submit:${a.submits}`) : undefined);
}

/** Expectations for every activity the revealed incident types call for; `stages` are the obligation stages' expectations. */
export function activityExpectations(ctx: Ctx, stages: readonly Expectation[]): Expectation[] {
  const expected = expectedActivities(ctx);
  // An activity that submits an expected stage is that stage's step: the filing is scored once, on the stage.
  const filed = new Set(stages.map((e) => e.id));
  return expected
    .filter(({ activity: a }) => !(a.submits && filed.has(`stage:${a.submits}`)))
    .map(({ activity: a, since }) => {
      const act = actFor(ctx, a);
      const owner = a.accountable;
      const owners = activityOwners(ctx.plan, ctx.state.scenario, a);
      const clock = dueOf(ctx, a, since);
      // Only the order the plan states counts: a prerequisite (`after`) that is expected and was done later.
      const outOfOrder =
        !!act &&
        expected.some(({ activity: b }) => {
          if (b.playbook !== a.playbook || !a.after.includes(b.id)) return false;
          const done = actFor(ctx, b);
          return !!done && done.seq > act.seq;
        });
      return {
        id: `activity:${a.key}`,
        kind: 'activity' as const,
        description: a.title,
        clause: `activity:${a.key}`,
        refs: [
          `activity:${a.key}`,
          `playbook:${a.playbook}`,
          `phase:${a.phase}`,
          ...(a.submits ? [`stage:${a.submits}`] : []),
        ],
        ...(owner ? { owner } : {}),
        owners,
        phase: a.phase,
        since,
        ...(clock.deadline !== undefined ? { deadline: clock.deadline } : {}),
        rule: clock.rule,
        timed: clock.timed,
        status: statusOf(ctx, act, {
          deadline: clock.deadline,
          timed: clock.timed,
          owners,
          outOfOrder,
          openIfUndone: true,
        }),
        ...(act ? { evidence: evidenceOf(act) } : {}),
        objectives: [],
      };
    });
}

/**
 * An activity's clock: its own due time, counted from the later of its anchor event and the time
 * it arose (`since`); else none (open at the end if not done). One that submits a stage which
 * applies is scored as that stage, by the stage's deadline (obligations.ts), so never reaches here.
 */
function dueOf(ctx: Ctx, a: Activity, since: ScenarioTime): { deadline?: ScenarioTime; rule: string; timed: boolean } {
  const repeats = a.repeats ? `first of ${repeatWords(a.repeats)}` : undefined;
  if (a.due) {
    const startAt = startOf(ctx, a.due.start);
    const before = a.due.start.kind === 'activity' && a.due.start.before;
    // Nothing is due before it arises: a clock counting forward starts at the later of its start and the arising.
    const at = startAt === undefined || before ? startAt : Math.max(startAt, since);
    const later =
      at !== undefined && startAt !== undefined && at > startAt
        ? ' (counted from when it arose, which was later)'
        : a.due.start.kind !== 'activity' && startAt !== undefined
          ? missedWords(a.due.start.label, ctx.anchor(a.due.start.id))
          : '';
    const words = `${dueWords(a.due)}${later}`;
    const rule = repeats ? `${words}, ${repeats}` : words;
    if (at === undefined) return { rule, timed: true };
    // A time set per severity (due.bySeverity) counts at the most severe one declared; one set per
    // level of a scale (due.byLevel) at the most severe level of that scale the scenario's truth holds.
    const levels = a.due.levels;
    const within = levels?.length
      ? timeAtLevel(levels, levelsInForce(ctx.truth, levels[0]!.scale), a.due.within)
      : withinAt(a.due, ctx.state.facts.declared);
    const deadline = before
      ? Math.max(since, at - (ctx.add(at, within, a.due.days) - at))
      : ctx.add(at, within, a.due.days);
    return { deadline, rule, timed: true };
  }
  if (a.repeats) {
    const anchor = ctx.anchor(DEFAULT_DUE_START);
    const at = anchor === undefined ? undefined : Math.max(anchor.at, since);
    const words = anchorWords(DEFAULT_DUE_START);
    return {
      ...(at === undefined ? {} : { deadline: firstOccurrence(ctx, at, a.repeats[0]!) }),
      rule: `${repeats} after ${words}${at === anchor?.at ? missedWords(words, anchor) : ''}`,
      timed: true,
    };
  }
  return { rule: 'no due time of its own', timed: false };
}

/** The deadline of an activity the revealed incident types call for (by key), on `ctx`'s clocks; undefined when it has none yet. */
export function activityDeadline(ctx: Ctx, key: string): ScenarioTime | undefined {
  const found = expectedActivities(ctx).find((e) => e.activity.key === key);
  return found && dueOf(ctx, found.activity, found.since).deadline;
}

/** A recurrence's first occurrence after `at`: one interval later, or the next of its wall-clock times in the plan's calendar. */
function firstOccurrence(ctx: Ctx, at: ScenarioTime, step: RepeatStep): ScenarioTime {
  // An interval set per level (byLevel) counts at the most severe level in force, as a due time does.
  const every =
    step.every && step.levels?.length
      ? timeAtLevel(step.levels, levelsInForce(ctx.truth, step.levels[0]!.scale), step.every)
      : step.every;
  if (every) return ctx.add(at, every);
  const epoch = ctx.state.epoch;
  return (
    nextClockTime(epoch + at, step.at ?? [], step.on, ctx.plan.document.businessCalendar?.timeZone ?? 'UTC') - epoch
  );
}

/**
 * When a due time's clock started: its anchor or plan event (as the scenario set it; the team's own
 * events when they were due, if they came late or never: team-anchors.ts), or when the other activity was done.
 */
function startOf(ctx: Ctx, start: DueStart): ScenarioTime | undefined {
  if (start.kind !== 'activity') return ctx.anchor(start.id)?.at;
  const other = byId(ctx.plan).activities.get(start.id);
  return other && actFor(ctx, other)?.at;
}
