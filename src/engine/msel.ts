/**
 * The Master Scenario Events List: one row per inject in script order, as facilitators keep it in a
 * spreadsheet. `toMselCsv` exports a scenario's MSEL; `fromMselCsv` (msel-read.ts, which carries
 * the CSV parser) reads one back into inject drafts.
 */
import { writeCsv } from './csv.ts';
import type { Scenario } from '../plan/scenario.ts';

/** One MSEL row. */
export interface MselRow {
  number: number;
  /** Inject id. */
  inject: string;
  /** `T+hh:mm`, or empty for a trigger-only or contingency inject. */
  time: string;
  /** Trigger condition as compact JSON, `contingency` for facilitator-only injects, or empty. */
  trigger: string;
  from: string;
  /** Role ids separated by `; `. */
  to: string;
  channel: string;
  subject: string;
  message: string;
  expectedAction: string;
  /** Objective ids separated by `; `. */
  objective: string;
}

/** The MSEL columns in order: the row field each holds and its header. */
export const MSEL_COLUMNS: readonly (readonly [keyof MselRow, string])[] = [
  ['number', 'Number'],
  ['inject', 'Inject'],
  ['time', 'Time'],
  ['trigger', 'Trigger'],
  ['from', 'From'],
  ['to', 'To'],
  ['channel', 'Channel'],
  ['subject', 'Subject'],
  ['message', 'Message'],
  ['expectedAction', 'Expected action'],
  ['objective', 'Objective'],
];

/** The MSEL rows of a scenario. Expected action defaults to the prompts of the inject's decisions. */
export function buildMsel(scenario: Scenario): MselRow[] {
  return scenario.injects.map((i, n) => ({
    number: n + 1,
    inject: i.id,
    time: i.at ?? '',
    trigger: i.contingency ? 'contingency' : i.when ? JSON.stringify(i.when) : '',
    from: i.from,
    to: i.to.join('; '),
    channel: i.channel,
    subject: i.subject,
    message: i.body,
    expectedAction: i.expectedAction ?? i.decisions.map((d) => `${d.owner}: ${d.prompt}`).join(' '),
    objective: i.objectives.join('; '),
  }));
}

/** The scenario's MSEL as CSV (RFC 4180, CRLF, header row). */
export function toMselCsv(scenario: Scenario): string {
  return writeCsv([
    MSEL_COLUMNS.map(([, h]) => h),
    ...buildMsel(scenario).map((r) => MSEL_COLUMNS.map(([k]) => String(r[k]))),
  ]);
}
