/**
 * `due-start`: what an activity's due time counts from exists — an anchor event, an event the plan
 * defines in `plan.yaml` `events`, or another activity (`activity:<id>`); `before` names an activity;
 * due times counting from activities do not go round in a loop; a plan event does not take the name
 * of an anchor event.
 */
import { ACTIVITY_START_PREFIX } from '../../plan/anchor-events.ts';
import { ANCHOR_EVENTS } from '../../plan/anchor-events.ts';
import type { Activity } from '../../plan/model.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const dueStart: Rule = {
  id: 'due-start',
  severity: 'error',
  description:
    "An activity's due time counts from an anchor event, an event defined in plan.yaml `events`, or another activity (`activity:<id>`); `before` names an activity; due times never count from each other in a loop.",
  check(ctx) {
    const { plan } = ctx;
    const events = plan.document.events ?? [];
    events.forEach((e, i) => {
      if ((ANCHOR_EVENTS as readonly string[]).includes(e.id))
        ctx.report(
          plan.document,
          ['events', i, 'id'],
          `plan event "${e.id}" has the name of an anchor event; remove it (due times may count from ${e.id} already) or rename it`,
        );
    });
    const activities = new Map(plan.playbooks.flatMap((pb) => pb.activities.map((a) => [a.key, a])));
    if (!ctx.isPartial('activity') && !ctx.idsUnknown('activity')) reportLoops(ctx, activities);
    for (const a of activities.values()) {
      if (!a.due) continue;
      const field = a.due.before !== undefined ? 'before' : 'after';
      const written = a.due.before ?? a.due.after;
      if (written === undefined) continue;
      const start = a.due.start;
      if (start.kind === 'activity') {
        if (start.id === a.key)
          ctx.report(
            a,
            ['due', field],
            `activity "${a.key}" is due ${field} itself; count from another activity or an event`,
          );
        else if (!activities.has(start.id) && !ctx.isDeclared('activity', start.id) && !ctx.idsUnknown('activity')) {
          const same = [...activities.values()]
            .filter((x) => x.playbook === a.playbook)
            .map((x) => `${ACTIVITY_START_PREFIX}${x.id}`);
          ctx.report(
            a,
            ['due', field],
            `activity "${a.key}" is due ${field} activity "${start.id}", which is not defined${didYouMean(written, same)}; write activity:<id> of an activity in this playbook, or activity:<playbook>/<id>`,
          );
        }
      } else if (field === 'before') {
        ctx.report(
          a,
          ['due', 'before'],
          `activity "${a.key}" is due before "${written}", but before must name an activity (activity:<id>); to count from an event use after`,
        );
      } else if (start.kind === 'event' && plan.document.id !== undefined && !events.some((e) => e.id === start.id)) {
        // (Without a readable plan.yaml its events are unknown: its own error is the one to fix.)
        const known = [...ANCHOR_EVENTS, ...events.map((e) => e.id)];
        ctx.report(
          a,
          ['due', 'after'],
          `activity "${a.key}" counts its due time from "${written}", which is neither an anchor event nor an event in plan.yaml${didYouMean(written, known)}; use one of ${known.join(', ')}, activity:<id>, or add { id: ${written}, name: ... } to events in plan.yaml`,
        );
      }
    }
  },
};

/** Reports each loop of due times counting from each other once, on the activity that closes it. */
function reportLoops(ctx: Parameters<Rule['check']>[0], activities: Map<string, Activity>): void {
  const next = (a: Activity) =>
    a.due?.start.kind === 'activity' && a.due.start.id !== a.key ? activities.get(a.due.start.id) : undefined;
  const done = new Set<string>();
  for (const first of activities.values()) {
    const path: Activity[] = [];
    for (let a: Activity | undefined = first; a && !done.has(a.key); a = next(a)) {
      const at = path.indexOf(a);
      if (at >= 0) {
        const loop = path.slice(at);
        const last = loop.at(-1)!;
        ctx.report(
          last,
          ['due', last.due!.before !== undefined ? 'before' : 'after'],
          `due times count from each other in a loop (${[...loop, a].map((x) => `"${x.title}"`).join(' → ')}); let one of them count from an event`,
        );
        break;
      }
      path.push(a);
    }
    path.forEach((a) => done.add(a.key));
  }
}
