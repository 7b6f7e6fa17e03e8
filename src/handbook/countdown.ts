/**
 * The calculator as a countdown board: every stage deadline of every obligation in one list, the
 * soonest first, each row with a short name ("NIS2: Early warning → NCSC-NL"), its status in words
 * (overdue, due within the hour), and the citation and rule behind it. During an incident, what
 * applies to it comes first, then what may apply, and what does not is set apart. Pure.
 */
import type { AnchorEvent } from '../plan/model.ts';
import type { Applicability } from '../incident/applies.ts';
import { formatDuration } from '../plan/time.ts';
import {
  anchorLabel,
  formatRemaining,
  shortStageName,
  stageDeadlines,
  type CalculatorObligation,
  type StageDeadline,
} from './calculator.ts';

/** How soon "due within the hour" starts. */
export const SOON_MS = 3_600_000;

/** Where a row stands: past its deadline, due within the hour, later, or waiting for an anchor time. */
export type RowStatus = 'overdue' | 'soon' | 'later' | 'waiting';

/** One row of the board. */
export interface CountdownRow {
  key: string;
  /** "NIS2: Early warning → NCSC-NL". */
  title: string;
  obligation: string;
  citation: string;
  /** "24 h after awareness", "4 h, no later than 24 h after awareness". */
  rule: string;
  status: RowStatus;
  /** The status in words, never by colour alone: "Overdue by 2 h 5 min", "Due within the hour: 41 min left". */
  statusWords: string;
  due?: number;
  remaining?: number;
  /** The anchor events to enter before the deadline is known, in words. */
  missing: string[];
  /** The plan's own events (`plan.yaml` `events`) to record before it is known, by name. */
  waitingFor: string[];
  proposed: boolean;
  /** During an incident, whether the obligation applies to it. */
  applies?: Applicability;
}

const statusOf = (s: StageDeadline): RowStatus =>
  s.remaining === undefined ? 'waiting' : s.remaining < 0 ? 'overdue' : s.remaining <= SOON_MS ? 'soon' : 'later';

/** "Enter the awareness time", "Starts when Incident call started is recorded", or both. */
function waitingWords(missing: string[], waitingFor: string[]): string {
  const parts = [
    ...(missing.length ? [`enter the ${missing.map((m) => m.toLowerCase()).join(' and ')} time`] : []),
    ...(waitingFor.length
      ? [`starts when ${waitingFor.join(' and ')} ${waitingFor.length > 1 ? 'are' : 'is'} recorded`]
      : []),
  ];
  return parts.join('; ').replace(/^./, (c) => c.toUpperCase());
}

function words(status: RowStatus, s: StageDeadline, missing: string[], waitingFor: string[]): string {
  if (status === 'waiting') return waitingWords(missing, waitingFor);
  const left = formatRemaining(s.remaining!);
  if (status === 'overdue') return `Overdue by ${left.replace(/ overdue$/, '')}`;
  if (status === 'soon') return `Due within the hour: ${left}`;
  return left.replace(/^./, (c) => c.toUpperCase());
}

/** "72 h after awareness", "4 h after classification, no later than 24 h after awareness". */
function ruleWords(stage: CalculatorObligation['stages'][number], s: StageDeadline): string {
  const outer = stage.noLaterThan
    ? `, no later than ${formatDuration(stage.noLaterThan.deadline, 'calendar')} after ${stage.noLaterThan.from.label}`
    : '';
  const assumed = s.assumed ? ' (counted from its deadline until its submission is recorded)' : '';
  return `${formatDuration(stage.deadline, stage.days)} after ${s.startsAt}${outer}${assumed}`;
}

const GROUP: Record<Applicability, number> = { applies: 0, unknown: 1, not: 2 };

/**
 * Every row of `clocks` at `now`, sorted (`events` names the plan's own events, which a row waits to
 * be recorded rather than entered): by what applies (when `applies` is given), then the known
 * deadlines by time left (the most overdue first), then the ones still waiting for an anchor time.
 */
export function countdownRows(
  clocks: readonly CalculatorObligation[],
  anchors: Partial<Record<AnchorEvent, number>>,
  now: number,
  applies?: (o: CalculatorObligation) => Applicability,
  events: Readonly<Record<string, string>> = {},
): CountdownRow[] {
  const rows = clocks.flatMap((o) => {
    const applicability = applies?.(o);
    return stageDeadlines(o, { anchors }, now).map((s, i): CountdownRow => {
      const status = statusOf(s);
      const stage = o.stages[i]!;
      const missing = s.missing.filter((m) => !(m in events)).map((m) => anchorLabel(m));
      const waitingFor = s.missing.filter((m) => m in events).map((m) => events[m]!);
      return {
        key: s.key,
        title: shortStageName(o, s.name),
        obligation: o.id,
        citation: o.citation,
        rule: ruleWords(stage, s),
        status,
        statusWords: words(status, s, missing, waitingFor),
        missing,
        waitingFor,
        proposed: o.status === 'proposed',
        ...(s.due !== undefined ? { due: s.due, remaining: s.remaining } : {}),
        ...(applicability ? { applies: applicability } : {}),
      };
    });
  });
  const rank = (r: CountdownRow) => (r.applies ? GROUP[r.applies] : 0);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || (a.r.remaining ?? Infinity) - (b.r.remaining ?? Infinity) || a.i - b.i)
    .map(({ r }) => r);
}

/** The anchor events still to enter for the rows that apply (or may), in words, each once. */
export function missingAnchors(rows: readonly CountdownRow[]): string[] {
  return [...new Set(rows.filter((r) => r.applies !== 'not').flatMap((r) => r.missing))];
}

/** The plan's own events still to record for the rows that apply (or may), by name, each once. */
export function eventsToRecord(rows: readonly CountdownRow[]): string[] {
  return [...new Set(rows.filter((r) => r.applies !== 'not').flatMap((r) => r.waitingFor))];
}
