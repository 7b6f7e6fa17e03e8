/**
 * The per-file readers of `assemble`: a list file (`roles.yaml` → `roles: [...]`), a document file
 * (plan.yaml, controls.yaml, one exercise record) and a chapter. Each validates what it reads and
 * adds the valid elements to the model; what it could not read is reported through `problems`.
 */
import { z } from 'zod';
import type { Chapter, PlanModel, Scale, SourceRef } from '../plan/model.ts';
import { dateAfter } from '../plan/time.ts';
import { CHAPTERS, type DocumentFileKind, type ListFileKind } from './file-kinds.ts';
import { parseChapter } from './chapter-source.ts';
import type { Problem } from './problems.ts';
import { locate, type YamlPath, type YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-messages.ts';
import type { Locations } from './locations.ts';

/** Validates `value` (found at `path` of `src`) against `schema`, reporting every issue; `undefined` when invalid. */
export type Validate = <T>(src: YamlSource, schema: z.ZodType<T>, value: unknown, path: YamlPath, root: string) => T | undefined;
/** Records where a model object was written and returns it with its `source`. */
export type Keep = <T extends object>(value: T, src: YamlSource, path: YamlPath) => T & { source: SourceRef };

/** A chapter's id: its path inside `chapters/` without `.mdx`. */
export function chapterId(path: string): string {
  return path.slice(CHAPTERS.folder.length + 1).replace(/\.mdx$/, '');
}


/** Reads a list file; says whether every element made it into the model, and if not whether all their ids are known. */
export function readList(
  kind: ListFileKind,
  src: YamlSource,
  plan: PlanModel,
  validate: Validate,
  keep: Keep,
  declare: (kind: string, id: unknown) => void,
  problems: Problem[],
): true | 'partial' | 'ids-unknown' {
  if (typeof src.data !== 'object' || Array.isArray(src.data)) {
    const what = Array.isArray(src.data) ? 'a bare list' : `only ${JSON.stringify(String(src.data).slice(0, 40))}`;
    problems.push({
      file: src.file,
      ...locate(src, []),
      severity: 'error',
      rule: 'schema-type',
      message: `${kind.file} holds ${what}; it must start with the line "${kind.key}:" and list each ${kind.kind} under it, indented`,
    });
    return 'ids-unknown';
  }
  const wrapper = z.strictObject({ [kind.key]: z.array(z.unknown()).min(kind.required ? 1 : 0) });
  const top = validate(src, wrapper, src.data, [], kind.file);
  if (!top) return 'ids-unknown';
  const items = top[kind.key] as unknown[];
  const target = (plan as unknown as Record<string, unknown[]>)[kind.key];
  let result: true | 'partial' | 'ids-unknown' = true;
  items.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown })?.id;
    declare(kind.kind, rawId);
    if (kind.key === 'obligations') {
      const stages = (raw as { stages?: unknown })?.stages;
      for (const s of Array.isArray(stages) ? stages : []) declare('stage', `${rawId}/${(s as { id?: unknown })?.id}`);
    }
    const value = validate(src, kind.item, raw, [kind.key, i], kind.file) as object | undefined;
    if (!value) {
      if (typeof rawId !== 'string') result = 'ids-unknown';
      else if (result === true) result = 'partial';
      return;
    }
    if (kind.key === 'obligations') {
      const o = value as { id: string; stages: { id: string }[] };
      o.stages = o.stages.map((s) => ({ ...s, key: `${o.id}/${s.id}` }));
    }
    target.push(keep(value, src, [kind.key, i]));
  });
  return result;
}

/** Reads a one-element file; false when it is invalid. */
export function readDocument(
  kind: DocumentFileKind,
  src: YamlSource,
  plan: PlanModel,
  validate: Validate,
  keep: Keep,
  declare: (kind: string, id: unknown) => void,
) {
  const value = validate(src, kind.schema, src.data, [], kind.kind) as Record<string, unknown> | undefined;
  if (kind.kind === 'exercise record') declare('exercise', (src.data as { id?: unknown }).id);
  if (!value) return false;
  if (kind.file === 'plan.yaml') {
    const doc = value as PlanModel['document'];
    doc.lastReviewed ??= doc.effectiveDate;
    doc.nextReview = dateAfter(doc.lastReviewed, doc.reviewCycle) ?? doc.lastReviewed;
    plan.document = keep(doc, src, []);
  } else if (kind.file === 'controls.yaml') {
    const c = value as { frameworks: PlanModel['frameworks']; mappings: Omit<PlanModel['controlMappings'][number], 'source'>[] };
    plan.frameworks = c.frameworks;
    plan.controlMappings = c.mappings.map((m, i) => keep(m, src, ['mappings', i]));
  } else if (kind.file === 'scales.yaml') {
    // Levels shown by rank, highest first, as severities are.
    const scales = (value as { scales: Omit<Scale, 'source'>[] }).scales;
    plan.scales = scales.map((sc, i) => keep({ ...sc, levels: [...sc.levels].sort((a, b) => a.rank - b.rank) }, src, ['scales', i]));
  } else if (kind.kind === 'exercise record') {
    plan.exercises.push(keep(value as unknown as PlanModel['exercises'][number], src, []));
  }
  return true;
}

/** Reads a chapter: frontmatter, MDX body and cross-references; `undefined` when it has errors. */
export function readChapter(display: string, id: string, text: string, problems: Problem[], locations: Locations): Chapter | undefined {
  const { chapter, problems: found } = parseChapter(display, text);
  problems.push(...found);
  if (!chapter) return undefined;
  const src = chapter.frontmatter;
  const result = CHAPTERS.schema.safeParse(src.data ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(src, CHAPTERS.schema, result.error.issues, `chapter "${id}"`));
    return undefined;
  }
  const out: Chapter = {
    ...result.data,
    id,
    body: chapter.body,
    references: chapter.references,
    source: { file: display, line: 1, column: 1 },
  };
  locations.set(out, { src, path: [] });
  return out;
}
