/**
 * The console's "Participants" pane: invite participants through a relay (room, join link, QR code),
 * publish the participant-safe projection on every change, and an inbox of what they send, each
 * entry accepted into the log (attributed to the participant and role) or dismissed; votes tallied
 * live. Without a reachable relay it says so and the exercise carries on on this device.
 * The room's secret stays in this browser; facilitator notes, expectations and scores never leave it.
 */
import { projectForParticipants } from '../../engine/projection.ts';
import { scenarioQuestions } from '../../plan/scenario-modules.ts';
import type { FacilitatorClient } from '../../relay/facilitator-client.ts';
import type { InboxEntry } from '../../relay/protocol.ts';
import type { ExerciseStore } from '../store.ts';
import { acceptance, describeEntry, tallyKey, tallyVotes, waiting } from '../room/inbox.ts';
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

let relayLoad: Promise<typeof import('./console-relay.ts')> | undefined;
/** The relay client and QR code writer: loaded when the Participants tab opens or a room is opened or resumed, so the console's first screen does not carry them. */
const relayCode = () =>
  (relayLoad ??= import('./console-relay.ts').catch((error: unknown) => {
    relayLoad = undefined;
    throw error;
  }));

/** The pane's body, a function to call when the pane is shown (it starts loading the relay code) and one to stop publishing (call when the console goes). */
export function participantsPane(store: ExerciseStore, sessionId: string, roleName: (id: string) => string, base: string): { body: HTMLElement; opened(): void; close(): void } {
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

  /** The relay code, or undefined (said in the message) when it could not be loaded. */
  const relay = () =>
    relayCode().catch(() => void (message.textContent = 'The relay client could not be loaded; check the connection and try again. The exercise carries on on this device.'));

  let attempt = 0;
  let closed = false;
  const connect = async (k: RoomKeys) => {
    const mine = ++attempt;
    client?.destroy();
    client = undefined;
    let ready = false;
    message.textContent = `Connecting to the relay at ${k.relay}…`;
    const code = await relay();
    // A later attempt, or the console going away, wins over this one.
    if (!code || closed || mine !== attempt) return;
    const { openRoom, joinLink, QRCode } = code;
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
      if (closed) return;
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

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const code = await relay();
    if (!code || closed) return;
    const { relayAddress, randomId } = code;
    const checked = relayAddress(address.value);
    if (!checked.ok) return void (message.textContent = `Relay address: ${checked.reason}.`);
    keys = keys && keys.relay === checked.url ? keys : { relay: checked.url, room: keys?.room ?? randomId(), secret: keys?.secret ?? randomId(), handled: keys?.handled ?? [] };
    save(sessionId, keys);
    void connect(keys);
  });
  // A session whose room was open reconnects at once (loading the relay code now).
  if (keys) void connect(keys);

  return {
    body,
    opened: () => void relay(),
    close() {
      closed = true;
      unsubscribe();
      client?.destroy();
    },
  };
}
