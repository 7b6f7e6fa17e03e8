/**
 * The deadline calculator's arithmetic in the browser, loaded by `<deadline-calculator>` once the
 * page is idle, an anchor time is entered or an incident's anchor times are to be shown: it brings
 * the zoned business-day arithmetic (`plan/time.ts` on Temporal), which the page does not need until
 * then. Recomputes every row from the form; on a narrow screen each cell is labelled with its column
 * (the rows stack, see handbook.css), so the deadline is never off-screen.
 */
import type { AnchorEvent } from '../plan/model.ts';
import { deadlineCells, stageDeadlines, type CalculatorObligation } from '../handbook/calculator.ts';
import { formatInZone, instantToZonedInput, zonedInputToInstant } from '../handbook/zoned.ts';

/** The calculator's data, as the page embeds it. */
export interface CalculatorData {
  clocks: CalculatorObligation[];
  timeZone: string;
}

/** The anchor times entered in `form`, as instants. */
export function readAnchors(form: HTMLFormElement, timeZone: string): Partial<Record<AnchorEvent, number>> {
  const anchors: Partial<Record<AnchorEvent, number>> = {};
  for (const input of form.querySelectorAll('input')) if (input.value) anchors[input.name as AnchorEvent] = zonedInputToInstant(input.value, timeZone);
  return anchors;
}

/** Shows `anchors` (an incident's, or the ones kept from the last visit) in the form's fields. */
export function showAnchors(form: HTMLFormElement, anchors: Partial<Record<AnchorEvent, number>>, timeZone: string): void {
  for (const input of form.querySelectorAll('input')) {
    const at = anchors[input.name as AnchorEvent];
    input.value = at === undefined ? '' : instantToZonedInput(at, timeZone);
  }
}

/** Fills the rows of `body` from the anchor times in `form`, counting time left from `now`. */
export function renderDeadlines({ clocks, timeZone }: CalculatorData, form: HTMLFormElement, body: HTMLElement, now = Date.now()): void {
  const anchors = readAnchors(form, timeZone);
  const labels = [...(body.closest('table')?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent ?? '');
  const rows = clocks.flatMap((o) =>
    stageDeadlines(o, { anchors }, now).map((s) => {
      const tr = document.createElement('tr');
      tr.dataset.stage = s.key;
      deadlineCells(o, s, (due) => formatInZone(due, timeZone)).forEach((text, i) => {
        const td = Object.assign(document.createElement('td'), { textContent: text });
        if (labels[i]) td.dataset.label = labels[i];
        tr.append(td);
      });
      tr.children[3]!.setAttribute('data-due', s.due === undefined ? '' : new Date(s.due).toISOString());
      return tr;
    }),
  );
  // Only a changed table is replaced, so the live countdown re-announces nothing that did not change.
  const next = rows.map((r) => r.outerHTML).join('');
  if (rendered.get(body) !== next) {
    body.replaceChildren(...rows);
    rendered.set(body, next);
  }
}

/** The rows each calculator shows now, as markup. */
const rendered = new WeakMap<HTMLElement, string>();
