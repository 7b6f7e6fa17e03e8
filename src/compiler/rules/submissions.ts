/**
 * `activity-submits-untriggered`: an activity that submits a notification stage belongs to a
 * playbook run for some incident types; the stage's obligation must be one those types can
 * trigger (their `obligations` in incident-types.yaml, or the obligation's `appliesWhen.incidentTypes`).
 * Otherwise the step is in the playbook but the obligation never applies when the playbook runs.
 */
import type { Obligation, PlanModel, Playbook } from '../../plan/model.ts';
import { conditionsIn } from '../../plan/applies-when.ts';
import { byId } from '../../plan/lookup.ts';
import type { Rule } from './context.ts';

export const activitySubmitsUntriggered: Rule = {
  id: 'activity-submits-untriggered',
  severity: 'error',
  description: "An activity submits stages only of obligations that one of its playbook's incident types can trigger.",
  check(ctx) {
    // An incident type or obligation left out as invalid may be the one that triggers it: wait until it is fixed.
    if (ctx.isPartial('incident type') || ctx.isPartial('obligation')) return;
    const { plan } = ctx;
    for (const pb of plan.playbooks) {
      const types = incidentTypesOf(plan, pb);
      if (!types.length) continue; // a playbook run for no incident type is never expected; nothing to compare with
      const triggered = new Set(types.flatMap((t) => t.obligations));
      for (const o of plan.obligations)
        if (types.some((t) => namedTypes(o.appliesWhen).includes(t.id))) triggered.add(o.id);
      for (const a of pb.activities) {
        const obligation = a.submits?.split('/')[0];
        if (obligation === undefined || triggered.has(obligation) || !byId(plan).obligations.has(obligation)) continue;
        const names = types.map((t) => `"${t.id}"`).join(', ');
        const list = [...triggered].map((o) => `"${o}"`).join(', ');
        ctx.report(
          a,
          ['submits'],
          `activity "${a.key}" submits stage "${a.submits}", but obligation "${obligation}" is not one that incident type${types.length > 1 ? 's' : ''} ${names} of playbook "${pb.id}" can trigger${list ? ` (${list})` : ' (none)'}; add "${obligation}" to the obligations of ${types.length > 1 ? 'one of these incident types' : 'that incident type'} in incident-types.yaml, or submit a stage of an obligation ${types.length > 1 ? 'they trigger' : 'it triggers'}`,
        );
      }
    }
  },
};

/** The incident types a playbook runs for: those it names, and those that name it among their playbooks. */
function incidentTypesOf(plan: PlanModel, pb: Playbook) {
  return plan.incidentTypes.filter((t) => pb.incidentTypes.includes(t.id) || t.playbooks.includes(pb.id));
}

/** The incident types a condition names where they make it apply (not under a `not`). */
function namedTypes(w: Obligation['appliesWhen']): string[] {
  return conditionsIn(w).flatMap((c) => (c.negated ? [] : c.condition.incidentTypes));
}
