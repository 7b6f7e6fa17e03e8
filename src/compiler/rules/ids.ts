/** `id-unique`, `severity-rank-unique`, `phase-order-unique`: nothing is defined twice. */
import type { Rule } from './context.ts';

interface Keyed {
  id: string;
}

export const idUnique: Rule = {
  id: 'id-unique',
  severity: 'error',
  description:
    'Ids are unique within their kind (activity ids within their playbook, stage ids within their obligation).',
  check(ctx) {
    const { plan } = ctx;
    /** A kind, the scope ids are unique in (e.g. ` in playbook "breach"`), its items, and where each item's id is. */
    const groups: [string, string, Keyed[], (x: Keyed) => object, (x: Keyed) => (string | number)[]][] = [];
    const top = (kind: string, items: Keyed[], scope = '') => groups.push([kind, scope, items, (x) => x, () => ['id']]);
    top('role', plan.roles);
    top('team', plan.teams);
    top('person', plan.people);
    top('party', plan.parties);
    top('severity', plan.severities);
    top('incident type', plan.incidentTypes);
    top('phase', plan.phases);
    top('escalation policy', plan.escalationPolicies);
    top('playbook', plan.playbooks);
    top('obligation', plan.obligations);
    top('template', plan.templates);
    top('exercise record', plan.exercises);
    for (const pb of plan.playbooks) top('activity', pb.activities, ` in playbook "${pb.id}"`);
    for (const ob of plan.obligations) {
      groups.push([
        'stage',
        ` in obligation "${ob.id}"`,
        ob.stages,
        () => ob,
        (s) => ['stages', ob.stages.indexOf(s as never), 'id'],
      ]);
    }
    for (const [kind, scope, items, elementOf, pathOf] of groups) {
      const first = new Map<string, Keyed>();
      for (const item of items) {
        const earlier = first.get(item.id);
        if (!earlier) {
          first.set(item.id, item);
          continue;
        }
        const here = ctx.position(elementOf(item), pathOf(item));
        const there = ctx.position(elementOf(earlier), pathOf(earlier));
        const where = !there ? '' : there.file !== here?.file ? ` in ${there.file}` : ` on line ${there.line}`;
        ctx.report(
          elementOf(item),
          pathOf(item),
          `${kind} id "${item.id}" is already used${scope}${where}; give this ${kind} a different id`,
        );
      }
    }
  },
};

/** Two severities of the same rank, or two phases in the same position, make the order ambiguous. */
function uniqueNumber<F extends 'rank' | 'order', T extends { id: string } & Record<F, number>>(
  id: string,
  what: string,
  plural: string,
  field: F,
  pick: (plan: Parameters<Rule['check']>[0]['plan']) => T[],
): Rule {
  return {
    id,
    severity: 'error',
    description: `No two ${plural} share the same ${field}.`,
    check(ctx) {
      const seen = new Map<number, string>();
      for (const item of pick(ctx.plan)) {
        const other = seen.get(item[field]);
        if (other !== undefined)
          ctx.report(
            item,
            [field],
            `${what} "${item.id}" has ${field} ${item[field]}, the same as ${what} "${other}"; give each a different ${field}`,
          );
        else seen.set(item[field], item.id);
      }
    },
  };
}

export const severityRankUnique = uniqueNumber(
  'severity-rank-unique',
  'severity',
  'severities',
  'rank',
  (p) => p.severities,
);
export const phaseOrderUnique = uniqueNumber('phase-order-unique', 'phase', 'phases', 'order', (p) => p.phases);
