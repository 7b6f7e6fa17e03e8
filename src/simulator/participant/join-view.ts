/**
 * `<db-join>`: a participant's page on their own phone or laptop. It renders what the join
 * controller (join-controller.ts) holds: the join form (a display name and a role of the scenario),
 * then the clock, the injects addressed to that role (and those addressed to every role), the
 * current questions, the decisions that role owns with the room's votes so far, a note to the
 * facilitator, and what they sent with how far each item got. Everything shown comes from the
 * checked projection and is set as text, or as Markdown through the safe renderer.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { isAddressedTo, type ParticipantProjection, type ProjectedInject } from '../../engine/projection.ts';
import { LIMITS } from '../../relay/protocol.ts';
import { h, fill, markdown } from '../views/dom.ts';
import { renderRegion } from '../views/region.ts';
import { readJoinLink } from './join-link.ts';
import { createJoinController, type JoinController, type JoinSnapshot } from './join-controller.ts';
import {
  decisionForm,
  describeSent,
  noteForm,
  questionForm,
  sentState,
  tallyLine,
  type FormActions,
} from './join-forms.ts';

const CONNECTION = {
  connecting: 'Connecting to the exercise…',
  connected: 'Connected.',
  offline: 'Offline: what you send is kept here and sent when the connection returns.',
  refused: 'Not connected.',
};

const injectArticle = (i: ProjectedInject, roleName: (id: string) => string) =>
  h(
    'li',
    {},
    h(
      'article',
      { class: 'db-inject' },
      h(
        'p',
        { class: 'db-inject-meta' },
        `${formatClock(i.at)} · ${i.channel} · from ${i.from} · to ${i.to.map(roleName).join(', ')}`,
      ),
      h('h3', {}, i.subject),
      markdown(i.body),
    ),
  );

/** Defines `<db-join>`. */
export function defineJoin(): void {
  customElements.define(
    'db-join',
    class extends HTMLElement {
      #controller?: JoinController;

      connectedCallback() {
        const link = readJoinLink(location.href);
        if (!link.ok) return fill(this, h('p', { class: 'db-message', role: 'alert' }, link.reason));
        const controller = (this.#controller = createJoinController({ target: link.target, kv: localStorage }));

        const title = h('h2', { class: 'db-join-title' }, 'Joining the exercise');
        const status = h('p', { class: 'db-join-status', role: 'status' });
        const alert = h('p', { class: 'db-message', role: 'alert' });
        const clock = h('p', { class: 'db-join-clock', 'aria-label': 'Scenario clock' });
        const main = h('div');
        const history = h('ul', { class: 'db-join-sent' });
        fill(
          this,
          title,
          status,
          clock,
          alert,
          main,
          h(
            'section',
            { 'aria-labelledby': 'db-join-sent-h' },
            h('h2', { id: 'db-join-sent-h' }, 'What you sent'),
            history,
          ),
        );

        const act: FormActions = {
          send: (body) => void (controller.send(body) || (alert.textContent = 'Join first.')),
          warn: (text) => void (alert.textContent = text),
        };
        // Regions re-rendered from the snapshot; each is left alone unless what it shows changed,
        // so an answer being typed is not wiped by a clock update. The note form is made once.
        const who = h('div');
        const questionsBox = h('section', { 'aria-labelledby': 'db-join-q-h' });
        const decisionsBox = h('section', { 'aria-labelledby': 'db-join-d-h' });
        const injectsBox = h('section', { 'aria-labelledby': 'db-join-i-h' });
        // The tally has its own region, so votes coming in do not redraw a form being filled in.
        const votesBox = h('section', { class: 'db-join-votes', 'aria-live': 'polite' });
        const note = noteForm(act);
        let shown: 'none' | 'form' | 'joined' = 'none';

        const joinForm = (p: ParticipantProjection, s: JoinSnapshot) => {
          const name = h('input', {
            id: 'db-join-name',
            name: 'name',
            required: true,
            maxlength: LIMITS.name,
            autocomplete: 'nickname',
            value: s.identity?.name ?? '',
          });
          const role = h(
            'select',
            { id: 'db-join-role', name: 'role', required: true },
            p.roles.map((r) => h('option', { value: r.id, selected: r.id === s.identity?.role }, r.name)),
          );
          const form = h(
            'form',
            { class: 'db-panel db-join-form' },
            h('p', {}, 'Give the name others know you by, and the role you play in this exercise.'),
            h('label', { for: 'db-join-name' }, 'Your name'),
            name,
            h('label', { for: 'db-join-role' }, 'Your role'),
            role,
            h('button', { type: 'submit', class: 'db-button db-primary' }, 'Join'),
          );
          form.addEventListener('submit', (e) => {
            e.preventDefault();
            const problem = controller.join(name.value, role.value);
            if (problem) return void (alert.textContent = problem);
            shown = 'none';
            render(controller.get());
          });
          return form;
        };
        const showJoinForm = (p: ParticipantProjection, s: JoinSnapshot) => {
          shown = 'form';
          fill(main, joinForm(p, s));
        };

        const render = (s: JoinSnapshot) => {
          status.textContent = CONNECTION[s.connection];
          if (s.refused && s.connection === 'refused') alert.textContent = s.refused;
          else if (s.problem) alert.textContent = s.problem;
          const p = s.projection;
          renderRegion(history, () =>
            s.sent.length
              ? s.sent.map((item) =>
                  h(
                    'li',
                    {},
                    describeSent(item.body, p),
                    h('span', { class: 'db-join-state' }, ` — ${sentState(item)}`),
                  ),
                )
              : [h('li', { class: 'db-empty' }, 'Nothing yet.')],
          );
          if (!p) return;
          const roleName = (id: string) => p.roles.find((r) => r.id === id)?.name ?? 'another role';
          title.textContent = p.title;
          clock.textContent = `Scenario time ${formatClock(p.now)}${p.status === 'paused' ? ' (paused)' : p.status === 'ended' ? ' (ended)' : ''}`;
          const me = s.identity;
          if (!me) return shown === 'form' ? undefined : showJoinForm(p, s);
          if (shown === 'form') return;
          if (shown !== 'joined') {
            shown = 'joined';
            fill(main, who, questionsBox, decisionsBox, votesBox, note, injectsBox);
          }
          const everyone = (to: string[]) => p.roles.every((r) => to.includes(r.id));
          const mine = p.injects.filter((i) => isAddressedTo(i.to, [me.role]) || everyone(i.to)).reverse();
          const decisions = p.decisions.filter((d) => d.owner === me.role);
          const asked = p.questions.filter((q) => q.roles.length === 0 || q.roles.includes(me.role));
          renderRegion(who, () => [
            h(
              'p',
              { class: 'db-join-who' },
              `You are ${me.name}, ${roleName(me.role)}. `,
              h('button', { type: 'button', class: 'db-button', onclick: () => showJoinForm(p, s) }, 'Change'),
            ),
          ]);
          renderRegion(questionsBox, () => [
            h('h2', { id: 'db-join-q-h' }, p.module ? `Discussion: ${p.module.title}` : 'Discussion questions'),
            ...(asked.length
              ? asked.map((q) => questionForm(q, act))
              : [h('p', { class: 'db-empty' }, 'No question is open for your role.')]),
          ]);
          renderRegion(decisionsBox, () => [
            h('h2', { id: 'db-join-d-h' }, 'Decisions for your role'),
            ...(decisions.length
              ? decisions.map((d) => decisionForm(d, act))
              : [h('p', { class: 'db-empty' }, 'No decision is open for your role.')]),
          ]);
          const tallies = p.decisions.map((d) => tallyLine(d, p.tallies)).filter((line) => line !== undefined);
          renderRegion(votesBox, () =>
            tallies.length
              ? [
                  h('h2', {}, 'Votes in the room'),
                  h(
                    'ul',
                    {},
                    tallies.map((line) => h('li', {}, line)),
                  ),
                ]
              : [],
          );
          renderRegion(injectsBox, () => [
            h('h2', { id: 'db-join-i-h' }, 'Injects for you'),
            mine.length
              ? h(
                  'ol',
                  { class: 'db-feed', reversed: true },
                  mine.map((i) => injectArticle(i, roleName)),
                )
              : h('p', { class: 'db-empty' }, 'Nothing has arrived for your role yet.'),
          ]);
        };
        controller.subscribe(render);
        render(controller.get());
      }

      disconnectedCallback() {
        this.#controller?.destroy();
      }
    },
  );
}
