/**
 * After-action report data in the HSEEP AAR/IP structure: overview, executive summary, analysis
 * per objective (rating, strengths, areas for improvement), the expectations not reached before
 * the exercise ended (not rated, for discussion), improvement plan, timeline and participants.
 * Built from the scorecard; rendered to Markdown by aar-markdown.ts.
 */
import type { PlanModel } from '../plan/model.ts';
import { dateAfter } from '../plan/time.ts';
import { formatClock } from '../plan/scenario-time.ts';
import type { Expectation } from './expectations.ts';
import { HSEEP_MEANING, type HseepRating } from './hseep.ts';
import { SCORING_RULES } from './scoring-rules.ts';
import { scoreExercise, type ObjectiveScore, type Scorecard } from './score.ts';
import type { ExerciseState } from './state.ts';
import { timeline } from './selectors.ts';
import { discussionOf, playedInstant, storyDate, type Discussion } from './aar-discussion.ts';

/** One row of the improvement plan. */
export interface ImprovementRow {
  /** Id unique in the report, e.g. `ip-1`. */
  id: string;
  objective: string;
  issue: string;
  correctiveAction: string;
  /** Role responsible for the corrective action. */
  responsibleRole: string;
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
  strengths: string[];
  areasForImprovement: string[];
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
  };
  executiveSummary: string;
  objectives: ObjectiveAnalysis[];
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

const when = (e: Expectation, roleName: (id: string) => string) => (e.evidence ? `at ${formatClock(e.evidence.at)} by ${roleName(e.evidence.by)}` : '');

function finding(e: Expectation, roleName: (id: string) => string): { area: string; action: string } {
  const deadline = e.deadline !== undefined ? `, due ${formatClock(e.deadline)}` : '';
  switch (e.status) {
    case 'late':
      return { area: `${e.description}: done ${when(e, roleName)}, after the deadline (${e.rule}${deadline})`, action: `Rehearse "${e.description}" so it is done within ${e.rule}; make sure the owner is alerted as soon as the clock starts` };
    case 'wrong-owner':
      return { area: `${e.description}: done by ${e.evidence ? roleName(e.evidence.by) : 'someone else'}, but the plan makes ${roleName(e.owner!)} accountable`, action: `Brief the ${roleName(e.owner!)} and the team on who is accountable for "${e.description}", or change the RACI if practice is right` };
    case 'out-of-order':
      return { area: `${e.description}: done ${when(e, roleName)} before an activity the plan says must come first`, action: `Walk the team through the prerequisites the plan names for "${e.description}"` };
    default:
      return { area: `${e.description}: not done (${e.rule}${deadline})${e.note ? `; ${e.note}` : ''}`, action: `Add "${e.description}" to the checklist of the ${e.owner ? roleName(e.owner) : 'plan owner'} and exercise it again` };
  }
}

/** Builds the after-action report of an exercise (scored as if it ended now, when it has not). */
export function buildAar(plan: PlanModel, state: ExerciseState, options: AarOptions = {}): AfterActionReport {
  const card = scoreExercise(plan, state);
  const s = state.scenario;
  const played = playedInstant(state, options.playedAt);
  const date = new Date(played).toISOString().slice(0, 10);
  // Corrective actions count from the day played, not from the story's date.
  const due = dateAfter(played, options.improvementWithin ?? 'P30D', plan.document.businessCalendar) ?? '';
  const byId = new Map(card.expectations.map((e) => [e.id, e]));
  const roleName = (id: string) => plan.roles.find((r) => r.id === id)?.name ?? id;
  const rows: ImprovementRow[] = [];
  const planned = new Set<string>();
  const objectives = card.objectives.map((o) => {
    const list = o.expectations.map((id) => byId.get(id)!);
    const strengths = list.filter((e) => e.status === 'met').map((e) => `${e.description}: done ${when(e, roleName)} (${e.rule})`);
    const areas: string[] = [];
    for (const e of list.filter((x) => x.status !== 'met')) {
      const f = finding(e, roleName);
      areas.push(f.area);
      if (planned.has(e.id)) continue;
      planned.add(e.id);
      rows.push({
        id: `ip-${rows.length + 1}`,
        objective: o.objective.id,
        issue: f.area,
        correctiveAction: f.action,
        responsibleRole: e.owner ?? plan.document.owner,
        dueDate: due,
        ...(e.clause ? { clause: e.clause } : {}),
      });
    }
    if (!list.length && o.notReached.length)
      areas.push('Nothing this objective expects fell due before the exercise ended (see "Not reached before the exercise ended"); play it longer or bring its injects forward');
    else if (!list.length) areas.push('Nothing in this exercise tested the objective; add injects that reach its plan elements');
    return { id: o.objective.id, title: o.objective.title, capability: o.objective.capability, ...ratingOf(o), reason: o.reason, strengths, areasForImprovement: areas };
  });
  const roles = [...new Set([...s.roles, ...state.decisions.map((d) => d.by)])];
  const t = card.totals;
  const ratings = objectives.map((o) => `${o.title} (${o.rating ?? 'not exercised'})`).join('; ');
  const n = card.notReached.length + card.openAtEnd.length;
  const unreached = n ? ` ${n} more ${n === 1 ? 'was' : 'were'} not reached or open when the exercise ended at ${formatClock(card.endedAt)} and ${n === 1 ? 'is' : 'are'} not rated.` : '';
  const k = card.outOfScope.length;
  const outside = k ? ` ${k} more ${k === 1 ? 'lies' : 'lie'} outside the scenario's scope and ${k === 1 ? 'is' : 'are'} not rated.` : '';
  return {
    overview: {
      name: s.title,
      date,
      storyDate: storyDate(state),
      scenario: { id: s.id, title: s.title, summary: s.summary, incidentType: s.incidentType },
      duration: formatClock(card.endedAt),
      plan: { id: plan.document.id, title: plan.document.title, version: plan.document.version, digest: plan.digest },
      objectives: s.objectives.map((o) => ({ id: o.id, title: o.title, capability: o.capability })),
    },
    executiveSummary: `The exercise "${s.title}" tested ${s.objectives.length} objective${s.objectives.length === 1 ? '' : 's'} against version ${plan.document.version} of the plan. Of ${t.total} expectations scored, ${t.met} were met on time, ${t.late} late, ${t['out-of-order']} out of order, ${t['wrong-owner']} by the wrong owner and ${t.missed} missed.${unreached}${outside} Ratings: ${ratings}.`,
    objectives,
    notReached: card.notReached.map(listedApart),
    openAtEnd: card.openAtEnd.map(listedApart),
    outOfScope: card.outOfScope.map(listedApart),
    improvementPlan: rows,
    timeline: timeline(state, roleName).map((e) => ({ time: formatClock(e.at), kind: e.kind, text: e.text, ...(e.who ? { who: e.who } : {}) })),
    participants: roles.map((r) => ({ role: r, name: roleName(r), decisions: state.decisions.filter((d) => d.by === r).length })),
    roleNames: Object.fromEntries([...plan.teams, ...plan.roles].map((x) => [x.id, x.name])),
    ratingRule: SCORING_RULES,
    discussion: discussionOf(state, (id) => plan.roles.find((r) => r.id === id)?.name ?? plan.teams.find((t) => t.id === id)?.name ?? id),
    scorecard: card,
  };
}

/** An objective's rating and its meaning; `Not exercised` without a rating. */
const ratingOf = (o: ObjectiveScore): { rating?: HseepRating; meaning: string } => (o.rating ? { rating: o.rating, meaning: HSEEP_MEANING[o.rating] } : { meaning: 'Not exercised' });

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
