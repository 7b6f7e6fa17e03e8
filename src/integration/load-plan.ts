/**
 * The compiled plan for pages: compiled once per build process and cached, so every page reads the
 * same model. Build-time only (it reads the file system). With `DRILLBOOK_AUDIENCE=public` the
 * model is redacted here, once, so no page can leak a private field by forgetting to.
 */
import type { PlanModel } from './model.ts';
import type { Problem } from '../compiler/index.ts';
import { compileOrFail } from '../integration/drillbook.ts';
import { audienceFromEnv, redactPlan, type Audience } from './redact.ts';
import { indexRefs, type ResolvedRef } from './refs.ts';

/** The compiled plan of one build, with the compiler's warnings and the audience it was made for. */
export interface LoadedPlan {
  plan: PlanModel;
  /** Compiler warnings (a loaded plan has no errors). */
  warnings: Problem[];
  audience: Audience;
  /** Content folder the plan came from. */
  contentDir: string;
}

let cached: (LoadedPlan & { key: string; refs?: Map<string, ResolvedRef> }) | undefined;

/** The content folder: `DRILLBOOK_CONTENT`, default `content`. */
export function contentDir(): string {
  return process.env.DRILLBOOK_CONTENT ?? 'content';
}

/** The plan in `DRILLBOOK_CONTENT` compiled, validated and redacted for `DRILLBOOK_AUDIENCE`, with its warnings. */
export function loadCompiled(): LoadedPlan {
  const dir = contentDir();
  const audience = audienceFromEnv();
  const key = `${dir}\0${audience}`;
  if (cached?.key !== key) {
    const result = compileOrFail(dir);
    const plan = audience === 'public' ? redactPlan(result.plan) : result.plan;
    cached = { key, plan, audience, contentDir: dir, warnings: result.problems.filter((p) => p.severity === 'warning') };
  }
  return cached;
}

/** The plan in `DRILLBOOK_CONTENT` (default `content`), compiled, validated and redacted for the audience. */
export function loadPlan(): PlanModel {
  return loadCompiled().plan;
}

/** Every element of the loaded plan by `kind:id` (`indexRefs`), built once per build rather than once per page. */
export function loadRefs(): Map<string, ResolvedRef> {
  const loaded = loadCompiled() as NonNullable<typeof cached>;
  return (loaded.refs ??= indexRefs(loaded.plan));
}
