/**
 * The plan's evidence as OSCAL JSON (src/handbook/oscal.ts): `component-definition.json`,
 * `assessment-results.json` and `poam.json`, judged as of the build date.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlan, loadRefs } from '../../../integration/load-plan.ts';
import { buildCoverage } from '../../../handbook/coverage.ts';
import { assessmentResults, componentDefinition, poam } from '../../../handbook/oscal.ts';
import { defaultToday } from '../../../compiler/compile.ts';
import { safeJson } from '../../../plan/safe-json.ts';

const DOCS = ['component-definition', 'assessment-results', 'poam'] as const;

export const getStaticPaths: GetStaticPaths = () => DOCS.map((doc) => ({ params: { doc } }));

export const GET: APIRoute = ({ params }) => {
  const plan = loadPlan();
  const built = defaultToday();
  const coverage = buildCoverage(plan, loadRefs(), built);
  const doc =
    params.doc === 'component-definition'
      ? componentDefinition(plan, coverage, built)
      : params.doc === 'assessment-results'
        ? assessmentResults(plan, built)
        : poam(plan, coverage, built);
  return new Response(safeJson(doc), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
