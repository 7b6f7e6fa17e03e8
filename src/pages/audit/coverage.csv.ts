/** `/audit/coverage.csv`: the coverage matrix for a spreadsheet or an audit tool (src/handbook/coverage-csv.ts). */
import type { APIRoute } from 'astro';
import { loadPlan, loadRefs } from '../../integration/load-plan.ts';
import { buildCoverage } from '../../handbook/coverage.ts';
import { coverageCsv } from '../../handbook/coverage-csv.ts';
import { defaultToday } from '../../compiler/compile.ts';

export const GET: APIRoute = () =>
  new Response(coverageCsv(buildCoverage(loadPlan(), loadRefs(), defaultToday())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
