/**
 * The deadline calculator's arithmetic and board in the browser, loaded with deadline-calculator-mount.ts
 * once the page is idle, the calculator is touched or an incident's anchor times are to be shown: it
 * brings the zoned business-day arithmetic (`plan/time.ts` on Temporal), which the page does not need
 * until then. Reads the form in the reader's zone, refuses a time that cannot be true (in the future,
 * a response event before the declaration) with a sentence beside its field, and draws the board:
 * every deadline soonest first, what applies to the incident first, what does not set apart.
 */
import type { AnchorEvent } from '../plan/model.ts';
import type { CalculatorObligation } from '../handbook/calculator.ts';
import { countdownRows, eventsToRecord, missingAnchors, type CountdownRow } from '../handbook/countdown.ts';
import { formatInZone, instantToZonedInput, zonedInputToInstant } from '../plan/zoned.ts';
import { anchorRefusal, planEventSubject } from '../incident/anchor-check.ts';
import { obligationApplies } from '../incident/applies.ts';
import type { IncidentProfile } from '../incident/profile.ts';
import type { IncidentVocabulary } from '../incident/vocabulary.ts';

/** The calculator's data, as the page embeds it. */
export interface CalculatorData {
  clocks: CalculatorObligation[];
  vocabulary?: IncidentVocabulary;
}

/** Where the calculator draws. */
export interface BoardParts {
  form: HTMLFormElement;
  board: HTMLOListElement;
  others: HTMLDetailsElement;
  missing: HTMLElement;
}

/** The time in one field, with why it is refused (if it is); `undefined` when the field is empty. */
export function readAnchor(
  input: HTMLInputElement,
  anchors: Partial<Record<AnchorEvent, number>>,
  timeZone: string,
  now = Date.now(),
) {
  if (!input.value) return undefined;
  // A field showing a recorded time (to the minute) stands for that time to the second: "happened
  // now" in the minute of the declaration would otherwise read as before it.
  const shown = anchors[input.name as AnchorEvent];
  const time =
    shown !== undefined && instantToZonedInput(shown, timeZone) === input.value
      ? shown
      : zonedInputToInstant(input.value, timeZone);
  // A plan event's field carries its name (DeadlineCalculator.astro), so a refusal names it as the label does.
  const subject = input.dataset.planEvent ? planEventSubject(input.dataset.planEvent) : undefined;
  return { time, refusal: anchorRefusal(input.name as AnchorEvent, time, anchors, now, timeZone, subject) };
}

/** The anchor times entered in `form` that can be true; each refused one says why beside its field. */
export function readAnchors(
  form: HTMLFormElement,
  timeZone: string,
  known: Partial<Record<AnchorEvent, number>> = {},
  now = Date.now(),
) {
  const anchors: Partial<Record<AnchorEvent, number>> = {};
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')];
  // The declaration first: the other response events are checked against it.
  inputs.sort((a, b) => Number(b.name === 'declaration') - Number(a.name === 'declaration'));
  for (const input of inputs) {
    const read = readAnchor(input, { ...known, ...anchors }, timeZone, now);
    const error = input.parentElement?.querySelector<HTMLElement>('.db-field-error');
    input.setCustomValidity(read?.refusal ?? '');
    input.setAttribute('aria-invalid', String(!!read?.refusal));
    if (error) error.textContent = read?.refusal ?? '';
    if (read && !read.refusal) anchors[input.name as AnchorEvent] = read.time;
  }
  return anchors;
}

/** Shows `anchors` (an incident's, or the ones kept from the last visit) in the form's fields, in `timeZone`. */
export function showAnchors(
  form: HTMLFormElement,
  anchors: Partial<Record<AnchorEvent, number>>,
  timeZone: string,
): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')) {
    const at = anchors[input.name as AnchorEvent];
    input.value = at === undefined ? '' : instantToZonedInput(at, timeZone);
  }
}

const ICON: Record<CountdownRow['status'], string> = { overdue: '⚠', soon: '⏰', later: '', waiting: '✎' };
const APPLIES: Record<string, string> = {
  unknown: 'may apply to this incident',
  not: 'does not apply to this incident as described',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });
}

/** What a waiting row waits for: "the awareness time is entered", "Incident call started is recorded". */
function untilWords(r: CountdownRow): string {
  return [
    ...(r.missing.length ? [`the ${r.missing.join(' and ').toLowerCase()} time is entered`] : []),
    ...(r.waitingFor.length
      ? [`${r.waitingFor.join(' and ')} ${r.waitingFor.length > 1 ? 'are' : 'is'} recorded`]
      : []),
  ].join(' and ');
}

/** One row: status in words and an icon, the short name, the deadline, and the citation behind a tap. */
function rowElement(r: CountdownRow, timeZone: string): HTMLLIElement {
  const li = el('li', '', `db-row db-row-${r.status}`);
  li.dataset.stage = r.key;
  li.dataset.due = r.due === undefined ? '' : new Date(r.due).toISOString();
  const head = el('p', '', 'db-row-head');
  const status = el('strong', '', 'db-row-status');
  if (ICON[r.status]) {
    const icon = el('span', `${ICON[r.status]} `);
    icon.setAttribute('aria-hidden', 'true');
    status.append(icon);
  }
  status.append(r.statusWords);
  head.append(status, ' ', el('span', r.title, 'db-row-title'));
  const due = el(
    'p',
    r.due === undefined ? `Due: not known until ${untilWords(r)}` : `Due ${formatInZone(r.due, timeZone)}`,
    'db-row-due',
  );
  const notes = [
    r.proposed ? 'proposed, not yet in force' : '',
    r.applies && APPLIES[r.applies] ? APPLIES[r.applies]! : '',
  ].filter(Boolean);
  if (notes.length) due.append(el('span', ` (${notes.join('; ')})`, 'db-meta'));
  const more = document.createElement('details');
  const link = Object.assign(el('a', 'the obligation'), { href: `#${r.obligation}` });
  const body = el('p', `${r.citation}. ${r.rule.replace(/^./, (c) => c.toUpperCase())}. See `);
  body.append(link, '.');
  more.append(el('summary', 'Citation and rule'), body);
  li.append(head, due, more);
  return li;
}

/** Replaces `list`'s rows only when they changed, so the live countdown re-draws nothing that did not. */
function place(list: HTMLElement, rows: HTMLLIElement[]): void {
  const next = rows.map((r) => r.outerHTML).join('');
  if (rendered.get(list) === next) return;
  list.replaceChildren(...rows);
  rendered.set(list, next);
}
const rendered = new WeakMap<HTMLElement, string>();

/** Draws the board from the form's anchor times at `now`, in `timeZone`; with `profile`, what applies first. */
export function renderBoard(
  data: CalculatorData,
  parts: BoardParts,
  timeZone: string,
  profile: IncidentProfile | undefined,
  known: Partial<Record<AnchorEvent, number>> = {},
  now = Date.now(),
): void {
  const anchors = readAnchors(parts.form, timeZone, known, now);
  const vocab = data.vocabulary;
  const applies = profile && vocab ? (o: CalculatorObligation) => obligationApplies(vocab, profile, o) : undefined;
  const events = Object.fromEntries((vocab?.events ?? []).map((e) => [e.id, e.name]));
  const rows = countdownRows(data.clocks, anchors, now, applies, events);
  const shown = rows.filter((r) => r.applies !== 'not');
  const apart = rows.filter((r) => r.applies === 'not');
  place(
    parts.board,
    shown.map((r) => rowElement(r, timeZone)),
  );
  place(
    parts.others.querySelector('ol')!,
    apart.map((r) => rowElement(r, timeZone)),
  );
  parts.others.hidden = apart.length === 0;
  parts.others.querySelector('summary')!.textContent =
    `${apart.length} ${apart.length === 1 ? 'deadline does' : 'deadlines do'} not apply to this incident as described`;
  const missing = missingAnchors(shown);
  const record = eventsToRecord(shown);
  const asks = [
    ...(missing.length ? [`enter the ${missing.map((m) => m.toLowerCase()).join(', ')} time`] : []),
    ...(record.length ? [`record when ${record.join(', ')} happened`] : []),
  ];
  const text = asks.length ? `To know every deadline, ${asks.join(' and ')}.` : '';
  if (parts.missing.textContent !== text) parts.missing.textContent = text;
}
