/**
 * What the plan expects, given what the scenario revealed, and how the team did. Derived, never
 * stored: `evaluate(plan, state)` is a pure function, so a changed plan re-scores the same log.
 *
 * - a declared severity → its escalation policy paged within the acknowledgement target;
 * - an indicated severity → a severity at least as severe declared;
 * - a revealed incident type → each activity of its playbooks, in phase order, by its Accountable role,
 *   by its due time (counted from its anchor event; an activity that submits a notification stage and
 *   has no due time of its own is due when that stage is; see activities.ts);
 * - an applicable obligation → each stage submitted by its deadline (calendar or business days,
 *   from an anchor event or an earlier stage), by the obligation's accountable role;
 * - the scenario's own expectations.
 *
 * Out of order means an activity of an earlier phase was done *after* this one (an activity never
 * done is already counted as missed or not reached). Activities and stages that count from a conditional anchor
 * (a ransom payment, a materiality determination: a correct response may never reach them) are
 * expected only once that event has happened; so is an activity that submits such a stage.
 *
 * When the exercise ends, an expectation not done is `missed` if its deadline is at or before the
 * end, or if the plan sets it no deadline (it was due by the end of the exercise). It is
 * `not-reached` — not scored — if its deadline falls after the end, or if its clock never started
 * (it counts from an event, or an earlier notification stage, that had not happened): a tabletop
 * that stops at T+08:00 cannot miss a 72-hour deadline.
 */
import type { PlanModel } from '../plan/model.ts';
import { addScenarioDuration, type ScenarioTime } from './clock.ts';
import type { Act, ExerciseState } from './state.ts';
import { activityExpectations } from './activities.ts';
import { obligationExpectations } from './obligations.ts';

/** How an expectation ended. */
export type Outcome = 'met' | 'late' | 'out-of-order' | 'wrong-owner' | 'missed';
/**
 * Live status: an outcome, or still `pending` (not done, not late yet) or `overdue` (not done, past its
 * deadline); once the exercise has ended, `not-reached` (not done, but its deadline falls after the end
 * or its clock never started: not scored).
 */
export type ExpectationStatus = Outcome | 'pending' | 'overdue' | 'not-reached';
/** Every outcome, best first. */
export const OUTCOMES: readonly Outcome[] = ['met', 'late', 'out-of-order', 'wrong-owner', 'missed'];

/** The decision that met an expectation. */
export interface Evidence {
  decision: string;
  option: string;
  by: string;
  at: ScenarioTime;
  seq: number;
}

/** One expectation and its status. */
export interface Expectation {
  /** Unique id, e.g. `activity:breach/declare`, `page:sev1`, `stage:gdpr-art33/authority`, `scenario:brief-press`. */
  id: string;
  kind: 'page' | 'declare' | 'activity' | 'stage' | 'scenario';
  /** What is expected, one sentence. */
  description: string;
  /** Typed ref of the plan clause it comes from (`severity:sev1`, `activity:...`, `stage:...`); absent for a scenario-only expectation. */
  clause?: string;
  /** Typed refs of the plan elements it exercises (clause, parents and related elements). */
  refs: string[];
  /** Role expected to act; absent when the plan names none. */
  owner?: string;
  /** Phase id, for activities and the stages they submit. */
  phase?: string;
  /** When it arose. */
  since: ScenarioTime;
  /** Deadline; absent when none applies (yet): then it is due by the end of the exercise. */
  deadline?: ScenarioTime;
  /** How the deadline is set, e.g. "PT15M after declaration". */
  rule: string;
  status: ExpectationStatus;
  /** The decision that met it, if any. */
  evidence?: Evidence;
  /** Objective ids it counts towards. */
  objectives: string[];
}

/** Helpers the derivations share. */
export interface Ctx {
  plan: PlanModel;
  state: ExerciseState;
  /** First act of each `kind:target`. */
  first: Map<string, Act>;
  /** Scenario time `duration` (and day kind) after `from`. */
  add(from: ScenarioTime, duration: string, days?: 'calendar' | 'business'): ScenarioTime;
}

/** Every expectation the plan and the scenario imply for `state`, with its live status. */
export function evaluate(plan: PlanModel, state: ExerciseState): Expectation[] {
  const first = new Map<string, Act>();
  for (const act of state.acts) if (!first.has(`${act.kind}:${act.target}`)) first.set(`${act.kind}:${act.target}`, act);
  const calendar = plan.document.businessCalendar;
  const ctx: Ctx = { plan, state, first, add: (from, d, days = 'calendar') => addScenarioDuration(from, d, state.epoch, days, calendar) };
  // Stages first: an activity that submits a stage and has no due time of its own is due when the stage is.
  const stages = obligationExpectations(ctx);
  const raw = [...severityExpectations(ctx), ...activityExpectations(ctx, stages), ...stages, ...scenarioExpectations(ctx)];
  const objectives = state.scenario.objectives;
  return raw.map((e) => ({
    ...e,
    objectives: e.objectives.length ? e.objectives : objectives.filter((o) => o.elements.some((r) => e.refs.includes(r))).map((o) => o.id),
  }));
}

/** What decides an expectation's status besides the act that met it. */
export interface StatusInput {
  /** Deadline, when its clock has started. */
  deadline?: ScenarioTime;
  /** Whether the plan or scenario sets it a deadline at all (which may not have started yet). Default: a deadline is known. */
  timed?: boolean;
  /** Role expected to act. */
  owner?: string;
  /** Whether an earlier step was done after it. */
  outOfOrder?: boolean;
}

/** Status of an expectation from its evidence, deadline, expected owner and ordering. */
export function statusOf(ctx: Ctx, act: Act | undefined, { deadline, timed = deadline !== undefined, owner, outOfOrder = false }: StatusInput): ExpectationStatus {
  const { state } = ctx;
  if (!act) {
    // The end time is `now`: the exercise ended there (or is scored as if it ended now).
    if (state.status === 'ended') return timed && (deadline === undefined || deadline > state.now) ? 'not-reached' : 'missed';
    return deadline !== undefined && state.now > deadline ? 'overdue' : 'pending';
  }
  if (deadline !== undefined && act.at > deadline) return 'late';
  if (owner && act.by !== owner) return 'wrong-owner';
  return outOfOrder ? 'out-of-order' : 'met';
}

/** Evidence of an act. */
export const evidenceOf = (act: Act | undefined): Evidence | undefined =>
  act && { decision: act.decision, option: act.option, by: act.by, at: act.at, seq: act.seq };

/** The earlier of two acts (by log position). */
export const earlier = (a: Act | undefined, b: Act | undefined) => (!a ? b : !b ? a : a.seq <= b.seq ? a : b);

function severityExpectations(ctx: Ctx): Omit<Expectation, never>[] {
  const { plan, state, first } = ctx;
  const out: Expectation[] = [];
  const seen = new Set<string>();
  for (const d of state.facts.declared) {
    const sev = plan.severities.find((s) => s.id === d.severity);
    if (!sev || seen.has(sev.id)) continue;
    seen.add(sev.id);
    const act = first.get(`page:policy:${sev.escalationPolicy}`);
    const deadline = ctx.add(d.at, sev.acknowledgeWithin);
    out.push({
      id: `page:${sev.id}`,
      kind: 'page',
      description: `Page escalation policy "${sev.escalationPolicy}" within ${sev.acknowledgeWithin} of declaring ${sev.label}`,
      clause: `severity:${sev.id}`,
      refs: [`severity:${sev.id}`, `policy:${sev.escalationPolicy}`],
      since: d.at,
      deadline,
      rule: `${sev.acknowledgeWithin} after declaration`,
      status: statusOf(ctx, act, { deadline }),
      ...(act ? { evidence: evidenceOf(act) } : {}),
      objectives: [],
    });
  }
  for (const [id, at] of Object.entries(state.facts.indicated)) {
    const sev = plan.severities.find((s) => s.id === id);
    if (!sev) continue;
    const act = state.acts.find((a) => a.kind === 'declare' && (plan.severities.find((s) => s.id === a.target)?.rank ?? Infinity) <= sev.rank);
    out.push({
      id: `declare:${sev.id}`,
      kind: 'declare',
      description: `Declare ${sev.label} or a more severe level, as the facts indicate`,
      clause: `severity:${sev.id}`,
      refs: [`severity:${sev.id}`],
      since: at,
      rule: 'by the end of the exercise',
      status: statusOf(ctx, act, {}),
      ...(act ? { evidence: evidenceOf(act) } : {}),
      objectives: [],
    });
  }
  return out;
}

/** Anchor events a correct response may never reach; what counts from them is expected only once they happen. */
export const CONDITIONAL_ANCHORS: readonly string[] = ['ransom-payment', 'materiality-determination'];

/** Whether a clock counting from `event` can be expected to run. */
export const anchorExpected = (ctx: Ctx, event: string) => !CONDITIONAL_ANCHORS.includes(event) || event in ctx.state.facts.anchors;

const TARGET_REF: Record<string, string> = { declare: 'severity', perform: 'activity', submit: 'stage', send: 'template' };

function scenarioExpectations(ctx: Ctx): Expectation[] {
  const { state } = ctx;
  return state.scenario.expectations.flatMap((e) => {
    const since = state.activated[e.id];
    if (since === undefined) return [];
    const [kind, target] = Object.entries(e.act).find(([, v]) => v !== undefined)! as [string, string];
    const act = state.acts.find((a) => a.kind === kind && a.target === target && a.at >= since);
    const deadline = e.within ? ctx.add(since, e.within) : undefined;
    const clause = kind === 'page' ? target : TARGET_REF[kind] ? `${TARGET_REF[kind]}:${target}` : undefined;
    return [{
      id: `scenario:${e.id}`,
      kind: 'scenario' as const,
      description: e.description,
      ...(clause ? { clause } : {}),
      refs: clause ? [clause] : [],
      ...(e.owner ? { owner: e.owner } : {}),
      since,
      ...(deadline !== undefined ? { deadline } : {}),
      rule: e.within ? `${e.within} after it arose` : 'by the end of the exercise',
      status: statusOf(ctx, act, { deadline, owner: e.owner }),
      ...(act ? { evidence: evidenceOf(act) } : {}),
      objectives: [e.objective],
    }];
  });
}
