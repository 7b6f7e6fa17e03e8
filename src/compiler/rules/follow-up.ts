/**
 * Rules about testing and follow-up an auditor checks: an improvement action past its due date (a
 * warning) or starting after it (an error), an exercise record of a plan version the change log does
 * not know, a playbook whose `lastTested` no exercise record shows.
 */
import type { Rule } from './context.ts';
import { byId } from '../../plan/lookup.ts';

export const improvementOverdue: Rule = {
  id: 'improvement-overdue',
  severity: 'warning',
  description: 'No improvement action of an exercise record is past its due date without being done.',
  check(ctx) {
    for (const x of ctx.plan.exercises) {
      x.improvements.forEach((i, n) => {
        if (i.status !== 'done' && i.due < ctx.today) {
          const owner = byId(ctx.plan).roleName(i.owner);
          ctx.report(
            x,
            ['improvements', n, 'due'],
            `improvement action "${i.action}" (${owner}) of exercise "${x.title}" was due on ${i.due} and is ${i.status}; finish it and set status: done, or agree a new due date`,
          );
        }
      });
    }
  },
};

export const improvementDates: Rule = {
  id: 'improvement-dates',
  severity: 'error',
  description: "An improvement action's start date is on or before its due (completion) date.",
  check(ctx) {
    for (const x of ctx.plan.exercises)
      x.improvements.forEach((i, n) => {
        if (i.start && i.start > i.due)
          ctx.report(
            x,
            ['improvements', n, 'start'],
            `improvement action "${i.action}" of exercise "${x.title}" starts on ${i.start}, after its due date ${i.due}: the completion date comes on or after the start; correct start or due`,
          );
      });
  },
};

export const exercisePlanVersion: Rule = {
  id: 'exercise-plan-version',
  severity: 'warning',
  description: "An exercise record's planVersion is the plan's version or one in its change log.",
  check(ctx) {
    const d = ctx.plan.document;
    if (!d?.id) return;
    const known = new Set([d.version, ...(d.changeLog ?? []).map((c) => c.version)]);
    for (const x of ctx.plan.exercises)
      if (!known.has(x.planVersion))
        ctx.report(
          x,
          ['planVersion'],
          `exercise "${x.title}" tested plan version ${x.planVersion}, which is neither the plan's version (${d.version}) nor in its change log; correct the version the exercise was played against`,
        );
  },
};

export const playbookTestedUnrecorded: Rule = {
  id: 'playbook-tested-unrecorded',
  severity: 'warning',
  description: "A playbook's lastTested is the date of an exercise record.",
  check(ctx) {
    if (ctx.isPartial('exercise')) return;
    const dates = new Set(ctx.plan.exercises.map((x) => x.date));
    for (const p of ctx.plan.playbooks)
      if (p.lastTested && !dates.has(p.lastTested))
        ctx.report(
          p,
          ['lastTested'],
          `playbook "${p.name}" says it was last tested on ${p.lastTested}, but no exercise record has that date; add the record to the exercises folder, or correct lastTested`,
        );
  },
};
