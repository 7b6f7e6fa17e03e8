/** Each validated example scenario as JSON, fetched by the briefing page's "Start" button. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlan } from '../../../../integration/load-plan.ts';
import { loadScenarios, type ExampleScenario } from '../../../../integration/scenarios.ts';
import { jsonForHtml } from '../../../../plan/safe-policy.ts';

export const getStaticPaths = (() => loadScenarios().map((s) => ({ params: { id: s.scenario.id }, props: { ...s } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { scenario, text } = props as ExampleScenario;
  const planDigest = loadPlan().digest;
  return new Response(jsonForHtml({ scenario, text, planDigest }), { headers: { 'content-type': 'application/json' } });
};
