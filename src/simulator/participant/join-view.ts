/**
 * `<db-join>`: a participant's page on their own phone or laptop. It reads the join link, connects
 * to the relay as a participant, asks once for a display name and a role of the scenario, then shows
 * the clock, the injects addressed to that role (and those addressed to every role), the decisions
 * that role owns (vote, or propose an option with a rationale) and a note to the facilitator.
 * Everything shown comes from the projection and is set as text, or as Markdown through the safe
 * renderer; what the participant sends waits in localStorage until the relay acknowledges it.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { isAddressedTo, type ParticipantProjection, type ProjectedDecision, type ProjectedInject, type ProjectedQuestion } from '../../engine/projection.ts';
import { joinRoom, type OutboxStorage, type ParticipantClient } from '../../relay/participant-client.ts';
import { LIMITS, randomId, type SubmissionBody, type SubmitMessage } from '../../relay/protocol.ts';
import { h, fill, markdown } from '../views/dom.ts';
import { renderRegion } from '../views/region.ts';
import { readJoinLink } from './join-link.ts';

interface Identity {
  id: string;
  name: string;
  role: string;
}

const key = (room: string, what: string) => `drillbook.join.${room}.${what}`;
function readJson<T>(k: string): T | undefined {
  try {
    return JSON.parse(localStorage.getItem(k) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}
const outboxIn = (room: string): OutboxStorage => ({
  load: () => readJson<SubmitMessage[]>(key(room, 'outbox')) ?? [],
  save: (pending) => localStorage.setItem(key(room, 'outbox'), JSON.stringify(pending)),
});

const describe = (body: SubmissionBody, p: ParticipantProjection | undefined): string => {
  const decision = (id: string) => p?.decisions.find((d) => d.id === id);
  const option = (d: string, o: string) => decision(d)?.options.find((x) => x.id === o)?.label ?? o;
  switch (body.kind) {
    case 'vote':
      return `Vote on "${decision(body.decision)?.prompt ?? body.decision}": ${option(body.decision, body.option)}`;
    case 'proposal':
      return `Proposal on "${decision(body.decision)?.prompt ?? body.decision}": ${option(body.decision, body.option)}`;
    case 'answer':
      return `Answer to "${p?.questions.find((q) => q.id === body.question)?.text ?? 'a discussion question'}": ${body.text}`;
    case 'note':
      return `Note: ${body.text}`;
  }
};

/** Defines `<db-join>`. */
export function defineJoin(): void {
  customElements.define(
    'db-join',
    class extends HTMLElement {
      #client?: ParticipantClient;

      connectedCallback() {
        const link = readJoinLink(location.href);
        if (!link.ok) return fill(this, h('p', { class: 'db-message', role: 'alert' }, link.reason));
        const { relay, room } = link.target;
        let identity = readJson<Identity>(key(room, 'identity'));
        let projection: ParticipantProjection | undefined;
        const sent = new Map<string, { text: string; state: string }>();

        const status = h('p', { class: 'db-join-status', role: 'status' }, 'Connecting to the exercise…');
        const alert = h('p', { class: 'db-message', role: 'alert' });
        const clock = h('p', { class: 'db-join-clock', 'aria-label': 'Scenario clock' });
        const main = h('div');
        const history = h('ul', { class: 'db-join-sent' });
        fill(this, h('h2', { class: 'db-join-title' }, 'Joining the exercise'), status, clock, alert, main, h('section', { 'aria-labelledby': 'db-join-sent-h' }, h('h2', { id: 'db-join-sent-h' }, 'What you sent'), history));

        const showSent = () =>
          fill(
            history,
            [...sent.entries()].reverse().map(([, s]) => h('li', {}, s.text, h('span', { class: 'db-join-state' }, ` — ${s.state}`))),
            !sent.size && h('li', { class: 'db-empty' }, 'Nothing yet.'),
          );
        const send = (body: SubmissionBody) => {
          if (!this.#client) return;
          const id = this.#client.submit(body);
          sent.set(id, { text: describe(body, projection), state: 'waiting to be sent' });
          showSent();
        };

        const connect = (who: Identity) => {
          this.#client?.destroy();
          this.#client = joinRoom({
            url: relay,
            room,
            id: who.id,
            from: { name: who.name, role: who.role },
            outbox: outboxIn(room),
            onStatus: (up) => (status.textContent = up ? 'Connected.' : 'Offline: what you send is kept here and sent when the connection returns.'),
            onRefused: (reason) => {
              status.textContent = 'Not connected.';
              alert.textContent = reason;
            },
            onProjection: (p) => {
              projection = p as unknown as ParticipantProjection;
              render();
            },
            onReply: (reply) => {
              const s = reply.id ? sent.get(reply.id) : undefined;
              if (reply.type === 'refused') alert.textContent = `Not sent: ${reply.reason}`;
              if (s) s.state = reply.type === 'ack' ? 'received by the facilitator' : `refused: ${reply.reason}`;
              showSent();
            },
          });
          for (const p of this.#client.pending()) sent.set(p.id, { text: describe(p.body, projection), state: 'waiting to be sent' });
          showSent();
        };

        const joinForm = (p: ParticipantProjection) => {
          const name = h('input', { id: 'db-join-name', name: 'name', required: true, maxlength: LIMITS.name, autocomplete: 'nickname', value: identity?.name ?? '' });
          const role = h('select', { id: 'db-join-role', name: 'role', required: true }, p.roles.map((r) => h('option', { value: r.id, selected: r.id === identity?.role }, r.name)));
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
            identity = { id: identity?.id ?? randomId(), name: name.value.trim().slice(0, LIMITS.name), role: role.value };
            if (!identity.name) return void (alert.textContent = 'Give a name to join.');
            localStorage.setItem(key(room, 'identity'), JSON.stringify(identity));
            connect(identity);
            shown = 'none';
            render();
          });
          return form;
        };

        const decisionForm = (d: ProjectedDecision) => {
          const group = `db-join-d-${d.id}`;
          const rationale = h('textarea', { id: `${group}-why`, maxlength: LIMITS.text, rows: 2 });
          const form = h(
            'form',
            { class: 'db-panel db-join-decision', 'aria-labelledby': `${group}-h` },
            h('h3', { id: `${group}-h` }, d.prompt),
            h(
              'fieldset',
              {},
              h('legend', {}, 'Options'),
              d.options.map((o, i) =>
                h('label', { class: 'db-join-option' }, h('input', { type: 'radio', name: group, value: o.id, required: true, checked: i === 0 }), ` ${o.label}`),
              ),
            ),
            h('label', { for: `${group}-why` }, 'Why (for a proposal)'),
            rationale,
            h('button', { type: 'submit', name: 'vote', class: 'db-button' }, 'Vote'),
            ' ',
            h('button', { type: 'submit', name: 'proposal', class: 'db-button db-primary' }, 'Propose'),
          );
          form.addEventListener('submit', (e) => {
            e.preventDefault();
            const option = (form.querySelector(`input[name="${group}"]:checked`) as HTMLInputElement | null)?.value;
            if (!option) return;
            const kind = ((e as SubmitEvent).submitter as HTMLButtonElement | null)?.name === 'vote' ? 'vote' : 'proposal';
            const why = rationale.value.trim();
            send(kind === 'vote' ? { kind, decision: d.id, option } : { kind, decision: d.id, option, ...(why ? { rationale: why } : {}) });
            rationale.value = '';
          });
          return form;
        };

        const questionForm = (q: ProjectedQuestion) => {
          const id = `db-join-q-${q.id}`;
          const text = h('textarea', { id: `${id}-text`, maxlength: LIMITS.text, rows: 2, required: true });
          const why = h('textarea', { id: `${id}-why`, maxlength: LIMITS.text, rows: 1 });
          const form = h(
            'form',
            { class: 'db-panel db-join-question', 'aria-labelledby': `${id}-h` },
            h('h3', { id: `${id}-h` }, q.text),
            h('label', { for: `${id}-text` }, 'Your answer'),
            text,
            h('label', { for: `${id}-why` }, 'Why (optional)'),
            why,
            h('button', { type: 'submit', class: 'db-button db-primary' }, 'Send answer'),
          );
          form.addEventListener('submit', (e) => {
            e.preventDefault();
            if (!text.value.trim()) return void (alert.textContent = 'The answer is empty.');
            send({ kind: 'answer', question: q.id, text: text.value.trim(), ...(why.value.trim() ? { rationale: why.value.trim() } : {}) });
            text.value = '';
            why.value = '';
          });
          return form;
        };

        const noteForm = () => {
          const text = h('textarea', { id: 'db-join-note', maxlength: LIMITS.text, rows: 3 });
          const form = h('form', { class: 'db-panel db-join-note' }, h('label', { for: 'db-join-note' }, 'A note or answer for the facilitator'), text, h('button', { type: 'submit', class: 'db-button' }, 'Send'));
          form.addEventListener('submit', (e) => {
            e.preventDefault();
            if (!text.value.trim()) return void (alert.textContent = 'The note is empty.');
            send({ kind: 'note', text: text.value.trim() });
            text.value = '';
          });
          return form;
        };

        const injectArticle = (i: ProjectedInject, roleName: (id: string) => string) =>
          h('li', {}, h('article', { class: 'db-inject' }, h('p', { class: 'db-inject-meta' }, `${formatClock(i.at)} · ${i.channel} · from ${i.from} · to ${i.to.map(roleName).join(', ')}`), h('h3', {}, i.subject), markdown(i.body)));

        // Regions re-rendered from the projection; each is left alone unless what it shows changed,
        // so an answer being typed is not wiped by a clock update. The note form is made once.
        const who = h('div');
        const decisionsBox = h('section', { 'aria-labelledby': 'db-join-d-h' });
        const questionsBox = h('section', { 'aria-labelledby': 'db-join-q-h' });
        const injectsBox = h('section', { 'aria-labelledby': 'db-join-i-h' });
        const note = noteForm();
        let shown: 'none' | 'form' | 'joined' = 'none';
        const showJoinForm = (p: ParticipantProjection) => {
          shown = 'form';
          fill(main, joinForm(p));
        };

        const render = () => {
          const p = projection;
          if (!p) return;
          const roleName = (id: string) => p.roles.find((r) => r.id === id)?.name ?? id;
          const titleEl = this.querySelector('.db-join-title');
          if (titleEl) titleEl.textContent = p.title;
          clock.textContent = `Scenario time ${formatClock(p.now)}${p.status === 'paused' ? ' (paused)' : p.status === 'ended' ? ' (ended)' : ''}`;
          if (!identity) return shown === 'form' ? undefined : showJoinForm(p);
          if (shown === 'form') return;
          const me = identity;
          if (shown !== 'joined') {
            shown = 'joined';
            fill(main, who, questionsBox, decisionsBox, note, injectsBox);
          }
          const everyone = (to: string[]) => p.roles.every((r) => to.includes(r.id));
          const mine = p.injects.filter((i) => isAddressedTo(i.to, [me.role]) || everyone(i.to)).reverse();
          const decisions = p.decisions.filter((d) => d.owner === me.role);
          renderRegion(who, () => {
            const change = h('button', { type: 'button', class: 'db-button', onclick: () => showJoinForm(p) }, 'Change');
            return [h('p', { class: 'db-join-who' }, `You are ${me.name}, ${roleName(me.role)}. `, change)];
          });
          const asked = p.questions.filter((q) => q.roles.length === 0 || q.roles.includes(me.role));
          renderRegion(questionsBox, () => [
            h('h2', { id: 'db-join-q-h' }, p.module ? `Discussion: ${p.module.title}` : 'Discussion questions'),
            ...(asked.length ? asked.map((q) => questionForm(q)) : [h('p', { class: 'db-empty' }, 'No question is open for your role.')]),
          ]);
          renderRegion(decisionsBox, () => [
            h('h2', { id: 'db-join-d-h' }, 'Decisions for your role'),
            ...(decisions.length ? decisions.map((d) => decisionForm(d)) : [h('p', { class: 'db-empty' }, 'No decision is open for your role.')]),
          ]);
          renderRegion(injectsBox, () => [
            h('h2', { id: 'db-join-i-h' }, 'Injects for you'),
            mine.length ? h('ol', { class: 'db-feed', reversed: true }, mine.map((i) => injectArticle(i, roleName))) : h('p', { class: 'db-empty' }, 'Nothing has arrived for your role yet.'),
          ]);
        };

        // Connect at once (to read the roles); a returning participant keeps their identity.
        connect(identity ?? { id: randomId(), name: 'New participant', role: 'unknown' });
      }

      disconnectedCallback() {
        this.#client?.destroy();
      }
    },
  );
}
