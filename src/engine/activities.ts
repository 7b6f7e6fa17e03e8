/**
 * Expectations from playbook activities: each activity of the playbooks of a revealed incident type
 * (filtered by the declared severity) whose own `appliesWhen` holds, by its Accountable role, after
 * the activities it names in `after`, by its due time. It arises when both its playbook and its
 * condition apply; its due time counts from the later of that and its start (nothing is due before it
 * arises). An activity that submits a notification stage and has no due time of its own is due when
 * that stage is due. Activities counting from a conditional anchor (see CONDITIONAL_ANCHORS) are
 * expected only once it has happened. A due time counting from another activity starts when that
 * activity is done (`before`: it is due that long before it); one counting from a plan-defined event
 * starts when a scenario sets that event. A recurring activity (`repeats`) is scored on its first
 * occurrence: due one interval after its start (declaration unless its due time says otherwise), or
 * at its due time.
 */
import type { Activity, DueStart } from '../plan/model.ts';
import { dueWords, repeatWords, withinAt } from '../plan/deadlines.ts';
import { nextClockTime } from '../plan/clock-times.ts';
import { DEFAULT_DUE_START } from '../plan/anchor-events.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import { anchorWords } from '../plan/anchor-events.ts';
import { anchorExpected, earlier, evidenceOf, statusOf, type Ctx, type Expectation } from './expectation-base.ts';
import type { Act } from './state.ts';
import { holdsSince } from './applies-when.ts';

/** Activities the revealed incident types call for, with the time each type was revealed. */
export function expectedActivities(ctx: Ctx): { activity: Activity; since: ScenarioTime }[] {
  const { plan, state } = ctx;
  const declared = state.facts.declared.at(-1)?.severity;
  const out = new Map<string, { activity: Activity; since: ScenarioTime }>();
  for (const [typeId, since] of Object.entries(state.facts.incidentTypes)) {
    const type = plan.incidentTypes.find((t) => t.id === typeId);
    for (const pb of plan.playbooks.filter((p) => type?.playbooks.includes(p.id))) {
      if (declared && pb.severities.length && !pb.severities.includes(declared)) continue;
      for (const activity of pb.activities) {
        if (out.has(activity.key) || (activity.due?.start.kind === 'anchor' && !anchorExpected(ctx, activity.due.start.id))) continue;
        const stage = activity.submits ? plan.obligations.flatMap((o) => o.stages).find((st) => st.key === activity.submits) : undefined;
        if (stage && 'event' in stage.from && !anchorExpected(ctx, stage.from.event)) continue;
        const holds = holdsSince(plan, state.facts, activity.appliesWhen);
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
  return expected.map(({ activity: a, since }) => {
    const act = actFor(ctx, a);
    const owner = a.accountable;
    const clock = dueOf(ctx, a, since, stages);
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
      refs: [`activity:${a.key}`, `playbook:${a.playbook}`, `phase:${a.phase}`, ...(a.submits ? [`stage:${a.submits}`] : [])],
      ...(owner ? { owner } : {}),
      phase: a.phase,
      since,
      ...(clock.deadline !== undefined ? { deadline: clock.deadline } : {}),
      rule: clock.rule,
      timed: clock.timed,
      status: statusOf(ctx, act, { deadline: clock.deadline, timed: clock.timed, owner, outOfOrder }),
      ...(act ? { evidence: evidenceOf(act) } : {}),
      objectives: [],
    };
  });
}

/**
 * An activity's clock: its own due time, counted from the later of its anchor event and the time
 * it arose (`since`); else, when it submits a notification stage that applies,
 * that stage's deadline (the plan states it once, on the obligation: chained and business-day
 * deadlines cannot be written as an activity due time); else none (due by the end of the exercise).
 */
function dueOf(ctx: Ctx, a: Activity, since: ScenarioTime, stages: readonly Expectation[]): { deadline?: ScenarioTime; rule: string; timed: boolean } {
  const repeats = a.repeats ? `first of ${repeatWords(a.repeats)}` : undefined;
  if (a.due) {
    const startAt = startOf(ctx, a.due.start);
    const before = a.due.start.kind === 'activity' && a.due.start.before;
    // Nothing is due before it arises: a clock counting forward starts at the later of its start and the arising.
    const at = startAt === undefined || before ? startAt : Math.max(startAt, since);
    const later = at !== undefined && startAt !== undefined && at > startAt ? ' (counted from when it arose, which was later)' : '';
    const words = `${dueWords(a.due)}${later}`;
    const rule = repeats ? `${words}, ${repeats}` : words;
    if (at === undefined) return { rule, timed: true };
    // A time set per severity (due.bySeverity) counts at the most severe one declared.
    const within = withinAt(a.due, ctx.state.facts.declared);
    const deadline = before ? Math.max(since, at - (ctx.add(at, within, a.due.days) - at)) : ctx.add(at, within, a.due.days);
    return { deadline, rule, timed: true };
  }
  if (a.repeats) {
    const anchorAt = ctx.state.facts.anchors[DEFAULT_DUE_START];
    const at = anchorAt === undefined ? undefined : Math.max(anchorAt, since);
    return { ...(at === undefined ? {} : { deadline: firstOccurrence(ctx, at, a.repeats[0]!) }), rule: `${repeats} after ${anchorWords(DEFAULT_DUE_START)}`, timed: true };
  }
  const stage = a.submits ? stages.find((e) => e.id === `stage:${a.submits}`) : undefined;
  if (stage) return { deadline: stage.deadline, rule: `${stage.rule}, as the notification it submits`, timed: true };
  return { rule: 'by the end of the exercise', timed: false };
}

/** A recurrence's first occurrence after `at`: one interval later, or the next of its wall-clock times in the plan's calendar. */
function firstOccurrence(ctx: Ctx, at: ScenarioTime, step: { every?: string | undefined; at?: readonly string[] | undefined; on?: readonly number[] | undefined }): ScenarioTime {
  if (step.every) return ctx.add(at, step.every);
  const epoch = ctx.state.epoch;
  return nextClockTime(epoch + at, step.at ?? [], step.on, ctx.plan.document.businessCalendar?.timeZone ?? 'UTC') - epoch;
}

/** When a due time's clock started: its anchor or plan event (as the scenario set it), or when the other activity was done. */
function startOf(ctx: Ctx, start: DueStart): ScenarioTime | undefined {
  if (start.kind !== 'activity') return ctx.state.facts.anchors[start.id];
  const other = ctx.plan.playbooks.flatMap((p) => p.activities).find((x) => x.key === start.id);
  return other && actFor(ctx, other)?.at;
}
