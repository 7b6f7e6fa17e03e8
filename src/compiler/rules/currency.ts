/** Warnings auditors look for: an overdue review, stale contacts, no recent exercise, an unapproved plan. */
import { addDuration } from '../../plan/time.ts';
import type { Rule } from './context.ts';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** `date` + `duration` as a date; far past any real date when the sum overflows, so nothing is reported as due. */
const plus = (date: string, duration: string) => {
  const ms = addDuration(day(date), duration);
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : '9999-12-31';
};

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  description: 'The plan was reviewed within its review cycle.',
  check(ctx) {
    const d = ctx.plan.document;
    if (d.id && d.nextReview < ctx.today)
      ctx.report(d, [d.lastReviewed === d.effectiveDate ? 'effectiveDate' : 'lastReviewed'], `the plan's review was due on ${d.nextReview} (last review ${d.lastReviewed}, cycle ${d.reviewCycle}); review it and set lastReviewed`);
  },
};

export const contactUnverified: Rule = {
  id: 'contact-unverified',
  severity: 'warning',
  description: "Each person's contact details were verified within their verification interval.",
  check(ctx) {
    for (const p of ctx.plan.people) {
      if (!p.lastVerified) {
        if (p.contacts.length) ctx.report(p, ['id'], `person "${p.id}" has contact details that were never verified; confirm them and set lastVerified`);
        continue;
      }
      const due = plus(p.lastVerified, p.verifyInterval);
      if (due < ctx.today)
        ctx.report(p, ['lastVerified'], `person "${p.id}" last had contact details verified on ${p.lastVerified}, due again ${due}; confirm them and update lastVerified`);
    }
  },
};

/** PCI DSS 12.10.2 and SOC 2 expect a test of the plan at least every 12 months. */
export const EXERCISE_INTERVAL = 'P12M';

export const exerciseStale: Rule = {
  id: 'exercise-stale',
  severity: 'warning',
  description: 'The plan was exercised within the last 12 months.',
  check(ctx) {
    const d = ctx.plan.document;
    if (!d.id || ctx.isPartial('exercise')) return;
    const last = ctx.plan.exercises.map((x) => x.date).sort().at(-1);
    if (!last) ctx.report(d, ['id'], 'the plan has no exercise record; run a tabletop exercise and add its record to content/exercises/');
    else if (plus(last, EXERCISE_INTERVAL) < ctx.today) {
      const x = ctx.plan.exercises.find((e) => e.date === last)!;
      ctx.report(x, ['date'], `the last exercise was on ${last}, more than 12 months ago; run another and add its record to content/exercises/`);
    }
  },
};

export const documentUnapproved: Rule = {
  id: 'document-unapproved',
  severity: 'warning',
  description: 'A plan whose status is approved lists at least one approver.',
  check(ctx) {
    const d = ctx.plan.document;
    if (d.id && d.status === 'approved' && d.approvers.length === 0)
      ctx.report(d, ['status'], 'the plan is marked approved but lists no approvers; add who approved it and when under approvers');
  },
};
