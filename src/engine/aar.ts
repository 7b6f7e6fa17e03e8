/**
 * After-action report data in the HSEEP AAR/IP structure: overview, executive summary, analysis
 * per objective (rating, strengths, areas for improvement), the expectations not reached before
 * the exercise ended (not rated, for discussion), improvement plan, timeline and participants.
 * Built from the scorecard; rendered to Markdown by aar-markdown.ts.
 */
import type { PlanModel } from '../plan/model.ts';
import { byId as planIndex } from '../plan/lookup.ts';
import { dateAfter } from '../plan/time.ts';
import { formatClock } from '../plan/scenario-time.ts';
import type { Expectation } from './expectations.ts';
import { HSEEP_MEANING, type HseepRating } from './hseep.ts';
import { SCORING_RULES } from './scoring-rules.ts';
import { findingOf, type Finding, type Names } from './aar-findings.ts';
import type { CapabilityElement } from '../plan/capability-elements.ts';
import { executiveSummary } from './aar-summary.ts';
import { indexRefs } from '../plan/refs.ts';
import { scoreExercise, type ObjectiveScore, type Scorecard } from './score.ts';
import type { ExerciseState } from './state.ts';
import { timeline } from './selectors.ts';
import { discussionOf, playedInstant, storyDate, type Discussion } from './aar-discussion.ts';

/** One row of the improvement plan. */
export interface ImprovementRow {
  /** Id unique in the report, e.g. `ip-1`. */
  id: string;
  objective: string;
  /** Core capability (the objective's), the template's first column. */
  capability?: string;
  issue: string;
  correctiveAction: string;
  /** Capability element the action strengthens: Planning, Organisation, Equipment, Training or Exercises. */
  element?: CapabilityElement;
  /** Primary responsible organisation. */
  organisation?: string;
  /** Role responsible for the corrective action: the organisation's point of contact. */
  responsibleRole: string;
  /** Start date, `YYYY-MM-DD`. */
  startDate?: string;
  /** Completion date, `YYYY-MM-DD`. */
  dueDate: string;
  /** Plan clause concerned (typed ref), when there is one. */
  clause?: string;
}

/** Analysis of one objective. */
export interface ObjectiveAnalysis {
  id: string;
  title: string;
  capability: string;
  /** HSEEP rating; absent when the objective was not exercised. */
  rating?: HseepRating;
  /** HSEEP wording of the rating, or `Not exercised`. */
  meaning: string;
  /** Why this rating, by the documented rule. */
  reason: string;
  /** Set when the rating rests on fewer than two scored expectations. */
  limitedEvidence?: true;
  /** Strengths and areas for improvement in one line each (the exercise record's form). */
  strengths: string[];
  areasForImprovement: string[];
  /** The same, in the template's form: observation, analysis, reference, recommendation. */
  findings: Finding[];
}

/** An expectation not reached before the exercise ended: not done, not rated, worth discussing. */
export interface NotReachedItem {
  /** Expectation id, e.g. `stage:gdpr-art33/initial`. */
  id: string;
  description: string;
  /** Role expected to act, when the plan names one. */
  owner?: string;
  /** Deadline `T+hh:mm` after the end; absent when its clock never started. */
  due?: string;
  /** How the deadline is set, e.g. "within 72 h of awareness". */
  rule: string;
  /** Objective ids it counts towards. */
  objectives: string[];
  /** Plan clause concerned (typed ref), when there is one. */
  clause?: string;
}

/** The after-action report. */
export interface AfterActionReport {
  overview: {
    name: string;
    /** Day the exercise was played, `YYYY-MM-DD` (see `playedDate`). */
    date: string;
    /** Date of T+0 in the scenario's story, `YYYY-MM-DD`: scenario time, not the day played. */
    storyDate: string;
    scenario: { id: string; title: string; summary: string; incidentType: string };
    /** Exercise length as played, `T+hh:mm`. */
    duration: string;
    plan: { id: string; title: string; version: string; digest: string };
    objectives: { id: string; title: string; capability: string }[];
    /** What the exercise covers, when the scenario says. */
    scope?: string;
    /** HSEEP mission areas. */
    missionAreas: string[];
    /** Core capabilities tested (the objectives'), in order. */
    coreCapabilities: string[];
    /** The threat or hazard: the scenario's, else the incident type's name. */
    threat: string;
    sponsor?: string;
    /** Participating organisations: the scenario's, else the plan's organisation. */
    organisations: string[];
    pointsOfContact: { name: string; role?: string; organisation?: string; contact?: string }[];
    /** The published exercise the scenario transcribes, when it says. */
    source?: string;
  };
  /** Sentences: what was tested, the ratings, the major strengths and the primary areas for improvement. */
  executiveSummary: string;
  objectives: ObjectiveAnalysis[];
  /** Scored expectations that count towards no objective, as findings: reported in their own section. */
  withoutObjective: Finding[];
  /** Expectations not done whose deadline falls after the end (or whose clock never started), in scorecard order. */
  notReached: NotReachedItem[];
  /** Expectations open at the end (activities with no due time, work whose clock never started), not done: listed, not rated. */
  openAtEnd: NotReachedItem[];
  /** Expectations outside the scenario's scope (playbooks, phases), done or not: listed, not rated. */
  outOfScope: NotReachedItem[];
  improvementPlan: ImprovementRow[];
  timeline: { time: string; kind: string; text: string; who?: string }[];
  participants: { role: string; name: string; decisions: number }[];
  /** The name of every role and team of the plan, by id: the report's data names them by id (an edited improvement plan too), its readers by name. */
  roleNames: Record<string, string>;
  /** The scoring rules used (SCORING_RULES, with the HSEEP rating rule), Markdown. */
  ratingRule: string;
  /** Discussion questions with their answers, and facilitator observations by objective (beside the ratings, never changing them). */
  discussion: Discussion;
  scorecard: Scorecard;
}

/** Options of `buildAar`. */
export interface AarOptions {
  /** Time allowed for corrective actions, ISO-8601. Default `P30D`. */
  improvementWithin?: string;
  /** ISO instant to date the report by when the log's start has no `playedAt` (e.g. when the session was created). Default: the story date. */
  playedAt?: string;
}

/** Improvement-plan rows count their completion from the day played: regulatory findings within `improvementWithin`, the others within three times it. */
function rowOf(
  f: Finding,
  e: Expectation,
  o: ObjectiveScore,
  n: number,
  ctx: { played: number; within: string; plan: PlanModel; organisation: string },
): ImprovementRow {
  const start = new Date(ctx.played).toISOString().slice(0, 10);
  const within = e.kind === 'stage' ? ctx.within : tripled(ctx.within);
  return {
    id: `ip-${n}`,
    objective: o.objective.id,
    capability: o.objective.capability,
    issue: `${f.title}: ${f.observation}`,
    correctiveAction: f.recommendation ?? '',
    element: f.element ?? 'Planning',
    organisation: ctx.organisation,
    responsibleRole: e.owner ?? ctx.plan.document.owner,
    startDate: start,
    dueDate: dateAfter(ctx.played, within, ctx.plan.document.businessCalendar) ?? '',
    ...(e.clause ? { clause: e.clause } : {}),
  };
}

/** `P30D` → `P90D`; any other duration is kept. */
const tripled = (d: string) => d.replace(/^P(\d+)D$/, (_, n: string) => `P${Number(n) * 3}D`);

/** Builds the after-action report of an exercise (scored as if it ended now, when it has not). */
export function buildAar(plan: PlanModel, state: ExerciseState, options: AarOptions = {}): AfterActionReport {
  const card = scoreExercise(plan, state);
  const s = state.scenario;
  const played = playedInstant(state, options.playedAt);
  const date = new Date(played).toISOString().slice(0, 10);
  const refs = indexRefs(plan);
  const index = planIndex(plan);
  const name = (id: string) => index.roles.get(id)?.name ?? index.teamName(id);
  const names: Names = { of: name, clause: (ref) => (ref ? (refs.get(ref)?.name ?? ref) : 'the scenario') };
  const byId = new Map(card.expectations.map((e) => [e.id, e]));
  const organisation = s.overview?.organisations[0] ?? plan.document.organisation;
  const ctx = { played, within: options.improvementWithin ?? 'P30D', plan, organisation };
  const rows: ImprovementRow[] = [];
  const planned = new Set<string>();
  const objectives = card.objectives.map((o) => {
    const list = o.expectations.map((id) => byId.get(id)!);
    const findings = list.map((e) => findingOf(e, names));
    for (const [i, f] of findings.entries()) {
      if (f.kind !== 'improvement' || planned.has(f.expectation)) continue;
      planned.add(f.expectation);
      rows.push(rowOf(f, list[i], o, rows.length + 1, ctx));
    }
    const strengths = findings.filter((f) => f.kind === 'strength').map((f) => `${f.title}: ${f.observation}`);
    const areas = findings.filter((f) => f.kind === 'improvement').map((f) => `${f.title}: ${f.observation}`);
    if (!list.length && (o.notReached.length || o.openAtEnd.length))
      areas.push(
        'Nothing this objective expects fell due before the exercise ended (see "Not reached before the exercise ended" and "Open at the end"); play it longer or bring its injects forward',
      );
    else if (!list.length)
      areas.push('Nothing in this exercise tested the objective; add injects that reach its plan elements');
    return {
      id: o.objective.id,
      title: o.objective.title,
      capability: o.objective.capability,
      ...ratingOf(o),
      reason: o.reason,
      ...(o.limitedEvidence ? { limitedEvidence: true as const } : {}),
      strengths,
      areasForImprovement: areas,
      findings,
    };
  });
  const withoutObjective = card.expectations.filter((e) => !e.objectives.length).map((e) => findingOf(e, names));
  const roles = [...new Set([...s.roles, ...state.decisions.map((d) => d.by)])];
  const capabilities = [...new Set(s.objectives.map((o) => o.capability))];
  return {
    overview: {
      name: s.title,
      date,
      storyDate: storyDate(state),
      scenario: { id: s.id, title: s.title, summary: s.summary, incidentType: s.incidentType },
      duration: formatClock(card.endedAt),
      plan: { id: plan.document.id, title: plan.document.title, version: plan.document.version, digest: plan.digest },
      objectives: s.objectives.map((o) => ({ id: o.id, title: o.title, capability: o.capability })),
      ...(s.overview?.scope ? { scope: s.overview.scope } : {}),
      missionAreas: s.overview?.missionAreas ?? ['Response'],
      coreCapabilities: capabilities,
      threat: s.overview?.threat ?? index.incidentTypes.get(s.incidentType)?.name ?? s.incidentType,
      ...(s.overview?.sponsor ? { sponsor: s.overview.sponsor } : {}),
      organisations: s.overview?.organisations.length ? s.overview.organisations : [plan.document.organisation],
      pointsOfContact: s.overview?.pointsOfContact ?? [],
      ...(s.overview?.source ? { source: s.overview.source } : {}),
    },
    executiveSummary: executiveSummary(card, objectives, {
      title: s.title,
      date,
      plan: `${plan.document.title} (version ${plan.document.version})`,
    }),
    objectives,
    withoutObjective,
    notReached: card.notReached.map(listedApart),
    openAtEnd: card.openAtEnd.map(listedApart),
    outOfScope: card.outOfScope.map(listedApart),
    improvementPlan: rows,
    timeline: timeline(state, name).map((e) => ({
      time: formatClock(e.at),
      kind: e.kind,
      text: e.text,
      ...(e.who ? { who: e.who } : {}),
    })),
    participants: roles.map((r) => ({
      role: r,
      name: name(r),
      decisions: state.decisions.filter((d) => d.by === r).length,
    })),
    roleNames: Object.fromEntries([...plan.teams, ...plan.roles].map((x) => [x.id, x.name])),
    ratingRule: SCORING_RULES,
    discussion: discussionOf(state, name),
    scorecard: card,
  };
}

/** An objective's rating and its meaning; `Not exercised` without a rating. */
const ratingOf = (o: ObjectiveScore): { rating?: HseepRating; meaning: string } =>
  o.rating ? { rating: o.rating, meaning: HSEEP_MEANING[o.rating] } : { meaning: 'Not exercised' };

/** An expectation listed apart from the rated ones (not reached, or out of scope). */
const listedApart = (e: Expectation): NotReachedItem => ({
  id: e.id,
  description: e.description,
  ...(e.owner ? { owner: e.owner } : {}),
  ...(e.deadline !== undefined ? { due: formatClock(e.deadline) } : {}),
  rule: e.rule,
  objectives: e.objectives,
  ...(e.clause ? { clause: e.clause } : {}),
});

/** The sentence that introduces the report's "Open at the end" section. */
export function openAtEndIntro(aar: AfterActionReport): string {
  return aar.openAtEnd.length
    ? 'Plan work with no due time of its own, or whose clock never started, that was not done when the exercise ended. It is not missed and not rated; carry it into the hot wash.'
    : '';
}

/** The sentence that introduces the report's "Outside the exercise's scope" section. */
export function outOfScopeIntro(aar: AfterActionReport): string {
  return aar.outOfScope.length
    ? 'The scenario states its scope; these expectations of the plan lie outside it. They are listed for discussion and not rated.'
    : '';
}

/** The sentence that introduces the report's "Not reached before the exercise ended" section. */
export function notReachedIntro(aar: AfterActionReport): string {
  return aar.notReached.length
    ? `The exercise ended at ${aar.overview.duration}, before these deadlines fell due (or before their clocks started). They are not rated; discuss whether the team would have met them.`
    : 'None: every expectation was done or fell due before the end.';
}
