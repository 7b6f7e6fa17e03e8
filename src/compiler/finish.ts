/**
 * The last step of assembling: the facts every view would otherwise work out again, computed once
 * and handed over in the model (see `PlanModel`). Views, the handbook and the engine read them;
 * none of them sorts, picks the Accountable role, words a clock start or adds the exercise interval.
 *
 *   lists        severities by rank, phases by order, chapters by order then id,
 *                each playbook's activities by phase (written order kept within a phase)
 *   activity     .accountable: the role holding A or AR; .due.start: what its due time counts from, worded
 *   stage        .from.label, .noLaterThan.from.label: "awareness", "submission of Early warning"
 *   obligation   .calendar: its own business calendar, else the plan's
 *   document     .nextExercise: the latest exercise record's nextDue, else its date + exerciseInterval
 *
 * Sorting is stable, so elements that tie (an error the rules report) keep their written order.
 */
import type { ClockStart, Obligation, PlanModel } from '../plan/model.ts';
import { resolveDueStart } from '../plan/deadlines.ts';
import { anchorWords, DEFAULT_DUE_START } from '../plan/anchor-events.ts';
import { dateAfter, DEFAULT_CALENDAR } from '../plan/time.ts';
import { raciTeam } from '../plan/element-kinds.ts';

/** Adds the finished facts to `plan` in place (also to a partial plan: whatever is there). */
export function finishPlan(plan: PlanModel): void {
  plan.severities.sort((a, b) => a.rank - b.rank);
  plan.phases.sort((a, b) => a.order - b.order);
  plan.chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const phaseOrder = new Map(plan.phases.map((p) => [p.id, p.order]));
  for (const pb of plan.playbooks) {
    pb.activities.sort((x, y) => (phaseOrder.get(x.phase) ?? 0) - (phaseOrder.get(y.phase) ?? 0));
    for (const a of pb.activities) {
      const accountable = Object.entries(a.raci).find(([key, letter]) => (letter === 'A' || letter === 'AR') && raciTeam(key) === undefined)?.[0];
      if (accountable) a.accountable = accountable;
    }
  }
  const titles = new Map(plan.playbooks.flatMap((pb) => pb.activities.map((a) => [a.key, a.title])));
  for (const a of plan.playbooks.flatMap((pb) => pb.activities)) {
    if (!a.due) continue;
    const text = a.due.before ?? a.due.after ?? DEFAULT_DUE_START;
    a.due.start = resolveDueStart(text, a.due.before !== undefined, a.playbook, plan.document.events ?? [], (key) => titles.get(key));
  }
  // Business days of an obligation count in its own calendar, else the plan's.
  const planCalendar = plan.document.businessCalendar ?? DEFAULT_CALENDAR;
  for (const o of plan.obligations) {
    o.calendar = o.businessCalendar ?? planCalendar;
    for (const s of o.stages) {
      labelStart(o, s.from);
      if (s.noLaterThan) labelStart(o, s.noLaterThan.from);
    }
  }
  // One next-exercise date for the page and check: the latest record's nextDue, else its date + the interval.
  const last = [...plan.exercises].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  if (plan.document.id && last) {
    const next = last.nextDue ?? dateAfter(last.date, plan.document.exerciseInterval);
    if (next) plan.document.nextExercise = next;
  }
}

/** Words what starts a clock: the anchor event, or the submission of the named earlier stage. */
function labelStart(o: Obligation, from: ClockStart): void {
  from.label = 'event' in from ? anchorWords(from.event) : `submission of ${o.stages.find((s) => s.id === from.stage)?.name ?? from.stage}`;
}
