/**
 * `<db-console>`: the facilitator console of the session in the URL hash. Maps clicks and
 * keyboard shortcuts to store commands and renders the store's state. Laid out for one laptop screen
 * (1366×768) without scrolling the page: the clock bar across the top, then the inject feed (latest
 * first, its notes revealed with it), the current module's discussion questions above the open
 * decisions, and the tools as tabs (scribe log, ad-hoc and contingency injects, expectations,
 * scenario notes and exports); each pane scrolls on its own. a frame timer moves the clock display and lets the
 * store save a tick when a minute passes or an inject falls due. A second console of the same
 * session is read-only: it follows the saved log, like the projector, until it takes over.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { indexRefs } from '../../plan/refs.ts';
import { h, fill, markdown, download } from './dom.ts';
import { openSession } from './open-session.ts';
import { renderRegion } from './region.ts';
import { lifetime, type Lifetime } from './lifetime.ts';
import { clockBar } from './console-clock.ts';
import { renderDecisions } from './console-decisions.ts';
import { adHocForm, renderContingencies, scribeForm } from './console-forms.ts';
import { renderExpectations } from './expectations-view.ts';
import { renderInjectFeed } from './inject-feed.ts';
import { questionsPane } from './console-questions.ts';
import { readOnlyNotice } from './read-only.ts';
import { tabbedPanes } from './tabs.ts';
import { shortcutLegend, shortcutListener, type Shortcut } from './console-shortcuts.ts';
import { sessionFile } from '../session-file.ts';
import { toMselCsv } from '../../engine/msel.ts';
import { participantsPane } from './console-participants.ts';
import { partyName } from '../names.ts';

/** A pane: a titled section that scrolls on its own (focusable, so the keyboard can scroll it too). */
const pane = (id: string, title: string, ...body: (Node | string)[]) =>
  h(
    'section',
    { class: `db-panel db-pane db-${id}`, id, 'aria-labelledby': `db-${id}-h`, tabindex: 0 },
    h('h2', { id: `db-${id}-h`, tabindex: -1 }, title),
    ...body,
  );

/** Defines `<db-console>`. */
export function defineConsole(): void {
  customElements.define(
    'db-console',
    class extends HTMLElement {
      #life?: Lifetime;

      async connectedCallback() {
        const life = (this.#life = lifetime());
        const opened = await openSession(this, { writer: true });
        if (!opened) return;
        life.add(opened.close);
        if (life.ended) return;
        const { plan, store, sync } = opened;
        const snap0 = store.get();
        const scenario = snap0.session.scenario;
        const refs = indexRefs(plan);
        const roleName = partyName(plan);
        const sessionId = snap0.session.id;
        document.title = `Console: ${scenario.title}`;

        const clock = clockBar(store, sessionId, scenario.title);
        const message = h('div', { class: 'db-message', role: 'alert' });
        const decisions = h('div');
        const feed = h('div');
        // The discussion questions of the module now running, with an answer form each.
        const questions = questionsPane(store, roleName);
        const notes = h('div');
        const contingencies = h('div');
        const expectations = h('div', { class: 'db-expectations-body' });
        const participants = participantsPane(store, sessionId, roleName, '/');
        life.add(participants.close);
        const tools = tabbedPanes(
          'Console tools',
          [
            { id: 'scribe', title: 'Scribe log', body: [scribeForm(store), notes] },
            { id: 'adhoc', title: 'Ad-hoc inject', body: [adHocForm(store, scenario, roleName)] },
            { id: 'contingency', title: 'Contingency injects', body: [contingencies] },
            { id: 'expectations', title: 'Expectations', body: [expectations] },
            { id: 'participants', title: 'Participants', body: [participants.body], opened: participants.opened },
            {
              id: 'more',
              title: 'Notes & export',
              body: [
                scenario.facilitatorNotes
                  ? h(
                      'details',
                      { class: 'db-general-notes' },
                      h('summary', {}, 'General facilitator notes'),
                      markdown(scenario.facilitatorNotes),
                    )
                  : h('p', {}, 'The scenario has no general notes. Each inject’s notes appear with it in the feed.'),
                h(
                  'p',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'db-button',
                      onclick: () =>
                        download(
                          `drillbook-session-${scenario.id}-${sessionId}.json`,
                          sessionFile(store.get().session),
                          'application/json',
                        ),
                    },
                    'Export session file',
                  ),
                ),
                h(
                  'p',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'db-button',
                      onclick: () => download(`msel-${scenario.id}.csv`, toMselCsv(scenario), 'text/csv'),
                    },
                    'Download the MSEL (CSV)',
                  ),
                ),
              ],
            },
          ],
          'scribe',
        );
        // Submissions waiting in the inbox, counted on the Participants tab and in the clock bar.
        const waitingNote = h('button', {
          type: 'button',
          class: 'db-button db-clock-waiting',
          hidden: true,
          onclick: () => tools.select('participants', true),
        });
        clock.bar.append(waitingNote);
        life.add(
          participants.onWaiting((waiting, room) => {
            tools.retitle('participants', waiting ? `Participants (${waiting} waiting)` : 'Participants');
            waitingNote.hidden = !room || waiting === 0;
            waitingNote.textContent = `${waiting} submission${waiting === 1 ? '' : 's'} waiting`;
          }),
        );
        const focusFirst = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector)?.focus();
        const press = (name: RegExp) =>
          [...clock.bar.querySelectorAll<HTMLButtonElement>('.db-clock-controls button')]
            .find((b) => name.test(b.textContent ?? '') && !b.disabled)
            ?.click();
        const shortcuts: Shortcut[] = [
          { key: 'p', label: 'start, pause or resume', run: () => press(/^(Start|Pause|Resume)$/) },
          { key: 'j', label: 'jump to the next inject', run: () => press(/^Jump/) },
          { key: 'i', label: 'latest inject', run: () => focusFirst(this, '.db-feed-pane') },
          { key: 'q', label: 'questions', run: () => focusFirst(this, '#questions') },
          {
            key: 'd',
            label: 'first open decision',
            run: () => focusFirst(decisions, 'input[type="radio"]') ?? focusFirst(this, '#decisions'),
          },
          { key: 'n', label: 'scribe note', run: () => (tools.select('scribe'), focusFirst(this, '#db-scribe-text')) },
          {
            key: 'a',
            label: 'ad-hoc inject',
            run: () => (tools.select('adhoc'), focusFirst(this, '#db-adhoc-subject')),
          },
          { key: 'e', label: 'expectations', run: () => tools.select('expectations', true) },
        ];
        const writing = () => [
          ...clock.writing,
          decisions,
          ...this.querySelectorAll('.db-scribe, .db-contingency, .db-adhoc, .db-questions'),
        ];
        const readOnly = readOnlyNotice(store, writing, () => clock.writing[0].querySelector('button'));
        fill(
          this,
          clock.bar,
          shortcutLegend(shortcuts, '← → between tabs'),
          readOnly.notice,
          message,
          h(
            'div',
            { class: 'db-console-grid' },
            pane('feed-pane', 'Inject feed', feed),
            h(
              'div',
              { class: 'db-console-column' },
              pane('questions', 'Discussion questions', questions.element),
              pane('decisions', 'Open decisions', decisions),
            ),
            h('section', { class: 'db-panel db-tools', 'aria-label': 'Console tools' }, tools.element),
          ),
        );

        const unsubscribe = store.subscribe((snap) => {
          const { state } = snap;
          message.textContent = snap.message ?? '';
          clock.update(snap);
          renderRegion(decisions, () => renderDecisions(store, snap, roleName, scenario.roles, plan));
          renderRegion(feed, () => [renderInjectFeed(state, { roleName, facilitator: true })]);
          renderRegion(notes, () => [
            state.notes.length
              ? h(
                  'ol',
                  { class: 'db-notes', reversed: true },
                  [...state.notes]
                    .reverse()
                    .map((n) => h('li', {}, h('span', { class: 'db-time' }, formatClock(n.at)), ` ${n.text}`)),
                )
              : h('p', { class: 'db-empty' }, 'No notes yet.'),
          ]);
          renderRegion(contingencies, () => renderContingencies(store, snap));
          questions.update(snap);
          renderRegion(expectations, () => [renderExpectations(plan, state, refs, roleName, store)]);
          readOnly.update(snap);
        });
        life.add(unsubscribe);
        // A read-only console follows the writer window as the projector does.
        const follow = () => store.get().readOnly && store.refresh();
        life.add(sync.listen(sessionId, follow));
        life.listen(window, 'storage', follow);
        const frame = () => {
          store.tick();
          clock.update(store.get());
          readOnly.update(store.get());
        };
        life.every(250, frame);
        life.listen(window, 'hashchange', () => location.reload());
        life.listen(document, 'keydown', shortcutListener(shortcuts) as (e: Event) => void);
      }

      /** Stops the frame timer, the listeners and the store subscription, and gives up the writer lock. */
      disconnectedCallback() {
        this.#life?.end();
      }
    },
  );
}
