/**
 * The deadline calculator at work, loaded on demand by ./deadline-calculator-loader.ts: shows the
 * current incident's anchor times (or the ones kept from the last visit), saves every time that can
 * be true back to it, names the zone times are read in, and draws the countdown board
 * (./deadline-calculator-view.ts), counting down live.
 */
import type { AnchorEvent } from '../plan/model.ts';
import { readAnchor, renderBoard, showAnchors, type CalculatorData } from './deadline-calculator-view.ts';
import { unpackCalculator, type CalculatorPayload } from '../handbook/calculator-payload.ts';
import { incidentStore } from '../incident/store.ts';
import { summarizeIncident } from '../incident/incident.ts';
import { readVocabulary } from '../incident/vocabulary.ts';
import { zoneLine } from '../incident/zone-picker.ts';

/** How often "time left" is recomputed. */
const TICK_MS = 15_000;

/** Runs the calculator in `root` (the `<deadline-calculator>` element); returns what stops it. */
export function mountCalculator(root: HTMLElement): () => void {
  const payload = JSON.parse(root.querySelector('script[data-calculator]')!.textContent!) as CalculatorPayload;
  const data: CalculatorData = { clocks: unpackCalculator(payload), vocabulary: readVocabulary(root) };
  const form = root.querySelector('form')!;
  const parts = {
    form,
    board: root.querySelector<HTMLOListElement>(':scope > ol.db-board')!,
    others: root.querySelector('details')!,
    missing: root.querySelector<HTMLElement>('[data-missing]')!,
  };
  const zoneSlot = root.querySelector<HTMLElement>('[data-zone]')!;
  const store = incidentStore();
  const profile = () => {
    const incident = store.current();
    return incident && summarizeIncident(incident).profile;
  };
  const update = () => renderBoard(data, parts, store.timeZone(), profile(), store.anchors());
  const restore = () => {
    zoneSlot.replaceChildren(zoneLine(store));
    showAnchors(form, store.anchors(), store.timeZone());
    update();
  };
  // A time that cannot be true is not saved (its field says why); an emptied field forgets its time.
  const save = (input: HTMLInputElement) => {
    const read = readAnchor(input, store.anchors(), store.timeZone());
    if (!read) store.setAnchor(input.name as AnchorEvent, undefined);
    else if (!read.refusal) store.setAnchor(input.name as AnchorEvent, read.time);
  };
  const isTimeField = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && target.matches('input[type="datetime-local"]');
  form.addEventListener('input', (event) => {
    if (isTimeField(event.target)) update();
  });
  // Saved on `change` (a finished entry), so editing a time field records one timeline entry, not one per digit.
  form.addEventListener('change', (event) => {
    if (isTimeField(event.target)) save(event.target);
  });
  // A time entered before this code arrived is saved as if entered now, and stays in its field.
  const typed = [...form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')].filter((i) => i.value);
  typed.forEach(save);
  if (typed.length) {
    zoneSlot.replaceChildren(zoneLine(store));
    update();
  } else restore();
  const unsubscribe = store.subscribe(() => {
    // Another tab, the incident panel or the zone changed: show it unless a time field is being typed in.
    if (!(document.activeElement instanceof HTMLInputElement && form.contains(document.activeElement))) restore();
  });
  const timer = setInterval(update, TICK_MS);
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
