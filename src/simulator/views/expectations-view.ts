/**
 * The facilitator's live view of what the plan expects and how each expectation stands now
 * (engine `evaluate`), each linked to its plan clause in the handbook, with the evaluator's review
 * controls (confirm or change an outcome, mark an activity done by a role). Console only.
 */
import type { PlanModel } from '../../plan/model.ts';
import type { ResolvedRef } from '../../plan/refs.ts';
import { evaluate } from '../../engine/expectations.ts';
import { count, dueWords, STATUS_LABEL, statusWords } from '../../engine/status-words.ts';
import type { ExerciseStore } from '../store.ts';
import { reviewControls } from './review-controls.ts';
import type { ExerciseState } from '../../engine/state.ts';
import { h } from './dom.ts';

/** A link to the handbook page of `clause`, or its text when the handbook has no page for it. */
export function clauseLink(refs: Map<string, ResolvedRef>, clause: string | undefined): Node | string {
  if (!clause) return 'scenario';
  const r = refs.get(clause);
  return r ? h('a', { href: r.href }, r.name) : clause;
}

/** The expectations table; with a store, each row has the evaluator's review controls (reviewControls). */
export function renderExpectations(
  plan: PlanModel,
  state: ExerciseState,
  refs: Map<string, ResolvedRef>,
  roleName: (id: string) => string,
  store?: ExerciseStore,
): Node {
  const list = evaluate(plan, state);
  if (!list.length)
    return h('p', { class: 'db-empty' }, 'Nothing is expected yet: expectations appear as the scenario reveals facts.');
  return h(
    'table',
    { class: 'db-expectations-table' },
    h('caption', {}, `${count(list.length, 'expectation')}, ${list.filter((e) => e.status === 'met').length} met`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Expectation', 'Owner', 'Deadline', 'Status', 'Plan clause', ...(store ? ['Evaluator'] : [])].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      list.map((e) =>
        h(
          'tr',
          { class: `db-status-${e.status}` },
          h('td', {}, e.description),
          h('td', {}, e.owner ? roleName(e.owner) : '—'),
          h('td', {}, dueWords(e)),
          h('td', {}, e.computed ? `${statusWords(e)} (computed: ${STATUS_LABEL[e.computed]})` : statusWords(e)),
          h('td', {}, clauseLink(refs, e.clause)),
          store && h('td', {}, reviewControls(store, e, state.scenario.roles, roleName, state.status === 'ended')),
        ),
      ),
    ),
  );
}
