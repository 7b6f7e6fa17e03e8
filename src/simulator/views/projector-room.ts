/**
 * The projector view of a relay room, for the room's screen (any browser, no saved session): it
 * reads the projection the console publishes, with the projector link's key, checked against its
 * schema. The latest inject on top, then the open decisions with the room's votes and the current
 * discussion questions, then the earlier injects. The projection holds no facilitator notes,
 * expectations, answers or scores, so none can show here.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import type { ParticipantProjection, ProjectedInject } from '../../engine/projection.ts';
import { watchRoom } from '../../relay/projector-client.ts';
import { participantProjectionSchema } from '../../relay/protocol.ts';
import type { ProjectorTarget } from '../participant/join-link.ts';
import { h, fill, markdown } from './dom.ts';
import { renderRegion } from './region.ts';

const STATUS = { ready: 'Starting soon', running: '', paused: 'Paused', ended: 'Exercise ended' };

const inject = (i: ProjectedInject, name: (id: string) => string, latest: boolean) =>
  h(
    'article',
    { class: latest ? 'db-inject db-latest' : 'db-inject' },
    h(
      'p',
      { class: 'db-inject-meta' },
      latest && h('span', { class: 'db-latest-tag' }, 'Latest · '),
      `${formatClock(i.at)} · ${i.channel} · from ${i.from} · to ${i.to.map(name).join(', ')}`,
    ),
    h(latest ? 'h2' : 'h3', {}, i.subject),
    markdown(i.body),
  );

/** Fills `host` with the room's projection as it changes; returns a function that stops. */
export function projectRoom(host: HTMLElement, target: ProjectorTarget): () => void {
  const status = h('p', { class: 'db-projector-status', role: 'status' }, 'Connecting to the room…');
  const alert = h('p', { class: 'db-message', role: 'alert' });
  const title = h('p', { class: 'db-projector-title' });
  const clock = h('p', { class: 'db-projector-clock', 'aria-label': 'Scenario clock' });
  const latest = h('section', { class: 'db-projector-latest', 'aria-label': 'Latest inject' });
  const questions = h('section', { class: 'db-projector-question', 'aria-labelledby': 'db-question-h' });
  const earlier = h('section', { class: 'db-projector-feed', 'aria-labelledby': 'db-feed-h' });
  fill(
    host,
    h('div', { class: 'db-projector-top' }, title, clock, status),
    alert,
    h('div', { class: 'db-projector-room' }, latest, questions),
    earlier,
  );

  const render = (p: ParticipantProjection) => {
    const name = (id: string) => p.roles.find((r) => r.id === id)?.name ?? 'another role';
    document.title = `Projector: ${p.title}`;
    title.textContent = p.title;
    clock.textContent = formatClock(p.now);
    status.textContent = STATUS[p.status];
    const injects = [...p.injects].reverse();
    renderRegion(latest, () =>
      injects.length
        ? [inject(injects[0], name, true)]
        : [h('p', { class: 'db-empty' }, 'No inject has been delivered yet.')],
    );
    renderRegion(questions, () => [
      h('h2', { id: 'db-question-h' }, p.decisions.length === 1 ? 'Question' : 'Questions'),
      p.decisions.length
        ? h(
            'ul',
            { class: 'db-questions' },
            p.decisions.map((d) => {
              const votes = p.tallies[d.id] ?? {};
              const count = (o: string) => (votes[o] ? ` (${votes[o]} vote${votes[o] === 1 ? '' : 's'})` : '');
              return h(
                'li',
                {},
                h('p', { class: 'db-question' }, d.prompt),
                h(
                  'ul',
                  {},
                  d.options.map((o) => h('li', {}, o.label, count(o.id))),
                ),
              );
            }),
          )
        : h('p', { class: 'db-empty' }, 'No question is open.'),
      p.module && p.questions.length > 0 && h('h2', { id: 'db-discussion-h' }, `Discussion: ${p.module.title}`),
      p.module &&
        p.questions.length > 0 &&
        h(
          'ol',
          { class: 'db-questions' },
          p.questions.map((q) => h('li', {}, q.text)),
        ),
    ]);
    renderRegion(earlier, () =>
      injects.length > 1
        ? [
            h('h2', { id: 'db-feed-h' }, 'Earlier injects'),
            h(
              'ol',
              { class: 'db-feed' },
              injects.slice(1).map((i) => h('li', {}, inject(i, name, false))),
            ),
          ]
        : [],
    );
  };

  return watchRoom({
    url: target.relay,
    room: target.room,
    key: target.key,
    onStatus: (up) => (status.textContent = up ? '' : 'The relay is not reachable; retrying.'),
    onRefused: (reason) => (alert.textContent = reason),
    onProjection: (raw) => {
      const read = participantProjectionSchema.safeParse(raw);
      if (read.success) {
        alert.textContent = '';
        render(read.data);
      } else if (Object.keys(raw).length >= Object.keys(participantProjectionSchema.shape).length) {
        alert.textContent = 'The console sent something this screen cannot read: reload the page.';
      }
    },
  });
}
