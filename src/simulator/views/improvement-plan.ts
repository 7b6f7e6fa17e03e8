/**
 * The editable improvement plan on the report: one row per issue with its corrective action,
 * responsible role and due date; rows can be added and removed. Every change is saved through the
 * store (`saveImprovements`), so the plan survives a reload and goes into the exports.
 */
import type { ImprovementRow } from '../../engine/aar.ts';
import type { ExerciseStore } from '../store.ts';
import { h, fill } from './dom.ts';

/** Builds the editor for `initial` rows; `roles` are the plan's roles (id, name). */
export function improvementEditor(store: ExerciseStore, initial: ImprovementRow[], roles: { id: string; name: string }[]): HTMLElement {
  let rows = initial.map((r) => ({ ...r }));
  const body = h('tbody');
  const save = () => store.saveImprovements(rows.map((r) => ({ ...r })));
  const render = () =>
    fill(
      body,
      rows.map((row, i) => {
        const n = i + 1;
        const text = (key: 'issue' | 'correctiveAction', label: string) =>
          h('textarea', { rows: 2, 'aria-label': `${label}, row ${n}`, oninput: (e: Event) => ((row[key] = (e.target as HTMLTextAreaElement).value), save()) }, row[key]);
        const owner = h(
          'select',
          { 'aria-label': `Owner role, row ${n}`, onchange: (e: Event) => ((row.responsibleRole = (e.target as HTMLSelectElement).value), save()) },
          roles.map((r) => h('option', { value: r.id, selected: r.id === row.responsibleRole }, r.name)),
        );
        const due = h('input', { type: 'date', value: row.dueDate, 'aria-label': `Due date, row ${n}`, oninput: (e: Event) => ((row.dueDate = (e.target as HTMLInputElement).value), save()) });
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
        return h('tr', {}, h('td', {}, text('issue', 'Issue')), h('td', {}, text('correctiveAction', 'Corrective action')), h('td', {}, owner), h('td', {}, due), h('td', { class: 'db-screen-only' }, remove));
      }),
    );
  const table = h(
    'table',
    { class: 'db-improvements' },
    h('caption', { tabindex: -1 }, 'Improvement plan'),
    h('thead', {}, h('tr', {}, ['Issue', 'Corrective action', 'Owner role', 'Due date'].map((t) => h('th', { scope: 'col' }, t)), h('th', { scope: 'col', class: 'db-screen-only' }, 'Remove'))),
    body,
  );
  const add = h(
    'button',
    {
      type: 'button',
      class: 'db-button db-screen-only',
      onclick: () => {
        rows.push({ id: `ip-${rows.length + 1}`, objective: '', issue: '', correctiveAction: '', responsibleRole: roles[0]?.id ?? '', dueDate: '' });
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
