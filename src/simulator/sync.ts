/**
 * Keeps the console and the projector window of the same browser in step over a BroadcastChannel.
 * Messages only say "session X changed"; the receiving window re-reads the saved session, so a
 * lost message is repaired by the next one and both windows always show what is saved.
 *
 *   console store ──post({ session })──▶ channel ──onChange(session)──▶ projector store.refresh()
 */

/** The channel name shared by every simulator page. */
export const CHANNEL = 'drillbook-simulator';

/** A message on the channel. */
export interface SyncMessage {
  type: 'session/changed';
  session: string;
}

/** One window's end of the channel. */
export interface SessionSync {
  /** Tells other windows that `session` changed. */
  changed(session: string): void;
  /** Calls `listener` when another window changes `session`; returns a function that stops listening. */
  listen(session: string, listener: () => void): () => void;
  close(): void;
}

/** The channel of this browser; a no-op when BroadcastChannel is unavailable. */
export function openSync(
  factory: ((name: string) => BroadcastChannel) | undefined = globalThis.BroadcastChannel &&
    ((n) => new BroadcastChannel(n)),
): SessionSync {
  const channel = factory?.(CHANNEL);
  return {
    changed(session) {
      channel?.postMessage({ type: 'session/changed', session } satisfies SyncMessage);
    },
    listen(session, listener) {
      if (!channel) return () => {};
      const handle = (e: MessageEvent) => {
        const m = e.data as Partial<SyncMessage> | null;
        if (m?.type === 'session/changed' && m.session === session) listener();
      };
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close: () => channel?.close(),
  };
}
