/**
 * The editable improvement plan on the report, in the HSEEP template's columns: core capability,
 * issue, corrective action, capability element, primary responsible organisation, its point of
 * contact (a plan role), start and completion dates; rows can be added and removed. Every change is saved through the
 * store (`saveImprovements`), so the plan survives a reload and goes into the exports.
 */
import type { ImprovementRow } from '../../engine/aar.ts';
import { CAPABILITY_ELEMENTS, type CapabilityElement } from '../../plan/capability-elements.ts';
import { IMPROVEMENT_PLAN_COLUMNS } from '../../engine/aar-view.ts';
import type { ExerciseStore } from '../store.ts';
import { h, fill } from './dom.ts';

/** Builds the editor for `initial` rows; `roles` are the plan's roles (id, name). */
export function improvementEditor(
  store: ExerciseStore,
  initial: ImprovementRow[],
  roles: { id: string; name: string }[],
): HTMLElement {
  let rows = initial.map((r) => ({ ...r }));
  const body = h('tbody');
  const save = () => store.saveImprovements(rows.map((r) => ({ ...r })));
  const render = () =>
    fill(
      body,
      rows.map((row, i) => {
        const n = i + 1;
        const text = (key: 'issue' | 'correctiveAction' | 'capability' | 'organisation', label: string, rowsHigh = 2) =>
          h(
            'textarea',
            {
              rows: rowsHigh,
              'aria-label': `${label}, row ${n}`,
              oninput: (e: Event) => ((row[key] = (e.target as HTMLTextAreaElement).value), save()),
            },
            row[key] ?? '',
          );
        const element = h(
          'select',
          {
            'aria-label': `Capability element, row ${n}`,
            onchange: (e: Event) => (
              (row.element = (e.target as HTMLSelectElement).value as CapabilityElement),
              save()
            ),
          },
          CAPABILITY_ELEMENTS.map((x) => h('option', { value: x, selected: x === (row.element ?? 'Planning') }, x)),
        );
        const startDate = h('input', {
          type: 'date',
          value: row.startDate ?? '',
          'aria-label': `Start date, row ${n}`,
          oninput: (e: Event) => ((row.startDate = (e.target as HTMLInputElement).value), save()),
        });
        const owner = h(
          'select',
          {
            'aria-label': `Point of contact, row ${n}`,
            onchange: (e: Event) => ((row.responsibleRole = (e.target as HTMLSelectElement).value), save()),
          },
          roles.map((r) => h('option', { value: r.id, selected: r.id === row.responsibleRole }, r.name)),
        );
        const due = h('input', {
          type: 'date',
          value: row.dueDate,
          'aria-label': `Completion date, row ${n}`,
          oninput: (e: Event) => ((row.dueDate = (e.target as HTMLInputElement).value), save()),
        });
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'db-button db-screen-only',
            'aria-label': `Remove row ${n}`,
            onclick: () => {
              rows = rows.filter((r) => r !== row);
              save();
              render();
              table.querySelector<HTMLElement>('caption')?.focus();
            },
          },
          'Remove',
        );
        return h(
          'tr',
          {},
          h('td', {}, text('capability', 'Core capability', 1)),
          h('td', {}, text('issue', 'Issue')),
          h('td', {}, text('correctiveAction', 'Corrective action')),
          h('td', {}, element),
          h('td', {}, text('organisation', 'Primary responsible organisation', 1)),
          h('td', {}, owner),
          h('td', {}, startDate),
          h('td', {}, due),
          h('td', { class: 'db-screen-only' }, remove),
        );
      }),
    );
  const table = h(
    'table',
    // Ten columns scroll sideways on a laptop (the handbook's table style): the table takes the keyboard focus to scroll.
    { class: 'db-improvements', tabindex: 0 },
    h('caption', { tabindex: -1 }, 'Improvement plan'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        IMPROVEMENT_PLAN_COLUMNS.map((t) => h('th', { scope: 'col' }, t)),
        h('th', { scope: 'col', class: 'db-screen-only' }, 'Remove'),
      ),
    ),
    body,
  );
  const add = h(
    'button',
    {
      type: 'button',
      class: 'db-button db-screen-only',
      onclick: () => {
        rows.push({
          id: `ip-${rows.length + 1}`,
          objective: '',
          issue: '',
          correctiveAction: '',
          responsibleRole: roles[0]?.id ?? '',
          dueDate: '',
        });
        save();
        render();
        body.querySelector<HTMLElement>('tr:last-child textarea')?.focus();
      },
    },
    'Add a row',
  );
  render();
  return h('div', {}, table, h('p', {}, add));
}
