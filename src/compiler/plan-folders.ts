/**
 * Which plan and scenario folders `npm run check` and the build (`astro build` / `astro dev`) read: one
 * rule for both, so a plan that checks clean builds with the same scenarios.
 *
 *   plan:      --content DIR,   else DRILLBOOK_CONTENT,   else content
 *   scenarios: --scenarios DIR, else DRILLBOOK_SCENARIOS, else scenarios — but only with the plan in content/:
 *              scenarios are written against one plan, so another plan has none unless they are named.
 *
 * A scenario folder that is named must exist; the default `scenarios/` may be absent.
 */
import { resolve } from 'node:path';

/** The folders one check or build reads. */
export interface PlanFolders {
  /** The plan folder. */
  content: string;
  /** The scenario folder, or `undefined` when this plan has no scenarios. */
  scenarios?: string;
  /** Whether the scenario folder was named (`--scenarios` or `DRILLBOOK_SCENARIOS`), so it must exist. */
  scenariosNamed: boolean;
}

/** The folders for `given` command-line options, then the environment, then the defaults. */
export function planFolders(
  given: { content?: string; scenarios?: string } = {},
  env: Record<string, string | undefined> = process.env,
): PlanFolders {
  const content = given.content ?? (env.DRILLBOOK_CONTENT || undefined) ?? 'content';
  const named = given.scenarios ?? (env.DRILLBOOK_SCENARIOS || undefined);
  const scenarios = named ?? (resolve(content) === resolve('content') ? 'scenarios' : undefined);
  return { content, scenarios, scenariosNamed: named !== undefined };
}
