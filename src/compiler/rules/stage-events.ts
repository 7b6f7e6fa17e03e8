/**
 * `stage-event`: a stage's clock (`from: { event }`, and its `noLaterThan`) starts at an anchor event
 * or at an event the plan defines in `plan.yaml` `events`, so an obligation and the activity that
 * meets it can count from one clock ("within 6 hours of the decision to notify customers").
 * Without a readable plan.yaml its events are unknown, and its own error is the one to fix.
 */
import { ANCHOR_EVENTS } from '../../plan/anchor-events.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const stageEvent: Rule = {
  id: 'stage-event',
  severity: 'error',
  description: "A stage's clock starts at an anchor event or at an event in `plan.yaml` `events`.",
  check(ctx) {
    const { plan } = ctx;
    if (plan.document.id === undefined) return;
    const known = [...ANCHOR_EVENTS, ...(plan.document.events ?? []).map((e) => e.id)];
    for (const o of plan.obligations)
      o.stages.forEach((s, i) => {
        const starts = [
          { from: s.from, path: ['stages', i, 'from', 'event'] },
          ...(s.noLaterThan ? [{ from: s.noLaterThan.from, path: ['stages', i, 'noLaterThan', 'from', 'event'] }] : []),
        ];
        for (const { from, path } of starts) {
          if (!('event' in from) || known.includes(from.event)) continue;
          ctx.report(
            o,
            path,
            `obligation "${o.id}", stage "${s.id}" starts its clock at "${from.event}", which is neither an anchor event nor an event in plan.yaml${didYouMean(from.event, known)}; use one of ${known.join(', ')}, or add { id: ${from.event}, name: ... } to events in plan.yaml`,
          );
        }
      });
  },
};
