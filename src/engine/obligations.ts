/**
 * Expectations from notification obligations: which obligations the revealed facts make applicable,
 * and for each stage the deadline computed from its anchor event or the earlier stage it follows,
 * in calendar or business days of the obligation's calendar (its own, else the plan's), by the rule
 * the handbook's calculator uses too (src/plan/deadlines.ts). A stage is filed by the obligation's
 * accountable role or by an owner of the activity that submits it (that activity is the stage's step
 * and is not scored apart). Applicability reads the scenario's truth (truth.ts), not the declaration.
 */
import type { Obligation, Stage } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import { anchorExpected, earlier, evidenceOf, statusOf, type Ctx, type Expectation } from './expectation-base.ts';
import type { Act } from './state.ts';
import { stageDue, stageWords } from '../plan/deadlines.ts';
import { holdsSince, unconditional } from './applies-when.ts';
import { accountableAndResponsible, ownersOf } from './owners.ts';
import { actFor } from './activities.ts';
import { missedWords } from './team-anchors.ts';

/** When an obligation became applicable, or `undefined` if it does not apply (proposed rules never do). */
export function appliesSince(ctx: Ctx, o: Obligation): ScenarioTime | undefined {
  const { plan, state } = ctx;
  if (o.status !== 'in-force') return undefined;
  if (unconditional(o.appliesWhen)) {
    // No condition of its own: it applies through the incident types that list it.
    const listed = Object.entries(state.facts.incidentTypes).filter(([t]) =>
      byId(plan).incidentTypes.get(t)?.obligations.includes(o.id),
    );
    return listed.length ? Math.min(...listed.map(([, at]) => at)) : undefined;
  }
  return holdsSince(plan, ctx.truth, o.appliesWhen);
}

function submission(ctx: Ctx, stageKey: string): Act | undefined {
  let act = ctx.first.get(`submit:${stageKey}`);
  for (const pb of ctx.plan.playbooks)
    for (const a of pb.activities) if (a.submits === stageKey) act = earlier(act, ctx.first.get(`perform:${a.key}`));
  return act;
}

/** When a clock started in the exercise, with the plan's words for what starts it. */
function startOf(
  ctx: Ctx,
  o: Obligation,
  from: Stage['from'],
): { at?: ScenarioTime | undefined; label: string; missed?: string } {
  if (!('event' in from)) return { at: submission(ctx, `${o.id}/${from.stage}`)?.at, label: from.label };
  const clock = ctx.anchor(from.event);
  return { at: clock?.at, label: from.label, missed: missedWords(from.label, clock) };
}

/** Expectations for every stage of every applicable obligation. */
export function obligationExpectations(ctx: Ctx): Expectation[] {
  const out: Expectation[] = [];
  for (const o of ctx.plan.obligations) {
    const since = appliesSince(ctx, o);
    if (since === undefined) continue;
    for (const stage of o.stages) {
      if ('event' in stage.from && !anchorExpected(ctx, stage.from.event)) continue;
      const start = startOf(ctx, o, stage.from);
      const outer = stage.noLaterThan ? startOf(ctx, o, stage.noLaterThan.from) : undefined;
      const epoch = ctx.state.epoch;
      const abs = (t: ScenarioTime | undefined) => (t === undefined ? undefined : epoch + t);
      const due = stageDue(stage, abs(start.at), abs(outer?.at), o.calendar);
      const deadline = due === undefined ? undefined : due - epoch;
      const rule = `${stageWords(stage)}${start.missed ?? ''}`;
      const act = submission(ctx, stage.key);
      const before = 'stage' in stage.from ? submission(ctx, `${o.id}/${stage.from.stage}`) : undefined;
      const activity = ctx.plan.playbooks.flatMap((p) => p.activities).find((a) => a.submits === stage.key);
      // Filed before the stage it follows, or before a prerequisite the plan names for its step (`after`).
      const prerequisites = activity
        ? byId(ctx.plan)
            .playbooks.get(activity.playbook)!
            .activities.filter((b) => activity.after.includes(b.id))
        : [];
      const outOfOrder =
        !!act &&
        ((!!before && before.seq > act.seq) || prerequisites.some((b) => (actFor(ctx, b)?.seq ?? -1) > act.seq));
      // The activity that submits the stage is its step: its A and R roles file it as well as the obligation's accountable role.
      const owners = ownersOf(ctx.plan, ctx.state.scenario, [
        o.accountable,
        ...(activity ? accountableAndResponsible(activity) : []),
      ]);
      out.push({
        id: `stage:${stage.key}`,
        kind: 'stage',
        description: `${o.regime}: submit "${stage.name}" to ${byId(ctx.plan).parties.get(o.recipient)?.name ?? o.recipient}`,
        clause: `stage:${stage.key}`,
        refs: [
          `stage:${stage.key}`,
          `obligation:${o.id}`,
          ...(activity ? [`activity:${activity.key}`, `playbook:${activity.playbook}`, `phase:${activity.phase}`] : []),
        ],
        owner: o.accountable,
        owners,
        ...(activity ? { phase: activity.phase } : {}),
        since,
        ...(deadline !== undefined ? { deadline } : {}),
        rule,
        timed: true,
        status: statusOf(ctx, act, { deadline, timed: true, owners, outOfOrder }),
        ...(act ? { evidence: evidenceOf(act) } : {}),
        objectives: [],
      });
    }
  }
  return out;
}
