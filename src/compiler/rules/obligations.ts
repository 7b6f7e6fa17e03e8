/** Obligation rules: stages have positive deadlines and chain only to earlier stages of the same obligation. */
import { durationToMs } from '../../plan/time.ts';
import type { Rule } from './context.ts';

export const obligationStageDuration: Rule = {
  id: 'obligation-stage-duration',
  severity: 'error',
  description: 'Every stage of an obligation has a positive deadline.',
  check(ctx) {
    for (const ob of ctx.plan.obligations) {
      ob.stages.forEach((s, i) => {
        if (!(durationToMs(s.deadline) > 0))
          ctx.report(
            ob,
            ['stages', i, 'deadline'],
            `obligation "${ob.id}", stage "${s.id}" has a zero deadline (${s.deadline}); give the time allowed, e.g. PT72H`,
          );
        if (s.noLaterThan && !(durationToMs(s.noLaterThan.deadline) > 0))
          ctx.report(
            ob,
            ['stages', i, 'noLaterThan', 'deadline'],
            `obligation "${ob.id}", stage "${s.id}" has a zero outer limit (${s.noLaterThan.deadline}); give the time allowed, e.g. PT24H`,
          );
      });
    }
  },
};

export const obligationChain: Rule = {
  id: 'obligation-chain',
  severity: 'error',
  description: "A stage counted from another stage's submission names an earlier stage of the same obligation.",
  check(ctx) {
    for (const ob of ctx.plan.obligations) {
      ob.stages.forEach((s, i) => {
        const starts = [
          { from: s.from, path: ['stages', i, 'from', 'stage'] },
          ...(s.noLaterThan ? [{ from: s.noLaterThan.from, path: ['stages', i, 'noLaterThan', 'from', 'stage'] }] : []),
        ];
        for (const { from, path } of starts) {
          if (!('stage' in from)) continue;
          const j = ob.stages.findIndex((x) => x.id === from.stage);
          if (j === -1)
            ctx.report(
              ob,
              path,
              `obligation "${ob.id}", stage "${s.id}" counts from stage "${from.stage}", which this obligation does not have; ${
                i
                  ? `use one of ${ob.stages
                      .slice(0, i)
                      .map((x) => `"${x.id}"`)
                      .join(', ')}`
                  : 'it is the first stage, so count from an event instead, e.g. { event: awareness }'
              }`,
            );
          else if (j >= i)
            ctx.report(
              ob,
              path,
              `obligation "${ob.id}", stage "${s.id}" counts from stage "${from.stage}", which is not an earlier stage; a stage can only count from the submission of a stage listed before it`,
            );
        }
      });
    }
  },
};
