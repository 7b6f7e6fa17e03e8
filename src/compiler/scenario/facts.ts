/**
 * `scenario-fact-unknown` (warning): a fact a scenario reveals (`reveals.facts`, a decision's `fact`
 * action) is either a situational fact of the plan (`plan.yaml` `facts`), so that the steps and
 * obligations it conditions arise, or one the scenario's own triggers test (`when: { fact: … }`).
 * Scenarios also reveal facts of their own story; one that is neither but lies close to a plan fact
 * is nearly always that fact misspelt, and the steps it conditions would never arise.
 */
import type { PlanModel } from '../../plan/model.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';
import { closest } from '../suggest.ts';
import type { Report } from './references.ts';

/** Every fact a trigger condition tests, anywhere in the scenario (actions that reveal a fact aside). */
function testedFacts(value: unknown, out = new Set<string>(), inActions = false): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => testedFacts(v, out, inActions));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if (k === 'fact' && typeof v === 'string' && !inActions) out.add(v);
      else testedFacts(v, out, inActions || k === 'actions');
    }
  return out;
}

/** Warns about each revealed fact that neither the plan defines nor a trigger tests, and that lies close to a plan fact. */
export function checkFacts(plan: PlanModel, s: Scenario, report: Report): void {
  const planFacts = (plan.document.facts ?? []).map((f) => f.id);
  const tested = testedFacts(s);
  const check = (fact: string, path: (string | number)[], owner: string) => {
    if (planFacts.includes(fact) || tested.has(fact)) return;
    const meant = closest(fact, planFacts);
    if (meant === undefined) return;
    report(
      path,
      'scenario-fact-unknown',
      `${owner} reveals fact "${fact}", which neither the plan defines (plan.yaml facts) nor a trigger of this scenario tests (did you mean "${meant}"?); write the plan's fact so that the steps and obligations it conditions arise`,
      'warning',
    );
  };
  s.injects.forEach((inj, i) => {
    inj.reveals.facts.forEach((f, j) => check(f, ['injects', i, 'reveals', 'facts', j], `inject "${inj.id}"`));
    inj.decisions.forEach((d, di) =>
      d.options.forEach((o, oi) =>
        o.actions.forEach((a, ai) => {
          if (a.fact)
            check(
              a.fact,
              ['injects', i, 'decisions', di, 'options', oi, 'actions', ai, 'fact'],
              `option "${d.id}/${o.id}"`,
            );
        }),
      ),
    );
  });
}
