/**
 * `scenario-due-before-arising` (warning): on the scenario's script (injects with a time and no
 * trigger), an activity of the plan would arise — its playbook's incident type revealed, its own
 * condition holding — only after the anchor event its due time counts from. The engine then counts
 * the due time from the arising (nothing is due before it arises), which the author may not expect:
 * "Declare the incident, PT15M after detection" cannot be late at T+07:05 when the breach is only
 * recognised at T+09:30. Conditions on a declared severity depend on the team and are not judged.
 */
import type { Activity, PlanModel } from '../../plan/model.ts';
import { formatClock, parseClock } from '../../plan/scenario-time.ts';
import { dueWords } from '../../plan/deadlines.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';
import type { Report } from './references.ts';

/** First scripted time of each revealed thing, and the index of the inject that revealed it. */
type Seen = Map<string, { at: number; inject: number }>;

function scripted(s: Scenario): Seen {
  const seen: Seen = new Map();
  const note = (key: string, at: number, inject: number) => {
    const was = seen.get(key);
    if (!was || at < was.at) seen.set(key, { at, inject });
  };
  s.injects.forEach((inj, i) => {
    if (inj.contingency || inj.when || inj.at === undefined) return;
    const at = parseClock(inj.at)!;
    if (inj.reveals.incidentType) note(`type:${inj.reveals.incidentType}`, at, i);
    inj.reveals.dataCategories.forEach((d) => note(`data:${d}`, at, i));
    inj.reveals.anchors.forEach((a) => note(`anchor:${a}`, at, i));
  });
  return seen;
}

/** When `a` arises on the script, after its type was revealed at `since`; `undefined` if never or if it hangs on the team's decisions. */
function arising(
  a: Activity,
  since: { at: number; inject: number },
  seen: Seen,
): { at: number; inject: number } | undefined {
  const w = a.appliesWhen;
  if (!w) return since;
  // Severities, facts and combined conditions hang on the team's decisions or on more than the script shows.
  if (w.severities.length || w.major !== undefined || w.facts?.length || w.levels?.length || w.all || w.any || w.not)
    return undefined;
  let out = since;
  for (const [kind, ids] of [
    ['data', w.dataCategories],
    ['type', w.incidentTypes],
  ] as const) {
    if (!ids.length) continue;
    const hits = ids.map((x) => seen.get(`${kind}:${x}`)).filter((x) => x !== undefined);
    if (!hits.length) return undefined;
    const first = hits.reduce((x, y) => (y.at < x.at ? y : x));
    if (first.at > out.at) out = first;
  }
  return out;
}

/** Warns, once per inject, about the activities that would arise there after their due anchor. */
export function checkArising(plan: PlanModel, s: Scenario, report: Report): void {
  const seen = scripted(s);
  const late = new Map<number, { at: number; items: string[] }>();
  const done = new Set<string>();
  for (const type of plan.incidentTypes) {
    const since = seen.get(`type:${type.id}`);
    if (!since) continue;
    for (const pb of plan.playbooks.filter((p) => type.playbooks.includes(p.id)))
      for (const a of pb.activities) {
        if (!a.due || a.due.start.kind !== 'anchor' || done.has(a.key)) continue;
        done.add(a.key);
        const anchor = seen.get(`anchor:${a.due.start.id}`);
        const arises = arising(a, since, seen);
        if (!anchor || !arises || arises.at <= anchor.at) continue;
        const entry = late.get(arises.inject) ?? { at: arises.at, items: [] };
        entry.items.push(`"${a.title}" (${dueWords(a.due)}, at ${formatClock(anchor.at)})`);
        late.set(arises.inject, entry);
      }
  }
  for (const [i, { at, items }] of late) {
    const n = items.length;
    report(
      ['injects', i],
      'scenario-due-before-arising',
      `inject "${s.injects[i].id}" makes ${n === 1 ? 'an activity' : `${n} activities`} of the plan arise at ${formatClock(at)}, after the event ${n === 1 ? 'its' : 'their'} due time counts from: ${items.join(', ')}; nothing is due before it arises, so ${n === 1 ? 'it is' : 'they are'} scored from ${formatClock(at)}: reveal the incident type (and data categories) with that event if they should count from it`,
      'warning',
    );
  }
}
