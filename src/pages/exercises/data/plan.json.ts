/** The compiled plan model as JSON, for the simulator pages (replay and scoring need it). */
import type { APIRoute } from 'astro';
import { loadPlan } from '../../../plan/load.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(loadPlan()), { headers: { 'content-type': 'application/json' } });
