/**
 * The anchor events deadlines count from, and how every page and report words them. No imports:
 * pages that only name an event (the incident panel on the home page) load this, not the date
 * arithmetic in plan/deadlines.ts and plan/time.ts.
 */

/**
 * Events from which deadlines are counted. `awareness` starts GDPR, NIS2 and HIPAA clocks;
 * `classification` starts DORA's; `materiality-determination` starts SEC 8-K's; `ransom-payment` CIRCIA's 24 h.
 * An activity's due time may also count from an event the plan defines (`plan.yaml` `events`) or
 * from another activity: see `DueStart` in plan/deadlines.ts.
 */
export const ANCHOR_EVENTS = [
  'detection',
  'awareness',
  'declaration',
  'classification',
  'materiality-determination',
  'containment',
  'recovery',
  'ransom-payment',
  'closure',
] as const;

/** An anchor event name. */
export type AnchorEvent = (typeof ANCHOR_EVENTS)[number];

/** What an activity's due time counts from when it names none. */
export const DEFAULT_DUE_START: AnchorEvent = 'declaration';

/** An anchor event in words, as every page and report writes it: `materiality-determination` → "materiality determination". */
export function anchorWords(event: AnchorEvent): string {
  return event.replace(/-/g, ' ');
}

/** How a due time names another activity: `activity:<id>` (same playbook) or `activity:<playbook>/<id>`. */
export const ACTIVITY_START_PREFIX = 'activity:';
/** What `after` / `before` of a due time may be written as. */
export const DUE_START_PATTERN = /^(activity:[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?|[a-z0-9][a-z0-9-]*)$/;

/**
 * What an activity's due time counts from, resolved by the compiler: an anchor event, an event the
 * plan defines (`plan.yaml` `events`), or another activity (`before`: due that long before it).
 * `label` is the words every view uses: "declaration", "Incident call started", "“Hold the postmortem meeting”".
 */
export type DueStart =
  | { kind: 'anchor'; id: AnchorEvent; label: string }
  | { kind: 'event'; id: string; label: string }
  | { kind: 'activity'; id: string; label: string; before: boolean };
