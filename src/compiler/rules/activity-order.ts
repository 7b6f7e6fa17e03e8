/**
 * `activity-after-unknown`, `activity-after-self`, `activity-after-cycle`: the prerequisites an
 * activity names in `after` are other activities of the same playbook, and following them never
 * comes back to where it started (an exercise could then never do them in order). They are the
 * only order an exercise scores; phase order is guidance.
 */
import type { Activity, Playbook } from '../../plan/model.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const activityAfterUnknown: Rule = {
  id: 'activity-after-unknown',
  severity: 'error',
  description: "An activity's prerequisites (`after`) are activities of the same playbook.",
  check(ctx) {
    // An activity left out as invalid is still declared: its own error is the one to fix, not every `after` naming it.
    if (ctx.idsUnknown('activity')) return;
    for (const pb of ctx.plan.playbooks) {
      const ids = pb.activities.map((a) => a.id);
      for (const a of pb.activities)
        a.after.forEach((id, i) => {
          if (!ids.includes(id) && !ctx.isDeclared('activity', `${pb.id}/${id}`))
            ctx.report(
              a,
              ['after', i],
              `activity "${a.key}" must come after "${id}", which is not an activity of playbook "${pb.id}"${didYouMean(id, ids)}; name an activity of the same playbook`,
            );
        });
    }
  },
};

export const activityAfterSelf: Rule = {
  id: 'activity-after-self',
  severity: 'error',
  description: 'An activity does not name itself as its own prerequisite.',
  check(ctx) {
    for (const pb of ctx.plan.playbooks)
      for (const a of pb.activities)
        a.after.forEach((id, i) => {
          if (id === a.id)
            ctx.report(
              a,
              ['after', i],
              `activity "${a.key}" names itself in "after"; an activity cannot come after itself: remove "${id}"`,
            );
        });
  },
};

export const activityAfterCycle: Rule = {
  id: 'activity-after-cycle',
  severity: 'error',
  description:
    'Prerequisites (`after`) never go round in a loop of two or more activities; each loop is reported once, on the activity that closes it.',
  check(ctx) {
    for (const pb of ctx.plan.playbooks)
      for (const loop of afterLoops(pb)) {
        const closing = loop[loop.length - 1];
        const chain = [...loop, loop[0]].map((a) => a.id).join(' → ');
        ctx.report(
          closing,
          ['after', closing.after.indexOf(loop[0].id)],
          `activity "${closing.key}" closes a loop of prerequisites in playbook "${pb.id}": ${chain} (each must come after the next); remove one of these "after" entries`,
        );
      }
  },
};

/**
 * Every loop of prerequisites in a playbook (self-references left to activity-after-self), each
 * once, as its activities in the order one names the next in `after`, starting from the one listed
 * first. Depth-first search with colours: linear in activities plus `after` entries.
 */
export function afterLoops(pb: Playbook): Activity[][] {
  const byId = new Map<string, Activity>();
  for (const a of pb.activities) if (!byId.has(a.id)) byId.set(a.id, a);
  const order = new Map(pb.activities.map((a, i) => [a, i]));
  const colour = new Map<Activity, 'grey' | 'black'>();
  const loops: Activity[][] = [];
  const seen = new Set<string>();
  const visit = (a: Activity, path: Activity[]) => {
    colour.set(a, 'grey');
    path.push(a);
    for (const id of a.after) {
      const b = byId.get(id);
      if (!b || b === a) continue;
      if (colour.get(b) === 'grey') {
        const loop = path.slice(path.indexOf(b));
        const first = loop.reduce((x, y) => (order.get(y)! < order.get(x)! ? y : x));
        const at = loop.indexOf(first);
        const rotated = [...loop.slice(at), ...loop.slice(0, at)];
        const key = rotated.map((x) => x.id).join('>');
        if (!seen.has(key)) {
          seen.add(key);
          loops.push(rotated);
        }
      } else if (!colour.has(b)) visit(b, path);
    }
    path.pop();
    colour.set(a, 'black');
  };
  for (const a of byId.values()) if (!colour.has(a)) visit(a, []);
  return loops;
}
