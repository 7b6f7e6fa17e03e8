/** Warnings auditors look for: an overdue review, stale contacts, no recent exercise, an unapproved plan. */
import { cycleWords, dateAfter } from '../../plan/time.ts';
import { ELEMENT_KINDS } from '../../plan/element-kinds.ts';
import type { Rule } from './context.ts';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  description: 'The plan was reviewed within its review cycle.',
  check(ctx) {
    const d = ctx.plan.document;
    if (d.id && d.nextReview < ctx.today)
      ctx.report(
        d,
        [d.lastReviewed === d.effectiveDate ? 'effectiveDate' : 'lastReviewed'],
        `the plan's review was due on ${d.nextReview} (last review ${d.lastReviewed}, reviewed ${cycleWords(d.reviewCycle)}); review it and set lastReviewed`,
      );
  },
};

/**
 * Stale contact details of a person, team or external party. A person with contacts and no date is
 * reported too; a team or party only once it records a date, because a plan written before they could
 * record one (and a regulator's public portal) should not start warning on every party at once.
 */
export const contactUnverified: Rule = {
  id: 'contact-unverified',
  severity: 'warning',
  description:
    "Each person's, team's and external party's contact details were verified within their verification interval.",
  check(ctx) {
    const holders = [
      ...ctx.plan.people.map((element) => ({ what: `person "${element.id}"`, element, askForDate: true })),
      ...ctx.plan.teams.map((element) => ({ what: `team "${element.id}"`, element, askForDate: false })),
      ...ctx.plan.parties.map((element) => ({ what: `party "${element.id}"`, element, askForDate: false })),
    ];
    for (const { what, element, askForDate } of holders) {
      if (!element.lastVerified) {
        if (askForDate && element.contacts.length)
          ctx.report(
            element,
            ['id'],
            `${what} has contact details that were never verified; confirm them and set lastVerified`,
          );
        continue;
      }
      // A sum past the range of dates is never due.
      const due = dateAfter(element.lastVerified, element.verifyInterval);
      if (due && due < ctx.today)
        ctx.report(
          element,
          ['lastVerified'],
          `${what} last had contact details verified on ${element.lastVerified}, due again ${due}; confirm them and update lastVerified`,
        );
    }
  },
};

export const exerciseStale: Rule = {
  id: 'exercise-stale',
  severity: 'warning',
  description:
    "The next exercise is not overdue: the latest exercise record's nextDue, else its date + the exercise interval (default 12 months).",
  check(ctx) {
    const d = ctx.plan.document;
    if (!d.id || ctx.isPartial('exercise')) return;
    const last = ctx.plan.exercises
      .map((x) => x.date)
      .sort()
      .at(-1);
    // The exercises folder of the plan being checked: next to its plan.yaml (`content/`, or the folder given with --content).
    const folder = `${d.source.file.slice(0, d.source.file.lastIndexOf('/') + 1)}${ELEMENT_KINDS.exercise.file}`;
    if (!last)
      ctx.report(d, ['id'], `the plan has no exercise record; run a tabletop exercise and add its record to ${folder}`);
    else if (d.nextExercise && d.nextExercise < ctx.today) {
      const x = ctx.plan.exercises.find((e) => e.date === last)!;
      const why = x.nextDue
        ? `its record set the next one for ${x.nextDue}`
        : `the plan is exercised ${cycleWords(d.exerciseInterval)}, so the next was due on ${d.nextExercise}`;
      ctx.report(
        x,
        [x.nextDue ? 'nextDue' : 'date'],
        `the last exercise was on ${last}, and ${why}; run another and add its record to ${folder}`,
      );
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
      ctx.report(
        d,
        ['status'],
        'the plan is marked approved but lists no approvers; add who approved it and when under approvers',
      );
  },
};
