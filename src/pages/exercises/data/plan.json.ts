/** The compiled plan model as JSON, for the simulator pages (replay and scoring need it), trimmed of what no exercise reads. */
import type { APIRoute } from 'astro';
import { loadPlan } from '../../../plan/load.ts';
import { planForExercises } from '../../../plan/for-exercises.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(planForExercises(loadPlan())), { headers: { 'content-type': 'application/json' } });
