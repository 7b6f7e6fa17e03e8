/**
 * The scenario's truth, which decides what the plan expects: the severity the scenario indicates
 * (an inject's `reveals.severity`) stands for the incident's severity whatever the team declares,
 * so declaring lower never removes an obligation or an activity the real severity brings (and
 * declaring lower is itself a finding, see expectations.ts). Only while the scenario has indicated
 * no severity does the team's declaration stand in for it. Incident types and data categories are
 * only ever revealed by the scenario, so they need no translation.
 */
import type { Facts } from './state.ts';
import { SEVERITY_SCALE } from '../plan/level-times.ts';

/**
 * `facts` with `declared` replaced by the severities the scenario indicated, in the order they were
 * indicated, when it indicated any: what `appliesWhen` conditions on severity and `major` read.
 */
export function truthFacts(facts: Facts): Facts {
  const indicated = Object.entries(facts.indicated).sort(([, a], [, b]) => a - b);
  if (!indicated.length) return facts;
  return { ...facts, declared: indicated.map(([severity, at]) => ({ severity, at, by: 'scenario', seq: -1 })) };
}

/** The severities in force by the scenario's truth: every one it indicated, else the latest the team declared (none before either). */
export function severitiesInForce(truth: Facts): string[] {
  return Object.keys(truth.indicated).length
    ? truth.declared.map((d) => d.severity)
    : truth.declared.slice(-1).map((d) => d.severity);
}

/**
 * The levels of scale `scale` in force by the scenario's truth, as level ids: the severities in force
 * for `severity`, else every level of that scale the scenario revealed (`priority:p1` gives `p1`).
 */
export function levelsInForce(truth: Facts, scale: string): string[] {
  if (scale === SEVERITY_SCALE) return severitiesInForce(truth);
  const prefix = `${scale}:`;
  return Object.keys(truth.levels ?? {})
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}
