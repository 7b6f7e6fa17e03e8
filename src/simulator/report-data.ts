/**
 * The facilitator's edits applied to what the engine produced: the edited improvement plan
 * replaces the proposed one in the after-action report and in the exercise record. Mapping only;
 * ratings, findings and the proposal itself come from the engine.
 */
import type { AfterActionReport, ImprovementRow } from '../engine/aar.ts';
import type { ExerciseRecord } from '../engine/record.ts';
import { improvementAction } from '../engine/improvement-action.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The improvement plan to show: the edited rows, or the engine's proposal when nothing was edited. */
export function improvementsOf(aar: AfterActionReport, edited: ImprovementRow[] | undefined): ImprovementRow[] {
  return edited ?? aar.improvementPlan;
}

/** The report with the edited improvement plan. */
export function withImprovements(aar: AfterActionReport, edited: ImprovementRow[] | undefined): AfterActionReport {
  return { ...aar, improvementPlan: improvementsOf(aar, edited) };
}

/**
 * The record with the edited improvement plan in the compiler's shape (the HSEEP template's columns:
 * capability, issue, action, element, organisation, owner, start, due; status open). Rows without an issue or action are left out; a row without a due date gets
 * `defaultDue`; rows whose owner is not a plan role are left out, as `exportRecord` does.
 */
export function recordWithImprovements(
  record: ExerciseRecord,
  rows: ImprovementRow[],
  roles: readonly string[],
  defaultDue: string,
): ExerciseRecord {
  const improvements = rows
    .filter((r) => r.issue.trim() && r.correctiveAction.trim() && roles.includes(r.responsibleRole))
    .map((r, i) => {
      const due = DATE.test(r.dueDate) ? r.dueDate : defaultDue;
      // A start date after the completion date would fail check: it is left out rather than kept wrong.
      const start = r.startDate && DATE.test(r.startDate) && r.startDate <= due ? r.startDate : undefined;
      const { startDate: _, ...row } = r;
      const trimmed = { ...row, issue: r.issue.trim(), correctiveAction: r.correctiveAction.trim(), dueDate: due };
      return improvementAction(start ? { ...trimmed, startDate: start } : trimmed, `ip-${i + 1}`);
    });
  return { ...record, improvements };
}
