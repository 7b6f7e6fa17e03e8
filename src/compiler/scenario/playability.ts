/**
 * Warnings about a scenario a team cannot play as written, though every id in it resolves:
 *
 * - `scenario-trigger-held-by-module`: an inject with a trigger sits in a module that starts later
 *   than its trigger can hold (it answers a decision or an inject of an earlier module), so it is
 *   held back until the module starts and the decisions it opens are "not open yet" meanwhile;
 * - `scenario-expectation-unmeetable`: no scripted option performs the act a scenario expectation
 *   waits for, and no discussion question covers it, so only the evaluator's review can meet it;
 * - `scenario-severity-after-last-declare`: an inject indicates a severity after the last decision
 *   that offers a declaration has opened, so a team that already declared cannot declare again.
 */
import { formatClock, parseClock } from '../../plan/scenario-time.ts';
import { moduleStart } from '../../plan/scenario-modules.ts';
import type { PlanModel } from '../../plan/model.ts';
import { byId } from '../../plan/lookup.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';
import type { Condition } from '../../plan/schema/scenario-condition.ts';
import type { PlanAction } from '../../plan/schema/scenario-decision.ts';
import type { Report } from './references.ts';

/** Decision ids and inject ids a trigger waits for. */
function waitsFor(c: Condition, out: { decisions: string[]; injects: string[] } = { decisions: [], injects: [] }) {
  if (c.decided) out.decisions.push(c.decided.split('/')[0]);
  if (c.delivered) out.injects.push(c.delivered);
  for (const x of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) waitsFor(x, out);
  return out;
}

const sameAct = (a: PlanAction, b: PlanAction) =>
  (Object.keys(a) as (keyof PlanAction)[]).every((k) => a[k] === b[k]) &&
  (Object.keys(b) as (keyof PlanAction)[]).every((k) => a[k] === b[k]);

/** Reports the three warnings above. */
export function checkPlayability(plan: PlanModel, s: Scenario, report: Report): void {
  const startOf = (module: string | undefined) =>
    module === undefined ? 0 : (moduleStart(s.modules.find((m) => m.id === module) ?? {}) ?? 0);
  const injectOfDecision = new Map(s.injects.flatMap((i) => i.decisions.map((d) => [d.id, i] as const)));
  s.injects.forEach((inj, i) => {
    const start = startOf(inj.module);
    if (!inj.when || !start || (inj.at !== undefined && parseClock(inj.at)! >= start)) return;
    const w = waitsFor(inj.when);
    const earlier = [
      ...w.decisions.map((d) => injectOfDecision.get(d)),
      ...w.injects.map((x) => s.injects.find((y) => y.id === x)),
    ].find((x) => x && startOf(x.module) < start && x.module !== inj.module);
    if (!earlier) return;
    report(
      ['injects', i, 'when'],
      'scenario-trigger-held-by-module',
      `inject "${inj.id}": its trigger can hold during module ${earlier.module ? `"${earlier.module}"` : 'before any module'} (it waits for inject "${earlier.id}"), but its module "${inj.module}" starts at ${formatClock(start)}: it is held back until then and its decisions are "not open yet"; move it to the module of what it waits for, or give it "at: ${formatClock(start)}" if the wait is meant`,
      'warning',
    );
  });
  const options = s.injects.flatMap((i) => i.decisions.flatMap((d) => d.options.flatMap((o) => o.actions)));
  const covered = new Set(s.modules.flatMap((m) => m.questions.flatMap((q) => q.covers)));
  s.expectations.forEach((e, i) => {
    if (options.some((a) => sameAct(a, e.act)) || covered.has(e.id)) return;
    report(
      ['expectations', i, 'act'],
      'scenario-expectation-unmeetable',
      `expectation "${e.id}": no option of any decision does what it waits for, and no discussion question covers it, so the team can only miss it; add the act to an option, or name "${e.id}" in a question's covers`,
      'warning',
    );
  });
  const declares = s.injects.filter((i) =>
    i.decisions.some((d) => d.options.some((o) => o.actions.some((a) => a.declare))),
  );
  // A decision behind a trigger or held for the facilitator may open any time: then no severity comes too late.
  if (!declares.length || declares.some((i) => i.at === undefined || i.when || i.contingency)) return;
  const last = declares.reduce((x, y) =>
    Math.max(parseClock(y.at!)!, startOf(y.module)) > Math.max(parseClock(x.at!)!, startOf(x.module)) ? y : x,
  );
  const lastAt = Math.max(parseClock(last.at!)!, startOf(last.module));
  s.injects.forEach((inj, i) => {
    const severity = inj.reveals.severity;
    if (!severity || inj.at === undefined || inj.contingency) return;
    const at = Math.max(parseClock(inj.at)!, startOf(inj.module));
    if (at <= lastAt) return;
    const label = byId(plan).severities.get(severity)?.label ?? severity;
    report(
      ['injects', i, 'reveals', 'severity'],
      'scenario-severity-after-last-declare',
      `inject "${inj.id}" indicates ${label} at ${formatClock(at)}, after the last decision that offers a declaration opened (inject "${last.id}" at ${formatClock(lastAt)}): a team that has declared cannot declare ${label} and will miss it; add a decision with a declare option to this inject or a later one`,
      'warning',
    );
  });
}
