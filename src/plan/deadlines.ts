/**
 * A notification stage's deadline from the times its clocks started: the one rule the exercise engine
 * and the handbook's deadline calculator share. Pure and browser-safe.
 */
import type { AnchorEvent, Stage } from './model.ts';
import { addDuration, type BusinessCalendar } from './time.ts';

/** An anchor event in words, as every page and report writes it: `materiality-determination` → "materiality determination". */
export function anchorWords(event: AnchorEvent): string {
  return event.replace(/-/g, ' ');
}

/**
 * The instant a stage is due: `deadline` after `startAt` (in calendar or business days of `calendar`),
 * and at the latest its `noLaterThan` limit, counted in calendar time from `outerAt` — so DORA's initial
 * notification is due 24 h after awareness even while classification has not happened. Undefined
 * while neither clock has started.
 */
export function stageDue(
  stage: Pick<Stage, 'deadline' | 'days'> & { noLaterThan?: Pick<NonNullable<Stage['noLaterThan']>, 'deadline'> | undefined },
  startAt: number | undefined,
  outerAt: number | undefined,
  calendar: BusinessCalendar,
): number | undefined {
  const own = startAt === undefined ? undefined : addDuration(startAt, stage.deadline, stage.days, calendar);
  const limit = !stage.noLaterThan || outerAt === undefined ? undefined : addDuration(outerAt, stage.noLaterThan.deadline, 'calendar', calendar);
  if (own === undefined) return limit;
  return limit === undefined ? own : Math.min(own, limit);
}
