/**
 * Whether an anchor time a responder enters can be true: not in the future, and, for an event of
 * the response (classification, containment, …), not before the incident was declared. Detection
 * and awareness often precede the declaration, so they may; an event of the plan's own (`plan.yaml`
 * `events`) is one of the response, so it may not. A refusal is one sentence that says what to
 * enter. Pure: the clock and the zone are passed in.
 */
import type { AnchorEvent } from '../plan/model.ts';
import { anchorWords } from '../plan/anchor-events.ts';
import { formatInZone } from '../plan/wall-clock.ts';

/** How far ahead of the device's clock a time may be (a watch a minute fast, "now" typed slowly). */
const SKEW_MS = 2 * 60_000;

/** Events that may come before the declaration. */
const BEFORE_DECLARATION: readonly string[] = ['detection', 'awareness', 'declaration'];

/**
 * Why `time` cannot be the `event` time, or `undefined` when it can. `subject` is how the sentence
 * names that time: "The awareness time" by default; a plan event's by its name (`planEventSubject`).
 */
export function anchorRefusal(
  event: AnchorEvent,
  time: number,
  anchors: Partial<Record<AnchorEvent, number>>,
  now: number,
  timeZone: string,
  subject = `The ${anchorWords(event)} time`,
): string | undefined {
  const at = (t: number) => `${formatInZone(t, timeZone)} (${timeZone})`;
  if (!Number.isFinite(time))
    return `${subject} is not a date and time: enter it as day, month, year, hour and minute.`;
  if (time > now + SKEW_MS)
    return `${subject}, ${at(time)}, is in the future: enter when it happened (now is ${at(now)}).`;
  const declared = anchors.declaration;
  if (!BEFORE_DECLARATION.includes(event) && declared !== undefined && time < declared)
    return `${subject}, ${at(time)}, is before the incident was declared (${at(declared)}): enter a time after it, or correct the declaration time.`;
  return undefined;
}

/** How a refusal names a plan event's time: The time of “Incident call started”. */
export const planEventSubject = (name: string): string => `The time of “${name}”`;
