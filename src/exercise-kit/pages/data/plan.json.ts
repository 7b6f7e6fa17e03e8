/** The compiled plan model as JSON, for the simulator pages (replay and scoring need it), trimmed of what no exercise reads. */
import type { APIRoute } from 'astro';
import { loadPlan } from '../../../integration/load-plan.ts';
import { planForExercises } from '../../../plan/for-exercises.ts';
import { jsonForHtml } from '../../../plan/safe-policy.ts';

export const GET: APIRoute = () =>
  new Response(jsonForHtml(planForExercises(loadPlan())), { headers: { 'content-type': 'application/json' } });
