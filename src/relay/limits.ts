/**
 * The relay's defences against a crowd, as small pieces the server composes: a sliding-window
 * counter (submissions per participant, per connection and per address; rooms created per address),
 * the remote address of a connection, and a log of refusals that writes at most one line a minute
 * however many connections are refused. Node only (reads the upgrade request's socket).
 */
import type { IncomingMessage } from 'node:http';

/** Counts events per key over a sliding window of `windowMs`; `take` records one if the key is under `max`. */
export interface RateWindow {
  /** Records one event for `key` at `now`, or returns how many ms until one fits (nothing recorded). */
  take(key: string, now: number): { ok: true } | { ok: false; retryAfterMs: number };
  /** Whether one more event for `key` would fit at `now`, without recording it. */
  fits(key: string, now: number): boolean;
}

/** A sliding-window counter allowing `max` events per key in any `windowMs`. */
export function rateWindow(max: number, windowMs: number): RateWindow {
  const times = new Map<string, number[]>();
  const current = (key: string, now: number) => {
    const kept = (times.get(key) ?? []).filter((t) => t > now - windowMs);
    // Forget idle keys, so fresh ids from a flood do not grow the map for ever.
    if (kept.length) times.set(key, kept);
    else times.delete(key);
    return kept;
  };
  return {
    take(key, now) {
      const kept = current(key, now);
      if (kept.length >= max) return { ok: false, retryAfterMs: Math.max(1, kept[0] + windowMs - now) };
      times.set(key, [...kept, now]);
      return { ok: true };
    },
    fits: (key, now) => current(key, now).length < max,
  };
}

/**
 * The address a connection comes from: the socket's peer, or with `trustProxy` the first address of
 * `X-Forwarded-For` (only behind a reverse proxy that sets it, or anyone could choose their address).
 * `request` is what Hocuspocus hands the hooks: crossws's request proxy, which keeps Node's request.
 */
export function remoteAddress(request: unknown, trustProxy = false): string {
  const node = (request as { _req?: IncomingMessage } | undefined)?._req;
  if (trustProxy) {
    const forwarded = node?.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0].trim();
    if (first) return first;
  }
  return node?.socket?.remoteAddress ?? 'unknown';
}

/** Writes refusals to a log, one line at most every `intervalMs`, counting the ones it held back. */
export function refusalLog(
  write: (line: string) => void,
  intervalMs = 60_000,
  now: () => number = Date.now,
): (reason: string) => void {
  let last = -Infinity;
  let held = 0;
  return (reason) => {
    const t = now();
    if (t - last < intervalMs) {
      held++;
      return;
    }
    const more = held ? ` (and ${held} more refused since the last line)` : '';
    write(`relay: refused a connection: ${reason}${more}`);
    last = t;
    held = 0;
  };
}
