/**
 * `fact-unresolved`: every situational fact a condition tests (`appliesWhen.facts`, at any depth of
 * `all`, `any` and `not`) is one the plan defines in `plan.yaml` `facts`, and each fact id is
 * defined once. Without a readable plan.yaml the facts are unknown, and its own error is the one to fix.
 */
import type { AppliesWhen } from '../../plan/model.ts';
import { conditionsIn } from '../../plan/applies-when.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const factUnresolved: Rule = {
  id: 'fact-unresolved',
  severity: 'error',
  description:
    'Every fact an `appliesWhen` tests (`facts`, also inside `all`, `any` and `not`) is defined once in `plan.yaml` `facts`.',
  check(ctx) {
    const { plan } = ctx;
    if (plan.document.id === undefined) return;
    const defined = plan.document.facts ?? [];
    const ids = defined.map((f) => f.id);
    defined.forEach((f, i) => {
      if (ids.indexOf(f.id) < i)
        ctx.report(plan.document, ['facts', i, 'id'], `fact "${f.id}" is defined twice in plan.yaml facts; keep one`);
    });
    const check = (element: object, owner: string, w: AppliesWhen | undefined) => {
      for (const { condition, path } of conditionsIn(w, ['appliesWhen']))
        (condition.facts ?? []).forEach((f, i) => {
          if (ids.includes(f)) return;
          const hint = ids.length ? didYouMean(f, ids) : '';
          ctx.report(
            element,
            [...path, 'facts', i],
            `${owner} applies when fact "${f}" holds, which plan.yaml does not define${hint}; ${ids.length ? 'use one of its facts, or add' : 'add'} { id: ${f}, name: <the fact as a statement> } to facts in plan.yaml`,
          );
        });
    };
    for (const pb of plan.playbooks) for (const a of pb.activities) check(a, `activity "${a.key}"`, a.appliesWhen);
    for (const o of plan.obligations) check(o, `obligation "${o.id}"`, o.appliesWhen);
  },
};
