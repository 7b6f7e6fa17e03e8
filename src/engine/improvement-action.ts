/**
 * A row of the report's improvement plan as an exercise record's improvement action. Apart from
 * record.ts (which writes the record as YAML, with the `yaml` package) so the report page can turn
 * edited rows into actions without loading the YAML writer at start.
 */
import type { Exercise } from '../plan/model.ts';
import type { ImprovementRow } from './aar.ts';

/** One improvement action of an exercise record. */
export type ImprovementAction = Exercise['improvements'][number];

/**
 * A row of the report's improvement plan as the record's improvement action, with the HSEEP
 * template's columns: core capability, issue, corrective action, capability element, primary
 * responsible organisation, point of contact (the owner role), start and completion dates.
 */
export function improvementAction(r: ImprovementRow, id = r.id): ImprovementAction {
  return {
    id,
    ...(r.capability ? { capability: r.capability } : {}),
    issue: r.issue,
    action: r.correctiveAction,
    ...(r.element ? { element: r.element } : {}),
    ...(r.organisation ? { organisation: r.organisation } : {}),
    owner: r.responsibleRole,
    ...(r.startDate ? { start: r.startDate } : {}),
    due: r.dueDate,
    status: 'open',
  };
}
