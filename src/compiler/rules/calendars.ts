/**
 * `calendar-no-working-days`: a business calendar (the plan's, or an obligation's own) has at least
 * one working day; with none, no deadline counted in business days could ever fall due.
 */
import type { Rule } from './context.ts';

const MESSAGE = 'has no working days, so a deadline counted in business days never falls due; list the ISO weekdays that are working days, e.g. [1, 2, 3, 4, 5] for Monday to Friday, or leave "workingDays" out for that default';

export const calendarNoWorkingDays: Rule = {
  id: 'calendar-no-working-days',
  severity: 'error',
  description: "A business calendar (the plan's, or an obligation's own) has at least one working day.",
  check(ctx) {
    const d = ctx.plan.document;
    // `document` is an empty placeholder when plan.yaml is missing or invalid.
    if (d.businessCalendar?.workingDays.length === 0) ctx.report(d, ['businessCalendar', 'workingDays'], `the plan's business calendar ${MESSAGE}`);
    for (const o of ctx.plan.obligations)
      if (o.businessCalendar && !o.businessCalendar.workingDays.length)
        ctx.report(o, ['businessCalendar', 'workingDays'], `obligation "${o.id}": its business calendar ${MESSAGE}`);
  },
};
