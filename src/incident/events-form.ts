/**
 * The incident panel's plan events (`plan.yaml` `events`, which due times and obligation stages may
 * count from): each by its name, with its description as help, when it was recorded, and a time
 * field to record or correct it (typed in the responder's one zone) or *Happened now*. A time is
 * checked as every anchor time is (./anchor-check.ts: not in the future, not before the declaration)
 * and saved into the incident as an anchor named by the event's id, so the deadline calculator's
 * clocks counted from it start. Rendered with DOM text nodes only.
 */
import { anchorRefusal, planEventSubject } from './anchor-check.ts';
import type { IncidentStore } from './store.ts';
import type { Described } from './vocabulary.ts';
import { formatInZone, zoneWords } from '../plan/wall-clock.ts';
import type { AnchorEvent } from '../plan/model.ts';

/** A name as a heading starts: "the start of the call" → "The start of the call". */
const upper = (name: string) => name.replace(/^./, (c) => c.toUpperCase());

/** The zoned arithmetic (Temporal), loaded when a time is shown in or read from a field. */
const zoned = () => import('../plan/zoned.ts');

/** One event's form: name, help, recorded time, a field, Record and Happened now. */
function eventForm(store: IncidentStore, event: Described, at: number | undefined): HTMLFormElement {
  const zone = store.timeZone();
  const id = event.id as AnchorEvent;
  const form = document.createElement('form');
  form.className = 'db-plan-event';
  form.setAttribute('aria-label', upper(event.name));
  const set = document.createElement('fieldset');
  set.append(Object.assign(document.createElement('legend'), { textContent: upper(event.name) }));
  if (event.description)
    set.append(Object.assign(document.createElement('p'), { className: 'db-meta', textContent: event.description }));
  set.append(
    Object.assign(document.createElement('p'), {
      className: 'db-plan-event-state',
      textContent:
        at === undefined
          ? 'Not recorded yet: clocks counted from it have not started.'
          : `Recorded: ${formatInZone(at, zone)}.`,
    }),
  );
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'datetime-local', name: event.id });
  label.append(`Happened at (${zoneWords(zone, Date.now())}) `, input);
  if (at !== undefined) void zoned().then((z) => (input.value ||= z.instantToZonedInput(at, zone)));
  const error = Object.assign(document.createElement('span'), { className: 'db-field-error' });
  error.setAttribute('role', 'alert');
  const save = (time: number | undefined) => {
    const refusal =
      time === undefined
        ? undefined
        : anchorRefusal(id, time, store.anchors(), Date.now(), zone, planEventSubject(event.name));
    error.textContent = refusal ?? '';
    input.setAttribute('aria-invalid', String(!!refusal));
    if (refusal) return input.focus();
    store.setAnchor(id, time);
  };
  const record = Object.assign(document.createElement('button'), {
    type: 'submit',
    className: 'db-button',
    textContent: at === undefined ? 'Record time' : 'Save time',
  });
  const now = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'db-button',
    textContent: 'Happened now',
  });
  now.addEventListener('click', () => save(Date.now()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // An emptied field clears the time, as in the deadline calculator.
    if (!input.value) return at === undefined ? input.focus() : save(undefined);
    // Unchanged, the field (to the minute) stands for the time recorded (to the second).
    void zoned().then((z) =>
      at !== undefined && z.instantToZonedInput(at, zone) === input.value
        ? undefined
        : save(z.zonedInputToInstant(input.value, zone)),
    );
  });
  set.append(label, error, record, ' ', now);
  form.append(set);
  return form;
}

/** The plan's events with their recorded times; nothing when the plan defines none. */
export function planEventForms(store: IncidentStore, events: readonly Described[] | undefined): HTMLElement[] {
  if (!events?.length) return [];
  const anchors = store.anchors() as Record<string, number>;
  const heading = Object.assign(document.createElement('h4'), { textContent: 'Events of this plan' });
  const intro = Object.assign(document.createElement('p'), {
    textContent: 'Clocks counted from one of these start when it is recorded here.',
  });
  return [heading, intro, ...events.map((e) => eventForm(store, e, anchors[e.id]))];
}
