/** Each example scenario's MSEL as CSV (engine `toMselCsv`), linked from its briefing. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadScenarios, type ExampleScenario } from '../../../../integration/scenarios.ts';
import { toMselCsv } from '../../../../engine/msel.ts';

export const getStaticPaths = (() => loadScenarios().map((s) => ({ params: { id: s.scenario.id }, props: { ...s } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toMselCsv((props as ExampleScenario).scenario), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
