/**
 * What every kind of expectation shares, in a leaf module so that the derivations (severities and
 * scenario expectations in expectations.ts, activities.ts, obligations.ts) import it and not each
 * other: the Expectation type and its statuses, the context they are derived in, and the status rule.
 */
import type { PlanModel } from '../plan/model.ts';
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { Act, ExerciseState } from './state.ts';
import type { AnchorClock } from './team-anchors.ts';

/** How an expectation ended. */
export type Outcome = 'met' | 'late' | 'out-of-order' | 'wrong-owner' | 'missed';
/**
 * Live status: an outcome, or still `pending` (not done, not late yet) or `overdue` (not done, past its
 * deadline); once the exercise has ended, `not-reached` (not done, but its deadline falls after the
 * end: not scored) or `open` (open at the end: an activity with no due time, or work whose clock never
 * started, not done: not scored). `out-of-scope`: outside the scenario's stated scope, listed apart
 * and never scored, whether done or not. Labels: status-words.ts.
 */
export type ExpectationStatus =
  Outcome | 'pending' | 'overdue' | 'not-reached' | 'open' | 'out-of-scope' | 'not-applicable';
/** Statuses listed apart at the end and never rated (`not-applicable`: so judged by the evaluator). */
export const UNRATED: readonly ExpectationStatus[] = ['not-reached', 'open', 'out-of-scope', 'not-applicable'];
/** Every outcome, best first. */
export const OUTCOMES: readonly Outcome[] = ['met', 'late', 'out-of-order', 'wrong-owner', 'missed'];

/** The decision that met an expectation. */
export interface Evidence {
  decision: string;
  option: string;
  by: string;
  at: ScenarioTime;
  seq: number;
  /** Set when the evidence is a discussed answer (`discussion`: met in discussion) or work marked done in the console. */
  via?: 'discussion' | 'console';
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
  /** Role expected to act (the Accountable one); absent when the plan names none. */
  owner?: string;
  /** Every role or team whose act counts as the owner's (A and R, their teams, backups of unfilled roles; see owners.ts). */
  owners?: string[];
  /** A finding the evidence alone does not show, e.g. "declared SEV-2 at T+00:20, the scenario indicated SEV-1 at T+00:10". */
  note?: string;
  /** Phase id, for activities and the stages they submit. */
  phase?: string;
  /** When it arose. */
  since: ScenarioTime;
  /** Deadline; absent when none applies (yet): then it is due by the end of the exercise. */
  deadline?: ScenarioTime;
  /** How the deadline is set, e.g. "within 15 min of declaration" (durations in words, never ISO 8601). */
  rule: string;
  /** Whether it has a deadline of its own (which may not have started yet); if not, it is due by the end of the exercise. */
  timed: boolean;
  status: ExpectationStatus;
  /** The decision that met it, if any. */
  evidence?: Evidence;
  /** The outcome the engine computed, when an evaluator's review replaced it in `status`. */
  computed?: ExpectationStatus;
  /** The evaluator's review that set `status`, if any. */
  review?: { outcome: ExpectationStatus; reason: string; at: ScenarioTime; by?: string };
  /** Objective ids it counts towards. */
  objectives: string[];
}

/** Helpers the derivations share. */
export interface Ctx {
  plan: PlanModel;
  state: ExerciseState;
  /** Every act that counts as evidence (decisions, the console, covered discussion answers), in log order. */
  acts: Act[];
  /** First act of each `kind:target`. */
  first: Map<string, Act>;
  /** The facts as the scenario's truth has them (severities indicated, not declared; see truth.ts). */
  truth: ExerciseState['facts'];
  /** When the clocks counting from an anchor or plan event start (the team's own events: when due, if late; team-anchors.ts). */
  anchor(event: string): AnchorClock | undefined;
  /** Scenario time `duration` (and day kind) after `from`. */
  add(from: ScenarioTime, duration: string, days?: 'calendar' | 'business'): ScenarioTime;
}

/** What decides an expectation's status besides the act that met it. */
export interface StatusInput {
  /** Deadline, when its clock has started. */
  deadline?: ScenarioTime;
  /** Whether the plan or scenario sets it a deadline at all (which may not have started yet). Default: a deadline is known. */
  timed?: boolean;
  /** Roles whose act counts as the owner's; an act by anyone else is by the wrong owner. Default: anyone. */
  owners?: readonly string[];
  /** Whether an earlier step was done after it. */
  outOfOrder?: boolean;
  /** Whether, not done at the end with no deadline of its own, it is open at the end rather than missed (activities). */
  openIfUndone?: boolean;
}

/** Status of an expectation from its evidence, deadline, expected owner and ordering. */
export function statusOf(
  ctx: Ctx,
  act: Act | undefined,
  { deadline, timed = deadline !== undefined, owners, outOfOrder = false, openIfUndone = false }: StatusInput,
): ExpectationStatus {
  const { state } = ctx;
  if (!act) {
    // The end time is `now`: the exercise ended there (or is scored as if it ended now).
    if (state.status !== 'ended') return deadline !== undefined && pastDue(state.now, deadline) ? 'overdue' : 'pending';
    if (timed) return deadline === undefined ? 'open' : deadline > state.now ? 'not-reached' : 'missed';
    return openIfUndone ? 'open' : 'missed';
  }
  if (deadline !== undefined && pastDue(act.at, deadline)) return 'late';
  if (owners?.length && !owners.includes(act.by)) return 'wrong-owner';
  return outOfOrder ? 'out-of-order' : 'met';
}

const MINUTE = 60_000;

/**
 * Whether `at` is past `deadline`, read to the minute as the console's clock and the report show
 * them: on time is at or before the due time, so an act recorded while the clock still reads the
 * due minute (the inject that prompts it arrived then, the facilitator took seconds to record it)
 * is on time, never late by the milliseconds the recording took.
 */
export const pastDue = (at: ScenarioTime, deadline: ScenarioTime) =>
  Math.floor(at / MINUTE) > Math.floor(deadline / MINUTE);

/** Evidence of an act. */
export const evidenceOf = (act: Act | undefined): Evidence | undefined =>
  act && {
    decision: act.decision,
    option: act.option,
    by: act.by,
    at: act.at,
    seq: act.seq,
    ...(act.via ? { via: act.via } : {}),
  };

/** The earlier of two acts (by log position). */
export const earlier = (a: Act | undefined, b: Act | undefined) => (!a ? b : !b ? a : a.seq <= b.seq ? a : b);

/** Anchor events a correct response may never reach; what counts from them is expected only once they happen. */
export const CONDITIONAL_ANCHORS: readonly string[] = ['ransom-payment', 'materiality-determination'];

/** Whether a clock counting from `event` can be expected to run. */
export const anchorExpected = (ctx: Ctx, event: string) =>
  !CONDITIONAL_ANCHORS.includes(event) || event in ctx.state.facts.anchors;
