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
 *   document     .nextExercise: latest exercise record + exerciseInterval
 *
 * Sorting is stable, so elements that tie (an error the rules report) keep their written order.
 */
import type { ClockStart, Obligation, PlanModel } from '../plan/model.ts';
import { resolveDueStart, resolveSeverityDue } from '../plan/deadlines.ts';
import { anchorWords, DEFAULT_DUE_START, type AnchorEvent } from '../plan/anchor-events.ts';
import { dateAfter, DEFAULT_CALENDAR } from '../plan/time.ts';
import { accountableRole } from '../plan/accountable.ts';

/** Adds the finished facts to `plan` in place (also to a partial plan: whatever is there). */
export function finishPlan(plan: PlanModel): void {
  plan.severities.sort((a, b) => a.rank - b.rank);
  plan.phases.sort((a, b) => a.order - b.order);
  plan.chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
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
    a.due.start = resolveDueStart(text, a.due.before !== undefined, a.playbook, plan.document.events ?? [], (key) => titles.get(key));
    const severities = resolveSeverityDue(a.due.bySeverity, plan.severities);
    if (severities) a.due.severities = severities;
  }
  // Business days of an obligation count in its own calendar, else the plan's.
  const planCalendar = plan.document.businessCalendar ?? DEFAULT_CALENDAR;
  for (const o of plan.obligations) {
    o.calendar = o.businessCalendar ?? planCalendar;
    for (const s of o.stages) {
      labelStart(o, s.from, plan);
      if (s.noLaterThan) labelStart(o, s.noLaterThan.from, plan);
    }
  }
  const last = plan.exercises.map((x) => x.date).sort().at(-1);
  if (plan.document.id && last) {
    const next = dateAfter(last, plan.document.exerciseInterval);
    if (next) plan.document.nextExercise = next;
  }
}

/** Words what starts a clock: the anchor event, the plan event by its name, or the submission of the named earlier stage. */
function labelStart(o: Obligation, from: ClockStart, plan: PlanModel): void {
  const event = (id: string) => plan.document.events?.find((e) => e.id === id)?.name ?? anchorWords(id as AnchorEvent);
  from.label = 'event' in from ? event(from.event) : `submission of ${o.stages.find((s) => s.id === from.stage)?.name ?? from.stage}`;
}
