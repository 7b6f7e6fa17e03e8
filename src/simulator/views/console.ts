/**
 * `<db-console>`: the facilitator console of the session in the URL hash. Maps clicks to store
 * commands and renders the store's state; a frame timer moves the clock display and lets the
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
import { sessionFile } from '../session-file.ts';
import { toMselCsv } from '../../engine/msel.ts';

const section = (id: string, title: string, ...body: (Node | string)[]) =>
  h('section', { class: `db-panel db-${id}`, 'aria-labelledby': `db-${id}-h` }, h('h2', { id: `db-${id}-h`, tabindex: -1 }, title), ...body);

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
        const roleName = (id: string) => plan.roles.find((r) => r.id === id)?.name ?? id;
        const sessionId = snap0.session.id;
        document.title = `Console: ${scenario.title}`;

        const clock = clockBar(store, sessionId);
        const message = h('div', { class: 'db-message', role: 'alert' });
        const decisions = h('div');
        const feed = h('div');
        const notes = h('div');
        const contingencies = h('div');
        const expectations = h('div', { id: 'db-expectations-body' });
        const toggle = h('button', { type: 'button', class: 'db-button', 'aria-expanded': 'true', 'aria-controls': 'db-expectations-body' }, 'Hide expectations');
        toggle.addEventListener('click', () => {
          const show = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(show));
          toggle.textContent = show ? 'Hide expectations' : 'Show expectations';
          expectations.hidden = !show;
        });
        const upcoming = scenario.injects.filter((i) => i.notes);
        const questions = questionsPane(store, (id) => plan.roles.find((r) => r.id === id)?.name ?? plan.teams.find((t) => t.id === id)?.name ?? id);
        const writing = () => [...clock.writing, decisions, ...this.querySelectorAll('.db-scribe, .db-contingency, .db-adhoc, .db-questions')];
        const readOnly = readOnlyNotice(store, writing, () => clock.writing[0].querySelector('button'));
        fill(
          this,
          h('p', { class: 'db-console-title' }, h('strong', {}, scenario.title)),
          clock.bar,
          readOnly.notice,
          message,
          h(
            'div',
            { class: 'db-console-grid' },
            section('decisions', 'Open decisions', decisions),
            section('questions', 'Discussion questions', questions.element),
            section('feed', 'Inject feed', feed),
            section('scribe', 'Scribe log', scribeForm(store), notes),
            section('contingency', 'Contingency injects', contingencies),
            section('adhoc', 'Ad-hoc inject', adHocForm(store, scenario, roleName)),
            section(
              'notes',
              'Facilitator notes',
              scenario.facilitatorNotes ? markdown(scenario.facilitatorNotes) : h('p', {}, 'The scenario has no general notes.'),
              upcoming.length ? h('dl', {}, upcoming.flatMap((i) => [h('dt', {}, `${i.at ?? 'trigger'} · ${i.subject}`), h('dd', {}, markdown(i.notes!))])) : '',
            ),
            section('expectations', 'Expectations', toggle, expectations),
            section(
              'exports',
              'Export',
              h('p', {}, h('button', { type: 'button', class: 'db-button', onclick: () => download(`drillbook-session-${scenario.id}-${sessionId}.json`, sessionFile(store.get().session), 'application/json') }, 'Export session file')),
              h('p', {}, h('button', { type: 'button', class: 'db-button', onclick: () => download(`msel-${scenario.id}.csv`, toMselCsv(scenario), 'text/csv') }, 'Download the MSEL (CSV)')),
            ),
          ),
        );

        const unsubscribe = store.subscribe((snap) => {
          const { state } = snap;
          message.textContent = snap.message ?? '';
          clock.update(snap);
          renderRegion(decisions, () => renderDecisions(store, snap, roleName, scenario.roles));
          renderRegion(feed, () => [renderInjectFeed(state, { roleName, facilitator: true })]);
          renderRegion(notes, () => [
            state.notes.length ? h('ol', { class: 'db-notes', reversed: true }, [...state.notes].reverse().map((n) => h('li', {}, h('span', { class: 'db-time' }, formatClock(n.at)), ` ${n.text}`))) : h('p', { class: 'db-empty' }, 'No notes yet.'),
          ]);
          renderRegion(contingencies, () => renderContingencies(store, snap));
          questions.update(snap);
          renderRegion(expectations, () => [renderExpectations(plan, state, refs, roleName)]);
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
      }

      /** Stops the frame timer, the listeners and the store subscription, and gives up the writer lock. */
      disconnectedCallback() {
        this.#life?.end();
      }
    },
  );
}
