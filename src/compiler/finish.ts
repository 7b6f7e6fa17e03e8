/**
 * The last step of assembling: the facts every view would otherwise work out again, computed once
 * and handed over in the model (see `PlanModel`). Views, the handbook and the engine read them;
 * none of them sorts, picks the Accountable role, words a clock start or adds the exercise interval.
 * Each is the `finish` hook of its kind in the file-kinds table, run once every file is read (plan.yaml
 * may come after the lists its facts apply to); each reads only what no other hook changes, so their
 * order does not matter.
 *
 *   severities   by rank                       phases   by order
 *   chapters     by order, then id
 *   playbooks    each one's activities by phase (written order kept within a phase);
 *                activity .accountable: the role holding A or AR; .due.start: what its due time counts from, worded
 *   obligations  .calendar: its own business calendar, else the plan's;
 *                each stage's .from.label, .noLaterThan.from.label: "awareness", "submission of Early warning"
 *   exercises    the document's .nextExercise: the latest record's nextDue, else its date + exerciseInterval
 *
 * Sorting is stable, so elements that tie (an error the rules report) keep their written order.
 */
import type { ClockStart, Obligation, PlanModel } from '../plan/model.ts';
import { resolveDueStart, resolveSeverityDue } from '../plan/deadlines.ts';
import { resolveLevelTimes } from '../plan/level-times.ts';
import { anchorWords, DEFAULT_DUE_START, type AnchorEvent } from '../plan/anchor-events.ts';
import { dateAfter, DEFAULT_CALENDAR } from '../plan/time.ts';
import { accountableRole } from '../plan/accountable.ts';

/** Severities by rank. */
export function finishSeverities(plan: PlanModel): void {
  plan.severities.sort((a, b) => a.rank - b.rank);
}

/** Phases by order. */
export function finishPhases(plan: PlanModel): void {
  plan.phases.sort((a, b) => a.order - b.order);
}

/** Chapters by order, then id. */
export function finishChapters(plan: PlanModel): void {
  plan.chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Each playbook's activities by phase, each activity's Accountable role, and what each due time counts from. */
export function finishPlaybooks(plan: PlanModel): void {
  const phaseOrder = new Map(plan.phases.map((p) => [p.id, p.order]));
  for (const pb of plan.playbooks) {
    pb.activities.sort((x, y) => (phaseOrder.get(x.phase) ?? 0) - (phaseOrder.get(y.phase) ?? 0));
    for (const a of pb.activities) {
      const accountable = accountableRole(plan, a.raci);
      if (accountable) a.accountable = accountable;
    }
  }
  const titles = new Map(plan.playbooks.flatMap((pb) => pb.activities.map((a) => [a.key, a.title])));
  for (const a of plan.playbooks.flatMap((pb) => pb.activities)) {
    if (!a.due) continue;
    const text = a.due.before ?? a.due.after ?? DEFAULT_DUE_START;
    a.due.start = resolveDueStart(text, a.due.before !== undefined, a.playbook, plan.document.events ?? [], (key) =>
      titles.get(key),
    );
    const severities = resolveSeverityDue(a.due.bySeverity, plan.severities);
    if (severities) a.due.severities = severities;
    const levels = resolveLevelTimes(a.due.byLevel, plan);
    if (levels) a.due.levels = levels;
  }
  for (const step of plan.playbooks.flatMap((pb) => pb.activities.flatMap((a) => a.repeats ?? []))) {
    const levels = resolveLevelTimes(step.byLevel, plan);
    if (levels) step.levels = levels;
  }
}

/** Each obligation's business calendar (its own, else the plan's) and the words for what starts each clock. */
export function finishObligations(plan: PlanModel): void {
  const planCalendar = plan.document.businessCalendar ?? DEFAULT_CALENDAR;
  for (const o of plan.obligations) {
    o.calendar = o.businessCalendar ?? planCalendar;
    for (const s of o.stages) {
      labelStart(o, s.from, plan);
      if (s.noLaterThan) labelStart(o, s.noLaterThan.from, plan);
    }
  }
}

/** One next-exercise date for the page and check: the latest exercise record's nextDue, else its date plus the plan's exercise interval. */
export function finishExercises(plan: PlanModel): void {
  const last = [...plan.exercises].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  if (plan.document.id && last) {
    const next = last.nextDue ?? dateAfter(last.date, plan.document.exerciseInterval);
    if (next) plan.document.nextExercise = next;
  }
}

/** Words what starts a clock: the anchor event, the plan event by its name, or the submission of the named earlier stage. */
function labelStart(o: Obligation, from: ClockStart, plan: PlanModel): void {
  const event = (id: string) => plan.document.events?.find((e) => e.id === id)?.name ?? anchorWords(id as AnchorEvent);
  from.label =
    'event' in from
      ? event(from.event)
      : `submission of ${o.stages.find((s) => s.id === from.stage)?.name ?? from.stage}`;
}
