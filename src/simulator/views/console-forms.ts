/**
 * The console's input forms, built once so typing is never interrupted: the scribe log (free
 * notes for the timeline) and the ad-hoc inject; and the contingency injects, re-rendered as they
 * are used.
 */
import type { Scenario } from '../../plan/scenario.ts';
import { contingencyInjects } from '../../engine/selectors.ts';
import type { ExerciseStore, StoreSnapshot } from '../store.ts';
import { h } from './dom.ts';

const CHANNELS = ['email', 'phone', 'chat', 'news', 'ticket'] as const;

/** The scribe's note form. */
export function scribeForm(store: ExerciseStore): HTMLFormElement {
  const text = h('textarea', { id: 'db-scribe-text', rows: 3, required: true });
  const form = h(
    'form',
    {
      'aria-label': 'Scribe log',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!text.value.trim()) return;
        const before = store.get().state.notes.length;
        store.note(text.value.trim(), 'scribe');
        if (store.get().state.notes.length > before) text.value = '';
      },
    },
    h('p', {}, h('label', { for: 'db-scribe-text' }, 'Scribe note'), text),
    h('button', { type: 'submit', class: 'db-button' }, 'Add note'),
  );
  return form;
}

/** The ad-hoc inject form: recipients, channel, sender, subject, body. */
export function adHocForm(store: ExerciseStore, scenario: Scenario, roleName: (id: string) => string): HTMLFormElement {
  const field = (id: string, label: string, input: HTMLElement) => h('p', {}, h('label', { for: id }, label), input);
  const channel = h(
    'select',
    { id: 'db-adhoc-channel' },
    CHANNELS.map((c) => h('option', { value: c }, c)),
  );
  const from = h('input', { id: 'db-adhoc-from', required: true, value: 'Facilitator' });
  const subject = h('input', { id: 'db-adhoc-subject', required: true });
  const body = h('textarea', { id: 'db-adhoc-body', rows: 3, required: true });
  const form = h(
    'form',
    {
      'aria-label': 'Ad-hoc inject',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const to = [...form.querySelectorAll<HTMLInputElement>('input[name="to"]:checked')].map((i) => i.value);
        const before = store.get().state.delivered.length;
        store.adHoc({
          to: to.length ? to : scenario.roles,
          channel: channel.value as (typeof CHANNELS)[number],
          from: from.value,
          subject: subject.value,
          body: body.value,
        });
        if (store.get().state.delivered.length > before) form.reset();
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'To (none ticked: everyone)'),
      scenario.roles.map((r) =>
        h('label', { class: 'db-option' }, h('input', { type: 'checkbox', name: 'to', value: r }), ` ${roleName(r)}`),
      ),
    ),
    field('db-adhoc-channel', 'Channel', channel),
    field('db-adhoc-from', 'From', from),
    field('db-adhoc-subject', 'Subject', subject),
    field('db-adhoc-body', 'Message (Markdown)', body),
    h('button', { type: 'submit', class: 'db-button' }, 'Deliver ad-hoc inject'),
  );
  return form;
}

/** The contingency injects still available, each with a "Deliver" button. */
export function renderContingencies(store: ExerciseStore, snap: StoreSnapshot): (Node | string)[] {
  const list = contingencyInjects(snap.state);
  if (!list.length) return [h('p', { class: 'db-empty' }, 'No contingency inject is left.')];
  const closed = snap.state.status === 'ready' || snap.state.status === 'ended';
  return [
    ...(closed
      ? [
          h(
            'p',
            { class: 'db-reason', id: 'db-contingency-reason' },
            snap.state.status === 'ready'
              ? 'Start the exercise to deliver a contingency inject.'
              : 'The exercise has ended: nothing can be delivered.',
          ),
        ]
      : []),
    h(
      'ul',
      { class: 'db-contingencies' },
      list.map((i) =>
        h(
          'li',
          {},
          h('strong', {}, i.subject),
          ` (${i.channel}, from ${i.from}) `,
          h(
            'button',
            {
              type: 'button',
              class: 'db-button',
              disabled: closed,
              'aria-describedby': closed ? 'db-contingency-reason' : undefined,
              'aria-label': `Deliver ${i.subject}`,
              onclick: () => store.deliver(i.id),
            },
            'Deliver',
          ),
        ),
      ),
    ),
  ];
}
