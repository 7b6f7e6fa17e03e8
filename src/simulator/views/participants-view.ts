/**
 * The console's "Participants" pane as loaded on demand (console-participants.ts is the shell the
 * console's first screen carries), rendering the room controller (room/room-controller.ts): the
 * inbox first (each entry accepted into the log, attributed to the participant and role, or
 * dismissed), the votes, who has joined, then the invitation (relay address, join link, QR code and
 * the projector link), folded away once someone has joined. Without a reachable relay it says so
 * and the exercise carries on on this device. Facilitator notes, expectations and scores never
 * leave this browser.
 */
import { projectForParticipants } from '../../engine/projection.ts';
import type { InboxEntry } from '../../relay/protocol.ts';
import type { ExerciseStore } from '../store.ts';
import { acceptance } from '../room/inbox.ts';
import { inboxView } from './inbox-view.ts';
import { createRoomController, roomMessage, type RoomSnapshot } from '../room/room-controller.ts';
import { openRoom } from '../../relay/facilitator-client.ts';
import { randomId } from '../../relay/protocol.ts';
import QRCode from 'qrcode';
import { joinLink, projectorLink, relayAddress } from '../participant/join-link.ts';
import { h, fill } from './dom.ts';
import {
  announceRoom,
  joinOrigin,
  kitInfo,
  loopbackWarning,
  projectorLink as kitProjectorLink,
  proposedRelay,
} from '../kit-address.ts';
import { renderRegion } from './region.ts';

/** What the pane needs from the console. */
export interface PaneContext {
  store: ExerciseStore;
  sessionId: string;
  roleName: (id: string) => string;
  base: string;
  /** Told how many submissions wait, and whether a room is open, on every change. */
  onWaiting(waiting: number, room: boolean): void;
}

/** Renders the pane into `body` (its status line first); returns a function that closes the room. */
export function mountParticipants(
  body: HTMLElement,
  message: HTMLElement,
  { store, sessionId, roleName, base, onWaiting }: PaneContext,
): () => void {
  const room = createRoomController({
    sessionId,
    kv: localStorage,
    load: async () => ({ openRoom, randomId, relayAddress }),
    project: (tallies) => ({ ...projectForParticipants(store.get().state, roleName, tallies) }),
  });
  const inbox = inboxView(store, roleName, { take: (e) => take(e), dismiss: (id) => room.handle(id) });
  const joined = h('div', { class: 'db-joined' });
  const links = h('div');
  const address = h('input', {
    id: 'db-relay-address',
    name: 'relay',
    value: room.get().keys?.relay ?? proposedRelay(location, undefined),
    autocomplete: 'url',
  });
  // Served by npm run exercise, the relay shares the page's port and phones need the machine's network address (kit-address.ts).
  if (!room.get().keys)
    void kitInfo().then(
      (info) =>
        info && address.value === proposedRelay(location, undefined) && (address.value = proposedRelay(location, info)),
    );
  const form = h(
    'form',
    { class: 'db-relay-form' },
    h('label', { for: 'db-relay-address' }, 'Relay address (npm run exercise serves it on its own port)'),
    address,
    h('button', { type: 'submit', class: 'db-button db-primary' }, 'Invite participants'),
  );
  const invite = h(
    'details',
    { class: 'db-invite', open: true },
    h('summary', {}, 'Invite: relay, join link, QR code, projector link'),
    form,
    links,
  );
  fill(body, message, inbox.element, joined, invite);

  const take = (e: InboxEntry) => {
    const a = acceptance(e, roleName);
    if (!a) return;
    if (a.kind === 'decide') store.decide(a.input);
    else if (a.kind === 'answer') store.answer(a.input);
    else store.note(a.text, a.by);
    const refused = store.get().message;
    if (refused) message.textContent = `Not accepted: ${refused}`;
    else room.handle(e.id);
  };

  const renderJoined = (s: RoomSnapshot) =>
    renderRegion(joined, () => {
      if (!s.keys) return [];
      const people = [...s.roster.values()].sort(
        (a, b) => Number(b.connected) - Number(a.connected) || a.name.localeCompare(b.name),
      );
      return [
        h('h3', {}, `Who has joined (${people.filter((p) => p.connected).length} connected)`),
        people.length
          ? h(
              'ul',
              { class: 'db-joined-list' },
              people.map((p) =>
                h('li', {}, h('strong', {}, p.name), ` (${roleName(p.role)}) — ${p.connected ? 'connected' : 'left'}`),
              ),
            )
          : h('p', { class: 'db-empty' }, 'Nobody yet.'),
      ];
    });

  let linksFor = '';
  const renderLinks = async (s: RoomSnapshot) => {
    if (s.phase !== 'open' || !s.keys?.projector) return;
    const k = s.keys;
    if (linksFor === k.room + k.relay) return;
    linksFor = k.room + k.relay;
    const info = await kitInfo();
    const link = joinLink(base, joinOrigin(location, info), { relay: k.relay, room: k.room });
    const unreachable = loopbackWarning(link, k.relay);
    void announceRoom(link);
    const canvas = h('canvas', { class: 'db-qr', role: 'img', 'aria-label': 'QR code of the join link' });
    await QRCode.toCanvas(canvas, link, { margin: 1, width: 192 });
    // On the kit server, the projector link goes to the network address with the kit key (kit-address.ts) that lets the room's PC open the page.
    const projector = kitProjectorLink(
      projectorLink(base, location.origin, { relay: k.relay, room: k.room, key: k.projector! }),
      location,
      info,
    );
    fill(
      links,
      h('p', {}, 'Participants open this link (or scan the code) on their own device:'),
      h('p', {}, h('a', { href: link, class: 'db-join-link', target: '_blank', rel: 'noopener' }, link)),
      unreachable && h('p', { class: 'db-warning', role: 'alert' }, unreachable),
      canvas,
      h(
        'p',
        {},
        'On the room’s screen, open the projector link (any browser; it shows no notes or answers): ',
        h('a', { href: projector, class: 'db-projector-link', target: '_blank', rel: 'noopener' }, 'projector link'),
      ),
    );
  };

  let hadSomeone = false;
  const render = (s: RoomSnapshot) => {
    message.textContent = roomMessage(s);
    onWaiting(s.waiting, Boolean(s.keys));
    inbox.render(s);
    renderJoined(s);
    void renderLinks(s);
    // Once someone has joined, the invitation folds away so the inbox stays in view.
    if (!hadSomeone && s.roster.size > 0) invite.open = false;
    hadSomeone ||= s.roster.size > 0;
  };
  room.subscribe(render);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const problem = await room.invite(address.value);
    if (problem) message.textContent = problem;
  });
  const unsubscribe = store.subscribe(() => room.publish());
  // A session whose room was open reconnects at once (loading the relay code now).
  room.resume();
  render(room.get());

  return () => {
    unsubscribe();
    room.close();
  };
}
