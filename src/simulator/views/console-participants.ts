/**
 * The console's "Participants" pane: invite participants through a relay (room, join link, QR code),
 * publish the participant-safe projection on every change, and an inbox of what they send, each
 * entry accepted into the log (attributed to the participant and role) or dismissed; votes tallied
 * live. Without a reachable relay it says so and the exercise carries on on this device.
 * The room's secret stays in this browser; facilitator notes, expectations and scores never leave it.
 */
import QRCode from 'qrcode';
import { projectForParticipants } from '../../engine/projection.ts';
import { scenarioQuestions } from '../../plan/scenario-modules.ts';
import { openRoom, type FacilitatorClient } from '../../relay/facilitator-client.ts';
import { randomId, type InboxEntry } from '../../relay/protocol.ts';
import type { ExerciseStore } from '../store.ts';
import { acceptance, describeEntry, tallyKey, tallyVotes, waiting } from '../participant/inbox.ts';
import { joinLink, relayAddress } from '../participant/join-link.ts';
import { h, fill } from './dom.ts';
import { renderRegion } from './region.ts';

interface RoomKeys {
  relay: string;
  room: string;
  secret: string;
  handled: string[];
}

const CONNECT_TIMEOUT_MS = 5000;
const keyOf = (session: string) => `drillbook.room.${session}`;
const load = (session: string): RoomKeys | undefined => {
  try {
    return JSON.parse(localStorage.getItem(keyOf(session)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
};
const save = (session: string, keys: RoomKeys) => localStorage.setItem(keyOf(session), JSON.stringify(keys));

/** The pane's body and a function to stop publishing (call when the console goes). */
export function participantsPane(store: ExerciseStore, sessionId: string, roleName: (id: string) => string, base: string): { body: HTMLElement; close(): void } {
  const body = h('div', { class: 'db-participants' });
  const message = h('p', { class: 'db-message', role: 'status' });
  const invite = h('div');
  const inbox = h('div', { class: 'db-inbox' });
  const address = h('input', { id: 'db-relay-address', name: 'relay', value: load(sessionId)?.relay ?? `ws://${location.hostname || '127.0.0.1'}:4444`, autocomplete: 'url' });
  const start = h('button', { type: 'submit', class: 'db-button db-primary' }, 'Invite participants');
  const form = h(
    'form',
    { class: 'db-relay-form' },
    h('label', { for: 'db-relay-address' }, 'Relay address (started with npm run relay)'),
    address,
    start,
  );
  fill(body, form, message, invite, inbox);

  let client: FacilitatorClient | undefined;
  let keys = load(sessionId);
  let entries: readonly InboxEntry[] = [];
  let unsubscribe = () => {};

  const publish = () => {
    if (!client) return;
    const { state } = store.get();
    client.publish({ ...projectForParticipants(state, roleName, tallyVotes(entries)) });
  };

  const renderInbox = () =>
    renderRegion(inbox, () => {
      if (!keys) return [];
      const handled = new Set(keys.handled);
      const list = waiting(entries, handled);
      const tally = tallyVotes(entries);
      const decisions = store.get().state.scenario.injects.flatMap((i) => i.decisions);
      const questions = scenarioQuestions(store.get().state.scenario);
      return [
        h('h3', {}, `Inbox (${list.length} waiting)`),
        list.length
          ? h(
              'ul',
              { class: 'db-inbox-list' },
              list.map((e) => {
                const accept = acceptance(e, roleName);
                const what = describeEntry(e, decisions, (id) => questions.find((q) => q.id === id)?.text);
                return h(
                  'li',
                  { class: 'db-inbox-entry' },
                  h('p', {}, h('strong', {}, e.from.name), ` (${roleName(e.from.role)}, ${new Date(e.received).toLocaleTimeString()}) ${what}`),
                  accept && h('button', { type: 'button', class: 'db-button', 'data-accept': e.id, onclick: () => take(e) }, 'Accept into the log'),
                  ' ',
                  h('button', { type: 'button', class: 'db-button', 'data-dismiss': e.id, onclick: () => handle(e.id) }, 'Dismiss'),
                );
              }),
            )
          : h('p', { class: 'db-empty' }, 'Nothing waiting.'),
        Object.keys(tally).length > 0 &&
          h(
            'div',
            { class: 'db-tally' },
            h('h3', {}, 'Votes'),
            Object.entries(tally).map(([decision, votes]) => {
              const d = decisions.find((x) => x.id === decision);
              return h('p', {}, `${d?.prompt ?? decision}: `, d?.options.map((o) => `${o.label} ${votes[o.id] ?? 0}`).join(' · ') ?? '');
            }),
          ),
      ];
    });

  const handle = (id: string) => {
    if (!keys) return;
    keys = { ...keys, handled: [...keys.handled, id] };
    save(sessionId, keys);
    renderInbox();
  };
  const take = (e: InboxEntry) => {
    const a = acceptance(e, roleName);
    if (!a) return;
    if (a.kind === 'decide') store.decide(a.input);
    else if (a.kind === 'answer') store.answer(a.input);
    else store.note(a.text, a.by);
    const refused = store.get().message;
    if (refused) message.textContent = `Not accepted: ${refused}`;
    else handle(e.id);
  };

  const connect = (k: RoomKeys) => {
    client?.destroy();
    let ready = false;
    message.textContent = `Connecting to the relay at ${k.relay}…`;
    client = openRoom({
      url: k.relay,
      room: k.room,
      secret: k.secret,
      onInbox: (list) => {
        entries = list;
        // The projector window of this session shows the tally.
        localStorage.setItem(tallyKey(sessionId), JSON.stringify(tallyVotes(entries)));
        renderInbox();
        publish();
      },
      onStatus: (up) => {
        if (ready) message.textContent = up ? 'Participants connected through the relay.' : 'The relay is not reachable; retrying. The exercise carries on here.';
      },
      onRefused: (reason) => (message.textContent = `The relay refused this room: ${reason}`),
    });
    const timer = setTimeout(() => {
      if (!ready) message.textContent = `No relay answers at ${k.relay}. Start one with npm run relay (or check the address); the exercise carries on on this device.`;
    }, CONNECT_TIMEOUT_MS);
    void client.ready.then(async () => {
      ready = true;
      clearTimeout(timer);
      const link = joinLink(base, location.origin, { relay: k.relay, room: k.room });
      const canvas = h('canvas', { class: 'db-qr', role: 'img', 'aria-label': 'QR code of the join link' });
      await QRCode.toCanvas(canvas, link, { margin: 1, width: 192 });
      fill(
        invite,
        h('p', {}, 'Participants open this link (or scan the code) on their own device:'),
        h('p', {}, h('a', { href: link, class: 'db-join-link', target: '_blank', rel: 'noopener' }, link)),
        canvas,
      );
      message.textContent = 'Room open. Participants connected through the relay.';
      unsubscribe();
      unsubscribe = store.subscribe(() => publish());
      renderInbox();
    });
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const checked = relayAddress(address.value);
    if (!checked.ok) return void (message.textContent = `Relay address: ${checked.reason}.`);
    keys = keys && keys.relay === checked.url ? keys : { relay: checked.url, room: keys?.room ?? randomId(), secret: keys?.secret ?? randomId(), handled: keys?.handled ?? [] };
    save(sessionId, keys);
    connect(keys);
  });
  if (keys) connect(keys);

  return {
    body,
    close() {
      unsubscribe();
      client?.destroy();
    },
  };
}
