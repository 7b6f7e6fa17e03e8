/**
 * `calendar-no-working-days`: a business calendar (the plan's, or an obligation's own) has at least
 * one working day; with none, no deadline counted in business days could ever fall due.
 * `business-hours-undefined`: a business-time deadline in hours has working hours to count in.
 */
import type { Rule } from './context.ts';

const MESSAGE =
  'has no working days, so a deadline counted in business days never falls due; list the ISO weekdays that are working days, e.g. [1, 2, 3, 4, 5] for Monday to Friday, or leave "workingDays" out for that default';

export const calendarNoWorkingDays: Rule = {
  id: 'calendar-no-working-days',
  severity: 'error',
  description: "A business calendar (the plan's, or an obligation's own) has at least one working day.",
  check(ctx) {
    const d = ctx.plan.document;
    // `document` is an empty placeholder when plan.yaml is missing or invalid.
    if (d.businessCalendar?.workingDays.length === 0)
      ctx.report(d, ['businessCalendar', 'workingDays'], `the plan's business calendar ${MESSAGE}`);
    for (const o of ctx.plan.obligations)
      if (o.businessCalendar && !o.businessCalendar.workingDays.length)
        ctx.report(o, ['businessCalendar', 'workingDays'], `obligation "${o.id}": its business calendar ${MESSAGE}`);
  },
};

/** Whether a duration has an hours, minutes or seconds part. */
const hasTime = (duration: string) => /T.*\d/.test(duration);

export const businessHoursUndefined: Rule = {
  id: 'business-hours-undefined',
  severity: 'error',
  description:
    'A deadline in business time given in hours or minutes (`days: business` with `PT6H`) counts in working hours, so its business calendar states them (`workingHours: { start: "09:00", end: "17:30" }`).',
  check(ctx) {
    const { plan } = ctx;
    // Without a readable plan.yaml its calendar is unknown: its own error is the one to fix.
    if (plan.document.id === undefined) return;
    const fix = (where: string) =>
      `counts business time in hours, but ${where} states no working hours; add workingHours: { start: "09:00", end: "17:30" } (your hours) to it, or count calendar time (leave "days" out)`;
    for (const pb of plan.playbooks)
      for (const a of pb.activities) {
        if (a.due?.days !== 'business' || plan.document.businessCalendar?.workingHours) continue;
        const planCalendar = fix("the plan's businessCalendar (plan.yaml)");
        if (hasTime(a.due.within)) ctx.report(a, ['due', 'within'], `activity "${a.key}" ${planCalendar}`);
        // The times per severity or level count in the same business time as within.
        for (const [field, times] of [
          ['bySeverity', a.due.bySeverity],
          ['byLevel', a.due.byLevel],
        ] as const)
          for (const [key, time] of Object.entries(times ?? {}))
            if ((field !== 'byLevel' || key !== 'scale') && hasTime(time))
              ctx.report(a, ['due', field, key], `activity "${a.key}", at ${key}, ${planCalendar}`, { key: true });
      }
    for (const o of plan.obligations) {
      const calendar = o.businessCalendar ?? plan.document.businessCalendar;
      o.stages.forEach((s, i) => {
        if (s.days === 'business' && hasTime(s.deadline) && !calendar?.workingHours)
          ctx.report(
            o,
            ['stages', i, 'deadline'],
            `obligation "${o.id}", stage "${s.id}", ${fix(o.businessCalendar ? 'its own businessCalendar' : "the plan's businessCalendar (plan.yaml)")}`,
          );
      });
    }
  },
};
