/**
 * The deadline calculator's arithmetic in the browser, loaded by `<deadline-calculator>` only once
 * an anchor time is entered: it brings the zoned business-day arithmetic (`plan/time.ts` on
 * Temporal), which the page does not need until then. Recomputes every row from the form.
 */
import { deadlineCells, stageDeadlines, type CalculatorObligation } from '../handbook/calculator.ts';
import { formatInZone, zonedInputToInstant } from '../handbook/zoned.ts';

/** The calculator's data, as the page embeds it. */
export interface CalculatorData {
  clocks: CalculatorObligation[];
  timeZone: string;
}

/** Fills the rows of `body` from the anchor times in `form`, counting time left from now. */
export function renderDeadlines({ clocks, timeZone }: CalculatorData, form: HTMLFormElement, body: HTMLElement): void {
  const anchors: Record<string, number> = {};
  for (const input of form.querySelectorAll('input')) if (input.value) anchors[input.name] = zonedInputToInstant(input.value, timeZone);
  const now = Date.now();
  const rows = clocks.flatMap((o) =>
    stageDeadlines(o, { anchors }, now).map((s) => {
      const tr = document.createElement('tr');
      tr.dataset.stage = s.key;
      for (const text of deadlineCells(o, s, (due) => formatInZone(due, timeZone))) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
      tr.children[3]!.setAttribute('data-due', s.due === undefined ? '' : new Date(s.due).toISOString());
      return tr;
    }),
  );
  body.replaceChildren(...rows);
}
