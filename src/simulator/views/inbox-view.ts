/**
 * The console's inbox of participant submissions, drawn incrementally: an entry's list item is made
 * once, when it arrives, and removed when it is accepted or dismissed, so a crowd sending twenty a
 * second costs the console the new items only (redrawing every waiting entry at every batch fell
 * behind). The vote tally below it is redrawn only when it changes.
 */
import { scenarioQuestions } from '../../plan/scenario-modules.ts';
import type { InboxEntry } from '../../relay/protocol.ts';
import type { ExerciseStore } from '../store.ts';
import { acceptance, describeEntry, tallyVotes, waiting } from '../room/inbox.ts';
import type { RoomSnapshot } from '../room/room-controller.ts';
import { h } from './dom.ts';
import { renderRegion } from './region.ts';

/** What the inbox does with an entry: accept it into the log, or dismiss it. */
export interface InboxActions {
  take(entry: InboxEntry): void;
  dismiss(id: string): void;
}

/** The inbox element and `render`, to call with each room snapshot. */
export function inboxView(store: ExerciseStore, roleName: (id: string) => string, act: InboxActions) {
  const heading = h('h3', {});
  const list = h('ul', { class: 'db-inbox-list' });
  const empty = h('p', { class: 'db-empty' }, 'Nothing waiting.');
  const tallyBox = h('div');
  const element = h('div', { class: 'db-inbox', hidden: true }, heading, list, empty, tallyBox);
  const items = new Map<string, HTMLLIElement>();
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
  const scenario = () => store.get().state.scenario;

  const item = (e: InboxEntry) => {
    const decisions = scenario().injects.flatMap((i) => i.decisions);
    const questions = scenarioQuestions(scenario());
    const what = describeEntry(e, decisions, (id) => questions.find((q) => q.id === id)?.text);
    return h(
      'li',
      { class: 'db-inbox-entry' },
      h(
        'p',
        {},
        h('strong', {}, e.from.name),
        ` (${roleName(e.from.role)}, ${time.format(new Date(e.received))}) ${what}`,
      ),
      acceptance(e, roleName) &&
        h(
          'button',
          { type: 'button', class: 'db-button', 'data-accept': e.id, onclick: () => act.take(e) },
          'Accept into the log',
        ),
      ' ',
      h(
        'button',
        { type: 'button', class: 'db-button', 'data-dismiss': e.id, onclick: () => act.dismiss(e.id) },
        'Dismiss',
      ),
    );
  };

  let tallied = '';
  const render = (s: RoomSnapshot) => {
    element.hidden = !s.keys;
    if (!s.keys) return;
    const open = waiting(s.entries, new Set(s.keys.handled));
    const keep = new Set(open.map((e) => e.id));
    for (const [id, li] of items) if (!keep.has(id)) (li.remove(), items.delete(id));
    const fresh = open.filter((e) => !items.has(e.id)).map((e) => [e.id, item(e)] as const);
    fresh.forEach(([id, li]) => items.set(id, li));
    list.append(...fresh.map(([, li]) => li));
    heading.textContent = `Inbox (${open.length} waiting)`;
    list.hidden = open.length === 0;
    empty.hidden = open.length > 0;
    const tally = tallyVotes(s.entries);
    if (JSON.stringify(tally) === tallied) return;
    tallied = JSON.stringify(tally);
    const decisions = scenario().injects.flatMap((i) => i.decisions);
    renderRegion(tallyBox, () =>
      Object.keys(tally).length
        ? [
            h(
              'div',
              { class: 'db-tally' },
              h('h3', {}, 'Votes'),
              Object.entries(tally).map(([decision, votes]) => {
                const d = decisions.find((x) => x.id === decision);
                return h(
                  'p',
                  {},
                  `${d?.prompt ?? 'A decision no longer open'}: `,
                  d?.options.map((o) => `${o.label} ${votes[o.id] ?? 0}`).join(' · ') ?? '',
                );
              }),
            ),
          ]
        : [],
    );
  };
  return { element, render };
}
