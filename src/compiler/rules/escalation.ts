/** Escalation rules: the first level fits the acknowledgement target; policies never hand over in a circle. */
import { durationToMs, formatDuration } from '../../plan/time.ts';
import type { EscalationPolicy } from '../../plan/model.ts';
import type { Rule } from './context.ts';

export const escalationFirstTimeout: Rule = {
  id: 'escalation-first-timeout',
  severity: 'error',
  description:
    "The first level of a severity's escalation policy times out within the severity's acknowledgement target (where both are given).",
  check(ctx) {
    const policies = new Map(ctx.plan.escalationPolicies.map((p) => [p.id, p]));
    for (const s of ctx.plan.severities) {
      const policy = policies.get(s.escalationPolicy);
      if (!policy) continue; // ref-unresolved reports it
      const first = policy.levels[0];
      // A target or a timeout left "when needed" has nothing to fit.
      if (!first.timeout || !s.acknowledgeWithin) continue;
      if (durationToMs(first.timeout) > durationToMs(s.acknowledgeWithin))
        ctx.report(
          policy,
          ['levels', 0, 'timeout'],
          `escalation policy "${policy.id}" waits ${formatDuration(first.timeout)} before escalating, longer than the ${formatDuration(s.acknowledgeWithin)} acknowledgement target of severity "${s.id}"; shorten the first level's timeout to ${s.acknowledgeWithin} or less`,
        );
    }
  },
};

/** Policies a policy hands over to, in level order. */
const handoffs = (p: EscalationPolicy) =>
  p.levels.flatMap((l, li) => l.targets.flatMap((t, ti) => ('policy' in t ? [{ to: t.policy, li, ti }] : [])));

export const escalationCycle: Rule = {
  id: 'escalation-cycle',
  severity: 'error',
  description: 'Escalation policies that hand over to other policies never come back to themselves.',
  check(ctx) {
    const policies = new Map(ctx.plan.escalationPolicies.map((p) => [p.id, p]));
    const reported = new Set<string>();
    for (const start of ctx.plan.escalationPolicies) {
      // Depth-first search for a path back to `start`.
      const stack: { id: string; path: string[] }[] = [{ id: start.id, path: [start.id] }];
      const visited = new Set<string>();
      while (stack.length) {
        const { id, path } = stack.pop()!;
        const policy = policies.get(id);
        if (!policy || visited.has(id)) continue;
        visited.add(id);
        for (const h of handoffs(policy)) {
          if (h.to === start.id) {
            const cycle = [...path, start.id];
            const key = [...cycle].slice(0, -1).sort().join(',');
            if (reported.has(key)) continue;
            reported.add(key);
            const first = policies.get(cycle[0])!;
            const hop = handoffs(first).find((x) => x.to === (cycle[1] ?? start.id))!;
            ctx.report(
              first,
              ['levels', hop.li, 'targets', hop.ti, 'policy'],
              `escalation policies hand over in a circle (${cycle.join(' → ')}); end one of them with a role, team or person instead of a policy`,
            );
          } else stack.push({ id: h.to, path: [...path, h.to] });
        }
      }
    }
  },
};
