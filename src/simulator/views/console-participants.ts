/**
 * The console's "Participants" pane as its first screen carries it: a status line and the waiting
 * count. The pane itself (participants-view.ts: the room controller, the relay client, the QR code
 * writer) is loaded when the tab is first opened, or at once when this session has a room saved,
 * so a console that never invites participants never loads it.
 */
import type { ExerciseStore } from '../store.ts';
import { readKey, storageKeys } from '../../browser-storage/keys.ts';
import { h } from './dom.ts';

/** The pane's body; `onWaiting` to follow the count of waiting submissions; `opened` when the tab is shown; `close` when the console goes. */
export function participantsPane(
  store: ExerciseStore,
  sessionId: string,
  roleName: (id: string) => string,
  base: string,
) {
  const message = h('p', { class: 'db-message', role: 'status' });
  const body = h('div', { class: 'db-participants' }, message);
  const listeners = new Set<(waiting: number, room: boolean) => void>();
  let closed = false;
  let stop: (() => void) | undefined;
  let loading: Promise<void> | undefined;
  const mount = () =>
    (loading ??= import('./console-relay.ts').then(
      ({ mountParticipants }) => {
        if (closed) return;
        stop = mountParticipants(body, message, {
          store,
          sessionId,
          roleName,
          base,
          onWaiting: (n, room) => listeners.forEach((l) => l(n, room)),
        });
      },
      () => {
        loading = undefined;
        message.textContent =
          'The relay client could not be loaded; check the connection and try again. The exercise carries on on this device.';
      },
    ));
  // A session whose room was open reconnects at once.
  if (readKey(localStorage, storageKeys.room(sessionId)) !== null) void mount();
  return {
    body,
    onWaiting(listener: (waiting: number, room: boolean) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    opened: () => void mount(),
    close() {
      closed = true;
      stop?.();
    },
  };
}
