/**
 * What the plan expects, given what the scenario revealed, and how the team did. Derived, never
 * stored: `evaluate(plan, state)` is a pure function, so a changed plan re-scores the same log.
 *
 * - a declared severity → its escalation policy paged within the acknowledgement target;
 * - an indicated severity → a severity at least as severe declared (a lower one is noted as a finding);
 * - a revealed incident type → each activity of its playbooks, in phase order, by an owner (its A or
 *   R roles, owners.ts), by its due time (counted from its anchor event); the severity and conditions
 *   read the scenario's truth (truth.ts), not the declaration;
 * - an applicable obligation → each stage submitted by its deadline (calendar or business days,
 *   from an anchor event or an earlier stage), by the obligation's accountable role or an owner of
 *   the activity that files it (that activity is the stage's step and is not scored apart);
 * - the scenario's own expectations.
 *
 * An activity arises only when its playbook applies and its own `appliesWhen` holds; its due time
 * counts from the later of its anchor event and its arising. Out of order means an activity it names
 * in `after` was done *after* it (phase order is guidance, never scored; an activity never done is
 * already counted as missed or not reached). Expectations outside the scenario's `scope` (other
 * playbooks or phases) are `out-of-scope`: listed apart, never scored. Activities and stages that count from a conditional anchor
 * (a ransom payment, a materiality determination: a correct response may never reach them) are
 * expected only once that event has happened; so is an activity that submits such a stage.
 *
 * When the exercise ends, an expectation not done is `missed` if its deadline is at or before the
 * end (or, for a declaration or a scenario expectation, if it has none). It is `not-reached` — not
 * scored — if its deadline falls after the end (a tabletop that stops at T+08:00 cannot miss a
 * 72-hour deadline), and `open` — open at the end, not scored — if it is an activity with no due
 * time, or its clock never started; unless the scenario names it in one option with an expectation
 * that was missed (one act, one outcome: one-act.ts).
 */
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { addScenarioDuration, formatClock } from '../plan/scenario-time.ts';
import { formatDuration } from '../plan/time.ts';
import { withinWords } from '../plan/deadlines.ts';
import type { Act, ExerciseState } from './state.ts';
import { activityDeadline, activityExpectations } from './activities.ts';
import { anchorClocks, teamEvents } from './team-anchors.ts';
import { obligationExpectations } from './obligations.ts';
import { evidenceOf, statusOf, type Ctx, type Expectation } from './expectation-base.ts';
import { truthFacts } from './truth.ts';
import { ownersOf } from './owners.ts';
import { oneActOneOutcome } from './one-act.ts';
import { evidenceActs, withReviews } from './evidence.ts';

export {
  OUTCOMES,
  UNRATED,
  type Outcome,
  type ExpectationStatus,
  type Evidence,
  type Expectation,
  type StatusInput,
} from './expectation-base.ts';

/** Every expectation the plan and the scenario imply for `state`, with its live status. */
export function evaluate(plan: PlanModel, state: ExerciseState): Expectation[] {
  const acts = evidenceActs(state);
  const first = new Map<string, Act>();
  for (const act of acts) if (!first.has(`${act.kind}:${act.target}`)) first.set(`${act.kind}:${act.target}`, act);
  const calendar = plan.document.businessCalendar;
  const indicated = Object.values(state.facts.indicated);
  const ctx: Ctx = {
    plan,
    state,
    acts,
    first,
    truth: truthFacts(state.facts),
    anchor: (event) => clocks(event),
    add: (from, d, days = 'calendar') => addScenarioDuration(from, d, state.epoch, days, calendar),
  };
  // A clock counting from the team's own event (a declaration) starts when it was due if it came late or never.
  const clocks = anchorClocks({
    actual: state.facts.anchors,
    team: teamEvents(state.scenario),
    ...(indicated.length ? { indicated: Math.min(...indicated) } : {}),
    now: state.now,
    deadlineOf: (key, clock) => activityDeadline({ ...ctx, anchor: clock }, key),
  });
  // Stages first: an activity that submits a stage and has no due time of its own is due when the stage is.
  const stages = obligationExpectations(ctx);
  const raw = oneActOneOutcome(plan, state, [
    ...severityExpectations(ctx),
    ...activityExpectations(ctx, stages),
    ...stages,
    ...scenarioExpectations(ctx),
  ]);
  const objectives = state.scenario.objectives;
  const inScope = scopeTest(state);
  return withReviews(state, raw).map((e) => ({
    ...e,
    ...(inScope(e) || e.review ? {} : { status: 'out-of-scope' as const }),
    objectives: e.objectives.length
      ? e.objectives
      : objectives.filter((o) => o.elements.some((r) => e.refs.includes(r))).map((o) => o.id),
  }));
}

/**
 * Whether an expectation lies inside the scenario's scope: an activity of a listed playbook and
 * phase; a notification stage submitted in a listed phase. Severity and scenario expectations
 * are always in scope.
 */
function scopeTest(state: ExerciseState): (e: Expectation) => boolean {
  const scope = state.scenario.scope;
  if (!scope) return () => true;
  const playbookOf = (e: Expectation) => e.refs.find((r) => r.startsWith('playbook:'))?.slice('playbook:'.length);
  return (e) => {
    if (e.kind !== 'activity' && e.kind !== 'stage') return true;
    if (scope.phases && e.phase !== undefined && !scope.phases.includes(e.phase)) return false;
    const playbook = e.kind === 'activity' || e.kind === 'stage' ? playbookOf(e) : undefined;
    return !(scope.playbooks && playbook !== undefined && !scope.playbooks.includes(playbook));
  };
}

function severityExpectations(ctx: Ctx): Omit<Expectation, never>[] {
  const { plan, state, first } = ctx;
  const out: Expectation[] = [];
  const seen = new Set<string>();
  for (const d of state.facts.declared) {
    const sev = byId(plan).severities.get(d.severity);
    if (!sev || seen.has(sev.id)) continue;
    seen.add(sev.id);
    const act = first.get(`page:policy:${sev.escalationPolicy}`);
    const policy = byId(plan).escalationPolicies.get(sev.escalationPolicy)?.name ?? sev.escalationPolicy;
    // A severity without an acknowledgement target ("when needed") expects the page with no clock:
    // open at the end if never made, never late.
    const ack = sev.acknowledgeWithin;
    const deadline = ack === undefined ? undefined : ctx.add(d.at, ack);
    const within = ack === undefined ? undefined : formatDuration(ack);
    out.push({
      id: `page:${sev.id}`,
      kind: 'page',
      description: `Page the escalation policy "${policy}" ${within ? `within ${within} of` : 'when needed after'} declaring ${sev.label}`,
      clause: `severity:${sev.id}`,
      refs: [`severity:${sev.id}`, `policy:${sev.escalationPolicy}`],
      since: d.at,
      ...(deadline === undefined ? {} : { deadline }),
      rule: within ? withinWords(within, 'declaration') : 'when needed: no acknowledgement target of its own',
      timed: within !== undefined,
      status: statusOf(ctx, act, deadline === undefined ? { openIfUndone: true } : { deadline }),
      ...(act ? { evidence: evidenceOf(act) } : {}),
      objectives: [],
    });
  }
  const severity = byId(plan).severities;
  const rank = (id: string) => severity.get(id)?.rank ?? Infinity;
  const label = (id: string) => severity.get(id)?.label ?? id;
  for (const [id, at] of Object.entries(state.facts.indicated)) {
    const sev = severity.get(id);
    if (!sev) continue;
    const act = ctx.acts.find((a) => a.kind === 'declare' && rank(a.target) <= sev.rank);
    // A declaration below the indicated severity is a finding: made once the facts were known it makes the right one late.
    const below = ctx.acts.find(
      (a) => a.kind === 'declare' && rank(a.target) > sev.rank && (!act || a.seq < act.seq) && (a.at >= at || !act),
    );
    const note =
      below &&
      `declared ${label(below.target)} at ${formatClock(below.at)}, the scenario indicated ${sev.label} at ${formatClock(at)}`;
    const status = statusOf(ctx, act, {});
    out.push({
      id: `declare:${sev.id}`,
      kind: 'declare',
      description: `Declare ${sev.label} or a more severe level, as the facts indicate`,
      clause: `severity:${sev.id}`,
      refs: [`severity:${sev.id}`],
      since: at,
      rule: 'by the end of the exercise',
      timed: false,
      status: act && below && below.at >= at && status === 'met' ? 'late' : status,
      ...(act ? { evidence: evidenceOf(act) } : {}),
      ...(note ? { note: act ? `${note}; ${label(act.target)} declared at ${formatClock(act.at)}` : note } : {}),
      objectives: [],
    });
  }
  return out;
}

const TARGET_REF: Record<string, string> = {
  declare: 'severity',
  perform: 'activity',
  submit: 'stage',
  send: 'template',
};

function scenarioExpectations(ctx: Ctx): Expectation[] {
  const { state } = ctx;
  return state.scenario.expectations.flatMap((e) => {
    const since = state.activated[e.id];
    if (since === undefined) return [];
    const [kind, target] = Object.entries(e.act).find(([, v]) => v !== undefined)! as [string, string];
    const act = ctx.acts.find((a) => a.kind === kind && a.target === target && a.at >= since);
    const deadline = e.within ? ctx.add(since, e.within) : undefined;
    const clause = kind === 'page' ? target : TARGET_REF[kind] ? `${TARGET_REF[kind]}:${target}` : undefined;
    return [
      {
        id: `scenario:${e.id}`,
        kind: 'scenario' as const,
        description: e.description,
        ...(clause ? { clause } : {}),
        refs: clause ? [clause] : [],
        ...(e.owner ? { owner: e.owner, owners: ownersOf(ctx.plan, state.scenario, [e.owner]) } : {}),
        since,
        ...(deadline !== undefined ? { deadline } : {}),
        rule: e.within ? withinWords(formatDuration(e.within), 'arising') : 'by the end of the exercise',
        timed: !!e.within,
        status: statusOf(ctx, act, {
          deadline,
          ...(e.owner ? { owners: ownersOf(ctx.plan, state.scenario, [e.owner]) } : {}),
        }),
        ...(act ? { evidence: evidenceOf(act) } : {}),
        objectives: [e.objective],
      },
    ];
  });
}
