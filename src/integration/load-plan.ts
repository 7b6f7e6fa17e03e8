/**
 * The compiled plan of one build process: the one compile cache, held process-wide because one
 * build loads this module several times (the Astro config, the integration, the prerendered pages'
 * bundle). Build-time only (it reads the file system). With `DRILLBOOK_AUDIENCE=public` the model is
 * redacted here, once, so no page can leak a private field by forgetting to.
 *
 *   compileOrFail(dir) ─safe reader (text + SHA-256 per file)─▶ fingerprint ─same as held?─▶ the held result
 *                                                                            └─ no ─compile─▶ held, returned
 *   loadCompiled()     ─held for DRILLBOOK_CONTENT?─▶ it, read no further (else compileOrFail first)
 *                      ─▶ redacted for the audience and indexed by ref, once per held result
 *
 * The folder is read when a build (or `astro dev` reloading its config) starts: `handbookConfig`
 * and the integration call `compileOrFail`; the pages only call `loadCompiled`.
 */
import { resolve } from 'node:path';
import type { PlanModel } from '../plan/model.ts';
import { compileSources, defaultToday, type CompileSuccess } from '../compiler/compile.ts';
import { formatProblem, summarise, type Problem } from '../compiler/problems.ts';
import { planPrefix } from '../compiler/read-folder.ts';
import { readContentDir } from '../compiler/read-plan.ts';
import { audienceFromEnv, redactPlan, type Audience } from '../plan/redact.ts';
import { indexRefs, type ResolvedRef } from '../plan/refs.ts';
import { planFolders } from '../compiler/plan-folders.ts';

/** The compiled plan of one build, with the compiler's warnings and the audience it was made for. */
export interface LoadedPlan {
  plan: PlanModel;
  /** Compiler warnings (a loaded plan has no errors). */
  warnings: Problem[];
  audience: Audience;
  /** Content folder the plan came from. */
  contentDir: string;
}

/** One folder's compile: the files' fingerprint it was made from, the result, and its per-audience views. */
interface Held {
  fingerprint: string;
  result: CompileSuccess;
  loaded: Map<Audience, LoadedPlan & { refs?: Map<string, ResolvedRef> }>;
}

const HELD = Symbol.for('drillbook.compiled-plans');
const held = ((globalThis as Record<symbol, Map<string, Held> | undefined>)[HELD] ??= new Map());

/** The errors of a folder's latest compile, while it has errors (an edit in `astro dev` broke the plan). */
const FAILED = Symbol.for('drillbook.failed-plans');
const failed = ((globalThis as Record<symbol, Map<string, Error> | undefined>)[FAILED] ??= new Map());

/** The content folder: `DRILLBOOK_CONTENT`, default `content` (plan-folders.ts, the rule `npm run check` follows too). */
export function contentDir(): string {
  return planFolders().content;
}

/** The same folder compiled from the same working directory on the same "today" is one entry. */
const slot = (dir: string) => `${resolve(dir)}\0${process.cwd()}\0${defaultToday()}`;

/**
 * Compiles `contentDir`, reading it once through the safe reader; an unchanged folder (same paths,
 * same file digests) returns the held result without compiling again. Throws an error whose
 * message lists every problem when the plan has errors (a file that cannot be read included).
 */
export function compileOrFail(contentDir: string): CompileSuccess {
  const prefix = planPrefix(contentDir);
  const read = readContentDir(contentDir, prefix);
  // Approvals count too: a new signature changes what the audit page says, not the plan digest.
  const files = [...read.files, ...(read.approvals?.files ?? [])];
  const fingerprint = `${prefix}\0${files.map((f) => `${f.path}\0${f.sha256}`).join('\0')}`;
  const key = slot(contentDir);
  const known = read.problems.length ? undefined : held.get(key);
  if (known?.fingerprint === fingerprint) {
    failed.delete(key); // an edit that broke the plan was undone
    return known.result;
  }
  const result = compileSources(read, { prefix });
  if (!result.ok) {
    const lines = result.problems.map(formatProblem).join('\n');
    const error = new Error(`The plan in ${contentDir}/ has errors:\n${lines}\n${summarise(result.problems)}`);
    error.stack = error.message; // the messages are the whole story; no stack trace
    failed.set(key, error); // in `astro dev`, pages fail with the same lines until the plan is fixed
    throw error;
  }
  failed.delete(key);
  if (held.size >= 8) held.clear(); // tests compile many small plans; a build needs one
  held.set(key, { fingerprint, result, loaded: new Map() });
  return result;
}

/** The compiled plan of `DRILLBOOK_CONTENT` as held, compiling it first if this process has not. */
function heldPlan(dir: string): Held {
  const failure = failed.get(slot(dir));
  if (failure) throw failure;
  const known = held.get(slot(dir));
  if (known) return known;
  compileOrFail(dir);
  return held.get(slot(dir))!;
}

/** The plan in `DRILLBOOK_CONTENT` compiled, validated and redacted for `DRILLBOOK_AUDIENCE`, with its warnings. */
export function loadCompiled(): LoadedPlan {
  return loadedFor(contentDir());
}

function loadedFor(dir: string): LoadedPlan & { refs?: Map<string, ResolvedRef> } {
  const { result, loaded } = heldPlan(dir);
  const audience = audienceFromEnv();
  let view = loaded.get(audience);
  if (!view) {
    const plan = audience === 'public' ? redactPlan(result.plan) : result.plan;
    view = { plan, audience, contentDir: dir, warnings: result.problems.filter((p) => p.severity === 'warning') };
    loaded.set(audience, view);
  }
  return view;
}

/** The plan in `DRILLBOOK_CONTENT` (default `content`), compiled, validated and redacted for the audience. */
export function loadPlan(): PlanModel {
  return loadCompiled().plan;
}

/** Every element of the loaded plan by `kind:id` (`indexRefs`), built once per build rather than once per page. */
export function loadRefs(): Map<string, ResolvedRef> {
  const loaded = loadedFor(contentDir());
  return (loaded.refs ??= indexRefs(loaded.plan));
}
