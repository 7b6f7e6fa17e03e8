/**
 * The compliance coverage matrix: for each framework, each mapped control and the plan elements
 * that satisfy it, resolved to names and handbook links.
 */
import type { PlanModel } from '../plan/model.ts';
import type { ResolvedRef } from '../plan/refs.ts';

/** One control and its resolved elements. */
export interface CoverageRow {
  control: string;
  title: string;
  elements: ResolvedRef[];
  /** References that did not resolve (the compiler reports these; kept visible rather than dropped). */
  unresolved: string[];
}

/** The controls of one framework. */
export interface FrameworkCoverage {
  id: string;
  name: string;
  rows: CoverageRow[];
}

/** Groups the plan's control mappings by framework, in the order frameworks are declared. */
export function buildCoverage(plan: PlanModel, refs: Map<string, ResolvedRef>): FrameworkCoverage[] {
  return plan.frameworks.map((f) => ({
    id: f.id,
    name: f.name,
    rows: plan.controlMappings
      .filter((m) => m.framework === f.id)
      .map((m) => ({
        control: m.control,
        title: m.title,
        elements: m.elements.flatMap((e) => refs.get(e) ?? []),
        unresolved: m.elements.filter((e) => !refs.has(e)),
      })),
  }));
}
