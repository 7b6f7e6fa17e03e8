/**
 * The open decision points, one form each: the question, its options as radio buttons, the role
 * that takes it (the owner's role preselected: a team's lead role, never a team), a rationale, and a free-text answer when the decision asks
 * for one. Submitting records `decision/take` through the store.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { openDecisions } from '../../engine/selectors.ts';
import type { ExerciseStore, StoreSnapshot } from '../store.ts';
import { h } from './dom.ts';
import type { PlanModel } from '../../plan/model.ts';
import { leadRole } from '../../engine/owners.ts';

/** The decision forms of `snap`. */
export function renderDecisions(
  store: ExerciseStore,
  snap: StoreSnapshot,
  roleName: (id: string) => string,
  roles: string[],
  plan?: PlanModel,
): (Node | string)[] {
  const open = openDecisions(snap.state);
  if (!open.length) return [h('p', { class: 'db-empty' }, 'No decision is open.')];
  return open.map(({ decision: d, openedAt }) => {
    const id = `db-decision-${d.id}`;
    // A role takes the decision, never a team: a team's decision preselects the role that leads for it.
    const lead = plan ? leadRole(plan, snap.state.scenario, d.owner) : d.owner;
    const by = h(
      'select',
      { id: `${id}-by`, name: 'by' },
      [...new Set([lead, ...roles])].map((r) => h('option', { value: r, selected: r === lead }, roleName(r))),
    );
    const rationale = h('textarea', { id: `${id}-rationale`, name: 'rationale', rows: 2 });
    const text = d.freeText ? h('textarea', { id: `${id}-text`, name: 'text', rows: 2 }) : undefined;
    const form = h(
      'form',
      {
        class: 'db-decision',
        'aria-labelledby': `${id}-prompt`,
        onsubmit: (e: Event) => {
          e.preventDefault();
          const option = form.querySelector<HTMLInputElement>('input[name="option"]:checked')?.value;
          if (!option) return void form.querySelector<HTMLInputElement>('input[name="option"]')?.focus();
          store.decide({
            decision: d.id,
            option,
            by: by.value,
            ...(rationale.value.trim() ? { rationale: rationale.value.trim() } : {}),
            ...(text?.value.trim() ? { text: text.value.trim() } : {}),
          });
        },
      },
      h('h3', { id: `${id}-prompt`, tabindex: -1 }, d.prompt),
      h('p', { class: 'db-meta' }, `Opened at ${formatClock(openedAt)} · owner ${roleName(d.owner)}`),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Options'),
        d.options.map((o) =>
          h(
            'label',
            { class: 'db-option' },
            h('input', { type: 'radio', name: 'option', value: o.id, required: true }),
            ` ${o.label}`,
          ),
        ),
      ),
      h('p', {}, h('label', { for: `${id}-by` }, 'Taken by '), by),
      h('p', {}, h('label', { for: `${id}-rationale` }, 'Rationale'), rationale),
      text && h('p', {}, h('label', { for: `${id}-text` }, 'Answer'), text),
      h('button', { type: 'submit', class: 'db-button db-primary' }, 'Record decision'),
    );
    return form;
  });
}
