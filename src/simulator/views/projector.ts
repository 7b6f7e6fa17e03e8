/**
 * `<db-projector>`: what participants see on the big screen — the scenario clock, the question
 * open now with its options, the current module's discussion questions, and the injects delivered
 * so far. It only reads: it re-reads the saved session whenever the console says it changed, and
 * never shows facilitator notes, expectations, recorded answers or observations. Opened from a
 * projector link (`?relay=…#<room>.<key>`, any browser) it shows the relay room instead
 * (projector-room.ts).
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { openDecisions } from '../../engine/selectors.ts';
import { h, fill } from './dom.ts';
import { openSession } from './open-session.ts';
import { renderRegion } from './region.ts';
import { lifetime, type Lifetime } from './lifetime.ts';
import { renderInjectFeed } from './inject-feed.ts';
import { readTally, tallyKey } from '../room/inbox.ts';
import { readKey } from '../../browser-storage/keys.ts';
import { partyName } from '../names.ts';
import { isProjectorLink, readProjectorLink } from '../participant/join-link.ts';
import { currentModule } from '../../engine/discussion.ts';
import { scenarioQuestions } from '../../plan/scenario-modules.ts';

const STATUS = { ready: 'Starting soon', running: '', paused: 'Paused', ended: 'Exercise ended' };

/** Defines `<db-projector>`. */
export function defineProjector(): void {
  customElements.define(
    'db-projector',
    class extends HTMLElement {
      #life?: Lifetime;

      async connectedCallback() {
        const life = (this.#life = lifetime());
        // A projector link (the room's PC): the room's projection through the relay, loaded on demand.
        if (isProjectorLink(location.href)) {
          const link = readProjectorLink(location.href);
          if (!link.ok) return fill(this, h('p', { class: 'db-message', role: 'alert' }, link.reason));
          const { projectRoom } = await import('./projector-room.ts');
          if (!life.ended) life.add(projectRoom(this, link.target));
          return;
        }
        const opened = await openSession(this);
        if (!opened) return;
        life.add(opened.close);
        if (life.ended) return;
        const { plan, store, sync } = opened;
        const { session } = store.get();
        const roleName = partyName(plan);
        document.title = `Projector: ${session.title}`;
        const clock = h('p', { class: 'db-projector-clock', role: 'timer', 'aria-label': 'Scenario clock' });
        const status = h('p', { class: 'db-projector-status', role: 'status' });
        const question = h('section', { class: 'db-projector-question', 'aria-labelledby': 'db-question-h' });
        const feed = h('section', { class: 'db-projector-feed', 'aria-labelledby': 'db-feed-h' });
        const discussion = h('section', { class: 'db-projector-discussion', 'aria-labelledby': 'db-discussion-h' });
        const questions = scenarioQuestions(session.scenario);
        // The injects (newest first) beside the questions, so the latest inject is on top of the screen.
        fill(
          this,
          h(
            'div',
            { class: 'db-projector-top' },
            h('p', { class: 'db-projector-title' }, session.title),
            clock,
            status,
          ),
          h('div', { class: 'db-projector-room' }, feed, h('div', {}, question, discussion)),
        );
        let tally = readTally(readKey(localStorage, tallyKey(session.id)));
        const votes = (d: string, o: string) =>
          tally[d]?.[o] ? ` (${tally[d][o]} vote${tally[d][o] === 1 ? '' : 's'})` : '';
        const unsubscribe = store.subscribe(({ state }) => {
          status.textContent = STATUS[state.status];
          const open = openDecisions(state);
          renderRegion(question, () => [
            h('h2', { id: 'db-question-h' }, open.length === 1 ? 'Question' : 'Questions'),
            open.length
              ? h(
                  'ul',
                  { class: 'db-questions' },
                  open.map(({ decision: d }) =>
                    h(
                      'li',
                      {},
                      h('p', { class: 'db-question' }, d.prompt),
                      h(
                        'ul',
                        {},
                        d.options.map((o) => h('li', {}, o.label, votes(d.id, o.id))),
                      ),
                    ),
                  ),
                )
              : h('p', { class: 'db-empty' }, 'No question is open.'),
          ]);
          // The questions only: answers and observations stay on the facilitator's console.
          const module = currentModule(state);
          const asked = questions.filter((q) => q.module === module?.id);
          renderRegion(discussion, () =>
            asked.length
              ? [
                  h('h2', { id: 'db-discussion-h' }, `Discussion: ${module!.title}`),
                  h(
                    'ol',
                    { class: 'db-questions' },
                    asked.map((q) => h('li', {}, q.text)),
                  ),
                ]
              : [],
          );
          renderRegion(feed, () => [
            h('h2', { id: 'db-feed-h' }, 'Injects'),
            renderInjectFeed(state, { roleName, level: 3 }),
          ]);
        });
        life.add(unsubscribe);
        life.add(sync.listen(session.id, () => store.refresh()));
        life.listen(window, 'storage', (e) => {
          // Participants' votes, tallied by the console of this session (see console-participants.ts).
          if ((e as StorageEvent).key === tallyKey(session.id)) tally = readTally((e as StorageEvent).newValue);
          store.refresh();
        });
        const frame = () => (clock.textContent = formatClock(store.now()));
        frame();
        life.every(250, frame);
      }

      /** Stops the clock timer, the listeners and the store subscription. */
      disconnectedCallback() {
        this.#life?.end();
      }
    },
  );
}
