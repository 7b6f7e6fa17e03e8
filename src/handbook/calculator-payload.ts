/**
 * The deadline calculator's data as the page embeds it, packed and unpacked. Imports types only:
 * the calculator element unpacks it on load without pulling in the date arithmetic
 * (`handbook/calculator.ts` on Temporal), which it loads later.
 */
import type { BusinessCalendar } from '../plan/time.ts';
import type { CalculatorObligation, CalculatorStage } from './calculator.ts';

/**
 * The calculator's data as the page embeds it: the plan's calendar written once, and each clock
 * without what it shares with it (its calendar when it is the plan's, a stage's `days` when calendar
 * days), so the page's JSON grows by what each obligation adds, not by a copy of the calendar.
 * {@link unpackCalculator} gives back exactly the clocks {@link packCalculator} was given.
 */
export interface CalculatorPayload {
  timeZone: string;
  calendar: BusinessCalendar;
  clocks: PackedClock[];
}
type PackedStage = Omit<CalculatorStage, 'days'> & { days?: 'business' };
type PackedClock = Omit<CalculatorObligation, 'calendar' | 'stages'> & {
  calendar?: BusinessCalendar;
  stages: PackedStage[];
};

const sameCalendar = (a: BusinessCalendar, b: BusinessCalendar) => JSON.stringify(a) === JSON.stringify(b);

/** Packs `clocks` for the page, against the plan's `calendar` (whose time zone the anchor times are entered in). */
export function packCalculator(clocks: readonly CalculatorObligation[], calendar: BusinessCalendar): CalculatorPayload {
  const packed = clocks.map(({ calendar: own, stages, ...rest }) => ({
    ...rest,
    ...(sameCalendar(own, calendar) ? {} : { calendar: own }),
    stages: stages.map(({ days, ...stage }) => (days === 'business' ? { ...stage, days } : stage)),
  }));
  return { timeZone: calendar.timeZone, calendar, clocks: packed };
}

/** The clocks of a packed payload, each with its calendar and every stage's `days`. */
export function unpackCalculator(payload: CalculatorPayload): CalculatorObligation[] {
  return payload.clocks.map(({ calendar, stages, ...rest }) => ({
    ...rest,
    calendar: calendar ?? payload.calendar,
    stages: stages.map((s) => ({ ...s, days: s.days ?? 'calendar' })),
  }));
}
