/**
 * The per-kind readers the file-kinds table points at: a document file (plan.yaml, controls.yaml, one
 * exercise record), a playbook, a chapter, and the obligation list's hooks. Each validates what it
 * reads, adds the valid elements to `ctx.plan` and marks what it left out with `ctx.lose`.
 */
import { z } from 'zod';
import type { Activity, Chapter, PlanModel, Scale } from '../plan/model.ts';
import { activitySchema, playbookSchema } from '../plan/schema/playbook.ts';
import { chapterFrontmatter } from '../plan/schema/evidence.ts';
import { dateAfter } from '../plan/time.ts';
import { parseChapter } from './chapter-source.ts';
import type { ReadContext } from './read-context.ts';
import { locate, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problems.ts';
import { zodProblems } from './zod-messages.ts';

/** What the document reader needs to know of a one-element file kind (`DocumentFileKind`). */
export interface DocumentSpec<T = never> {
  /** Element name in messages, and the root of its schema's paths. */
  kind: string;
  schema: z.ZodType;
  /** Declared-id kinds the file holds. */
  declares: readonly string[];
  /** Whether the file declares an id of its own (`declares[0]`), so an invalid one with no id leaves ids unknown. */
  identified?: boolean;
  /** Puts a valid element into the model. */
  store: (value: T, src: YamlSource, ctx: ReadContext) => void;
}

/** Reads a one-element file through `spec`. */
export function readDocument<T>(spec: DocumentSpec<T>, src: YamlSource, ctx: ReadContext): void {
  const value = ctx.validate(src, spec.schema, src.data, [], spec.kind) as T | undefined;
  const id = (src.data as { id?: unknown }).id;
  if (spec.identified) ctx.declare(spec.declares[0], id);
  if (value === undefined) return ctx.lose(spec.declares, spec.identified === true && typeof id !== 'string');
  spec.store(value, src, ctx);
}

/** plan.yaml: the document control, with its review dates worked out. */
export function storeDocument(doc: PlanModel['document'], src: YamlSource, ctx: ReadContext): void {
  const written = (src.data as { distribution?: unknown }).distribution;
  if (typeof written === 'string' && /[,;]/.test(written)) ctx.problems.push(distributionOneText(written, src));
  doc.lastReviewed ??= doc.effectiveDate;
  doc.nextReview = dateAfter(doc.lastReviewed, doc.reviewCycle) ?? doc.lastReviewed;
  ctx.plan.document = ctx.keep(doc, src, []);
}

/**
 * `distribution` written as one text with a comma or semicolon: read as one recipient ("Smith, J. (CISO)"),
 * never split, because splitting would break names like "Legal, Risk and Compliance"; only the author knows
 * which they meant, and a YAML list (one recipient per item, even a single one) says it.
 */
function distributionOneText(text: string, src: YamlSource): Problem {
  return {
    file: src.file,
    ...locate(src, ['distribution']),
    severity: 'warning',
    rule: 'distribution-one-text',
    message: `distribution "${text}" is one text with a comma, so it is read as one recipient; if it names several, write a YAML list with one recipient per item; if it is one, write it as a one-item list ("- ${text}") to say so`,
  };
}

/** controls.yaml: the frameworks, and each control mapping located. */
export function storeControls(
  c: { frameworks: PlanModel['frameworks']; mappings: Omit<PlanModel['controlMappings'][number], 'source'>[] },
  src: YamlSource,
  ctx: ReadContext,
): void {
  ctx.plan.frameworks = c.frameworks;
  ctx.plan.controlMappings = c.mappings.map((m, i) => ctx.keep(m, src, ['mappings', i]));
}

/** scales.yaml: the plan's further classification scales, each with its levels by rank, highest first (as severities are). */
export function storeScales(value: { scales: Omit<Scale, 'source'>[] }, src: YamlSource, ctx: ReadContext): void {
  ctx.plan.scales = value.scales.map((sc, i) =>
    ctx.keep({ ...sc, levels: [...sc.levels].sort((a, b) => a.rank - b.rank) }, src, ['scales', i]),
  );
}

/** One file of `exercises/`: an exercise record. */
export function storeExercise(
  x: Omit<PlanModel['exercises'][number], 'source'>,
  src: YamlSource,
  ctx: ReadContext,
): void {
  ctx.plan.exercises.push(ctx.keep(x, src, []));
}

const playbookHead = playbookSchema.extend({ activities: z.array(z.unknown()).min(1) });

/** One file of `playbooks/`: the playbook, then each activity on its own, so one invalid activity leaves the others in. */
export function readPlaybook(src: YamlSource, ctx: ReadContext): void {
  const data = src.data as { id?: unknown; activities?: unknown };
  const head = ctx.validate(src, playbookHead, src.data, [], 'playbook');
  ctx.declare('playbook', data.id);
  if (!head) {
    // The playbook stays out of the model, but its activities' own problems are reported too, so that a
    // missing `owner` does not hide them.
    (Array.isArray(data.activities) ? data.activities : []).forEach((raw, i) => {
      ctx.declare('activity', `${data.id}/${(raw as { id?: unknown })?.id}`);
      ctx.validate(src, activitySchema, raw, ['activities', i], 'playbook');
    });
    return ctx.lose(['playbook', 'activity'], typeof data.id !== 'string' || !Array.isArray(data.activities));
  }
  const activities = head.activities.flatMap((raw, i) => {
    ctx.declare('activity', `${head.id}/${(raw as { id?: unknown })?.id}`);
    const a = ctx.validate(src, activitySchema, raw, ['activities', i], 'playbook');
    if (!a) ctx.lose(['activity'], typeof (raw as { id?: unknown })?.id !== 'string');
    // finishPlaybooks resolves what each due time counts from (due.start), once every playbook and plan event is known.
    return a
      ? [ctx.keep({ ...a, key: `${head.id}/${a.id}`, playbook: head.id } as Activity, src, ['activities', i])]
      : [];
  });
  ctx.plan.playbooks.push(ctx.keep({ ...head, activities }, src, []));
}

/** An obligation's stages have ids of their own (`<obligation>/<stage>`), declared even when the obligation is invalid. */
export function declareStages(raw: unknown, ctx: ReadContext): void {
  const rawId = (raw as { id?: unknown })?.id;
  const stages = (raw as { stages?: unknown })?.stages;
  for (const s of Array.isArray(stages) ? stages : []) ctx.declare('stage', `${rawId}/${(s as { id?: unknown })?.id}`);
}

/** Gives each stage of a valid obligation its key, `<obligation>/<stage>`. */
export function keyStages(value: object): void {
  const o = value as { id: string; stages: { id: string }[] };
  o.stages = o.stages.map((s) => ({ ...s, key: `${o.id}/${s.id}` }));
}

/** A chapter's id: its path inside `folder` without `.mdx`. */
export function chapterId(folder: string, path: string): string {
  return path.slice(folder.length + 1).replace(/\.mdx$/, '');
}

/** Reads a chapter (`display` is its path in messages): frontmatter, MDX body and cross-references. */
export function readChapter(display: string, id: string, text: string, ctx: ReadContext): void {
  ctx.declare('chapter', id);
  const { chapter, problems: found } = parseChapter(display, text);
  ctx.problems.push(...found);
  if (!chapter) return ctx.lose(['chapter'], false);
  const src = chapter.frontmatter;
  const result = chapterFrontmatter.safeParse(src.data ?? {}, { reportInput: true });
  if (!result.success) {
    ctx.problems.push(...zodProblems(src, chapterFrontmatter, result.error.issues, `chapter "${id}"`));
    return ctx.lose(['chapter'], false);
  }
  const out: Chapter = {
    ...result.data,
    id,
    body: chapter.body,
    references: chapter.references,
    source: { file: display, line: 1, column: 1 },
  };
  ctx.locations.set(out, { src, path: [] });
  ctx.plan.chapters.push(out);
}
