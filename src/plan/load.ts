/**
 * The compiled plan for pages: compiled once per build process and cached, so every page reads the
 * same model. Build-time only (it reads the file system).
 */
import type { PlanModel } from './model.ts';
import { compileOrFail } from '../integration/drillbook.ts';

let cached: { dir: string; plan: PlanModel } | undefined;

/** The plan in `DRILLBOOK_CONTENT` (default `content`), compiled and validated. */
export function loadPlan(): PlanModel {
  const dir = process.env.DRILLBOOK_CONTENT ?? 'content';
  if (cached?.dir !== dir) cached = { dir, plan: compileOrFail(dir).plan };
  return cached.plan;
}
