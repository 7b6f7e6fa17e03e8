/**
 * `scenario-prompt-at-deadline` (warning): on the scenario's script (injects with a time and no
 * trigger), an inject opens a decision whose option does plan work — performs an activity, submits a
 * notification stage — at or after that work's deadline, and no decision opening earlier offers the
 * same work. A team that does it when asked is late by construction ("Has the authority been told?"
 * arriving when the 72 hours run out): only work marked done from the console beforehand could be
 * on time. The author should move the inject before the deadline. Deadlines counted from an event only the team causes (declaration), from another
 * activity, or at a time set per severity are not judged: the script does not fix them.
 */
import type { PlanModel } from '../../plan/model.ts';
import { byId } from '../../plan/lookup.ts';
import { addScenarioDuration, formatClock, parseClock } from '../../plan/scenario-time.ts';
import { dueWords, stageDue, stageWords } from '../../plan/deadlines.ts';
import { durationToMs } from '../../plan/time.ts';
import { moduleStart } from '../../plan/scenario-modules.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';
import type { PlanAction } from '../../plan/schema/scenario-decision.ts';
import type { Report } from './references.ts';

/** A piece of plan work a decision does, with its deadline on the script. */
interface Due {
  title: string;
  words: string;
  at: number;
}

/** Reports each scripted decision that opens at or after the deadline of work one of its options does. */
export function checkPromptDeadlines(plan: PlanModel, s: Scenario, report: Report): void {
  const anchors = new Map<string, number>();
  const types = new Map<string, number>();
  const startOf = (module: string | undefined) =>
    (module && moduleStart(s.modules.find((m) => m.id === module) ?? {})) || 0;
  const scripted = s.injects.filter((i) => !i.contingency && !i.when && i.at !== undefined);
  const timeOf = (i: (typeof scripted)[number]) => Math.max(parseClock(i.at!)!, startOf(i.module));
  for (const inj of scripted) {
    const at = timeOf(inj);
    const note = (map: Map<string, number>, key: string) => map.set(key, Math.min(map.get(key) ?? at, at));
    for (const a of [...inj.reveals.anchors, ...(inj.reveals.events ?? [])]) note(anchors, a);
    if (inj.reveals.incidentType) note(types, inj.reveals.incidentType);
  }
  const epoch = s.startsAt ? Date.parse(s.startsAt) : 0;
  const index = byId(plan);
  // When an activity arises on the script: once an incident type calling for its playbook is revealed.
  const arises = (playbook: string) => {
    const times = plan.incidentTypes.filter((t) => t.playbooks.includes(playbook)).map((t) => types.get(t.id));
    const known = times.filter((t) => t !== undefined);
    return known.length ? Math.min(...known) : undefined;
  };
  const stageDueOf = (key: string): Due | undefined => {
    const [obligation] = key.split('/');
    const o = index.obligations.get(obligation!);
    const stage = o?.stages.find((x) => x.key === key);
    if (!o || !stage || !('event' in stage.from)) return undefined;
    const start = anchors.get(stage.from.event);
    const outer = stage.noLaterThan && 'event' in stage.noLaterThan.from ? stage.noLaterThan.from.event : undefined;
    if (start === undefined) return undefined;
    const outerAt = outer === undefined ? undefined : anchors.get(outer);
    const due = stageDue(stage, epoch + start, outerAt === undefined ? undefined : epoch + outerAt, o.calendar);
    return due === undefined
      ? undefined
      : { title: `${o.regime}: ${stage.name}`, words: stageWords(stage), at: due - epoch };
  };
  const activityDue = (key: string): Due | undefined => {
    const a = index.activities.get(key);
    if (!a) return undefined;
    if (!a.due) return a.submits ? stageDueOf(a.submits) : undefined;
    if (a.due.start.kind === 'activity' || a.due.bySeverity) return undefined;
    const start = anchors.get(a.due.start.id);
    const since = arises(a.playbook);
    if (start === undefined || since === undefined) return undefined;
    const calendar = plan.document.businessCalendar;
    const at = addScenarioDuration(Math.max(start, since), a.due.within, epoch, a.due.days, calendar);
    return { title: a.title, words: dueWords(a.due), at };
  };
  const workOf = (a: PlanAction) => (a.perform ? `activity:${a.perform}` : a.submit ? `stage:${a.submit}` : undefined);
  // The earliest a decision offering each piece of work opens; a triggered or held one may open any time.
  const offered = new Map<string, number>();
  for (const inj of s.injects) {
    const opens = scripted.includes(inj) ? timeOf(inj) : -Infinity;
    for (const a of inj.decisions.flatMap((d) => d.options.flatMap((o) => o.actions))) {
      const work = workOf(a);
      if (work) offered.set(work, Math.min(offered.get(work) ?? opens, opens));
    }
  }
  const end = durationToMs(s.duration);
  s.injects.forEach((inj, i) => {
    // An inject after the end is an error of its own (scenario-after-end).
    if (!scripted.includes(inj) || timeOf(inj) > end) return;
    const opens = timeOf(inj);
    inj.decisions.forEach((d, k) => {
      const dues = d.options
        .flatMap((o) => o.actions)
        .map((a) => {
          const due = a.perform ? activityDue(a.perform) : a.submit ? stageDueOf(a.submit) : undefined;
          // Warned only when no decision that opens before the deadline offers the same work.
          return due && due.at <= opens && offered.get(workOf(a)!)! >= due.at ? due : undefined;
        })
        .filter((x): x is Due => x !== undefined);
      const items = [...new Map(dues.map((x) => [x.title, x])).values()];
      if (!items.length) return;
      report(
        ['injects', i, 'decisions', k],
        'scenario-prompt-at-deadline',
        `inject "${inj.id}" opens the decision "${d.id}" at ${formatClock(opens)}, when the work its options do is already due: ${items.map((x) => `"${x.title}" (${x.words}, due ${formatClock(x.at)})`).join(', ')}; no decision offers it earlier, so a team that does it when asked is late by construction (only work marked done from the console before could be on time): move the inject before ${formatClock(Math.min(...items.map((x) => x.at)))}`,
        'warning',
      );
    });
  });
}
