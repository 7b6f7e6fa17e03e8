/**
 * Step one of compiling: classify each source file, parse it with positions, validate it
 * element by element against its schema, and assemble the valid elements into a plan model.
 * An invalid element is reported and left out, but its id is still known, so one typo does not
 * cascade into "unknown reference" errors everywhere it is used.
 */
import { z } from 'zod';
import type { Chapter, PlanModel, SourceRef } from '../plan/model.ts';
import { addDuration } from '../plan/time.ts';
import { CHAPTERS, FILE_KINDS, type DocumentFileKind, type FileKind, type ListFileKind } from './schemas/index.ts';
import { activitySchema, playbookSchema } from './schemas/playbook.ts';
import { parseChapter } from './chapter-source.ts';
import type { Problem } from './problems.ts';
import { parseYaml, locate, type YamlPath, type YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-messages.ts';
import { didYouMean } from './suggest.ts';

/** A source file: `path` relative to the content folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Where each model object was written, for rules that report on a field deep inside it. */
export type Locations = WeakMap<object, { src: YamlSource; path: YamlPath }>;

/** The result of assembling: a model (possibly partial), problems so far, and what rules need. */
export interface Assembly {
  plan: PlanModel;
  problems: Problem[];
  locations: Locations;
  /** Ids declared per kind, valid or not. */
  declared: Map<string, Set<string>>;
  /** Whether plan.yaml was valid (the model's `document` is a placeholder otherwise). */
  hasDocument: boolean;
}

const playbookHead = playbookSchema.extend({ activities: z.array(z.unknown()).min(1) });

/** Classifies, parses and validates `files`; `prefix` is prepended to paths in messages (e.g. `content/`). */
export function assemble(files: readonly SourceFile[], prefix: string): Assembly {
  const problems: Problem[] = [];
  const locations: Locations = new WeakMap();
  const declared = new Map<string, Set<string>>();
  const declare = (kind: string, id: unknown) => {
    if (typeof id !== 'string') return;
    if (!declared.has(kind)) declared.set(kind, new Set());
    declared.get(kind)!.add(id);
  };
  const plan = emptyPlan();
  let hasDocument = false;

  const seen = new Set<FileKind>();
  const sourceRef = (src: YamlSource, path: YamlPath): SourceRef => ({ file: src.file, ...locate(src, path) });
  const keep = <T extends object>(value: T, src: YamlSource, path: YamlPath): T & { source: SourceRef } => {
    const out = Object.assign(value, { source: sourceRef(src, path) });
    locations.set(out, { src, path });
    return out;
  };
  const validate = <T>(src: YamlSource, schema: z.ZodType<T>, value: unknown, path: YamlPath, root: string) => {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    problems.push(...zodProblems(src, schema, result.error.issues, root, path));
    return undefined;
  };

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const display = prefix + file.path;
    if (file.path.startsWith(CHAPTERS.folder + '/') && file.path.endsWith('.mdx')) {
      const chapter = readChapter(display, file.path, file.text, problems, locations);
      if (chapter) plan.chapters.push(chapter);
      continue;
    }
    const kind = classify(file.path);
    if (!kind) {
      if (/\.(ya?ml|mdx?)$/.test(file.path))
        problems.push(fileProblem(display, 'file-unknown', unknownFileMessage(file.path)));
      continue;
    }
    seen.add(kind);
    const { source: src, problems: syntax } = parseYaml(display, file.text);
    problems.push(...syntax);
    if (!src) continue;
    if (src.data === null || src.data === undefined) {
      problems.push(fileProblem(display, 'file-empty', `the file is empty; add the ${kind.kind} it should hold or delete it`));
      continue;
    }
    if (kind.shape === 'list') {
      readList(kind, src, plan, validate, keep, declare, problems);
    } else if (kind.kind === 'playbook') {
      const head = validate(src, playbookHead, src.data, [], 'playbook');
      declare('playbook', (src.data as { id?: unknown }).id);
      if (!head) continue;
      const activities = head.activities.flatMap((raw, i) => {
        declare('activity', `${head.id}/${(raw as { id?: unknown })?.id}`);
        const a = validate(src, activitySchema, raw, ['activities', i], 'playbook');
        return a ? [keep({ ...a, key: `${head.id}/${a.id}`, playbook: head.id }, src, ['activities', i])] : [];
      });
      plan.playbooks.push(keep({ ...head, activities }, src, []));
    } else {
      readDocument(kind, src, plan, validate, keep, declare);
      if (kind.file === 'plan.yaml' && plan.document.id) hasDocument = true;
    }
  }

  for (const kind of FILE_KINDS) {
    if (kind.required && !seen.has(kind)) {
      const where = kind.shape === 'document' && kind.folder ? `${prefix}${kind.file}/` : prefix + kind.file;
      problems.push(
        fileProblem(
          where,
          'file-missing',
          kind.shape === 'document' && kind.folder
            ? `no ${kind.kind} found; add at least one ${kind.file}/<id>.yaml`
            : `the plan has no ${kind.file}; create it (every plan needs its ${kind.kind === 'plan' ? 'document control' : `${kind.kind} list`})`,
        ),
      );
    }
  }
  plan.chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { plan, problems, locations, declared, hasDocument };
}

type Validate = <T>(src: YamlSource, schema: z.ZodType<T>, value: unknown, path: YamlPath, root: string) => T | undefined;
type Keep = <T extends object>(value: T, src: YamlSource, path: YamlPath) => T & { source: SourceRef };

function readList(
  kind: ListFileKind,
  src: YamlSource,
  plan: PlanModel,
  validate: Validate,
  keep: Keep,
  declare: (kind: string, id: unknown) => void,
  problems: Problem[],
) {
  const wrapper = z.strictObject({ [kind.key]: z.array(z.unknown()).min(kind.required ? 1 : 0) });
  const top = validate(src, wrapper, src.data, [], kind.file);
  if (!top) return;
  const items = top[kind.key] as unknown[];
  const target = (plan as unknown as Record<string, unknown[]>)[kind.key];
  items.forEach((raw, i) => {
    declare(kind.kind, (raw as { id?: unknown })?.id);
    const value = validate(src, kind.item, raw, [kind.key, i], kind.file) as object | undefined;
    if (!value) return;
    if (kind.key === 'obligations') {
      const o = value as { id: string; stages: { id: string }[] };
      o.stages = o.stages.map((s) => ({ ...s, key: `${o.id}/${s.id}` }));
      for (const s of o.stages) declare('stage', `${o.id}/${s.id}`);
    }
    target.push(keep(value, src, [kind.key, i]));
  });
  void problems;
}

function readDocument(
  kind: DocumentFileKind,
  src: YamlSource,
  plan: PlanModel,
  validate: Validate,
  keep: Keep,
  declare: (kind: string, id: unknown) => void,
) {
  const value = validate(src, kind.schema, src.data, [], kind.kind) as Record<string, unknown> | undefined;
  if (kind.kind === 'exercise record') declare('exercise', (src.data as { id?: unknown }).id);
  if (!value) return;
  if (kind.file === 'plan.yaml') {
    const doc = value as PlanModel['document'];
    doc.lastReviewed ??= doc.effectiveDate;
    const next = addDuration(Date.parse(`${doc.lastReviewed}T00:00:00Z`), doc.reviewCycle);
    doc.nextReview = Number.isFinite(next) ? new Date(next).toISOString().slice(0, 10) : doc.lastReviewed;
    plan.document = keep(doc, src, []);
  } else if (kind.file === 'controls.yaml') {
    const c = value as { frameworks: PlanModel['frameworks']; mappings: Omit<PlanModel['controlMappings'][number], 'source'>[] };
    plan.frameworks = c.frameworks;
    plan.controlMappings = c.mappings.map((m, i) => keep(m, src, ['mappings', i]));
  } else if (kind.kind === 'exercise record') {
    plan.exercises.push(keep(value as unknown as PlanModel['exercises'][number], src, []));
  }
}

function readChapter(display: string, path: string, text: string, problems: Problem[], locations: Locations): Chapter | undefined {
  const { chapter, problems: found } = parseChapter(display, text);
  problems.push(...found);
  if (!chapter) return undefined;
  const src = chapter.frontmatter;
  const result = CHAPTERS.schema.safeParse(src.data ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(src, CHAPTERS.schema, result.error.issues, 'chapter frontmatter'));
    return undefined;
  }
  const id = path.slice(CHAPTERS.folder.length + 1).replace(/\.mdx$/, '');
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

function classify(path: string): FileKind | undefined {
  for (const kind of FILE_KINDS) {
    if (kind.shape === 'document' && kind.folder) {
      if (path.startsWith(kind.file + '/') && /\.ya?ml$/.test(path)) return kind;
    } else if (path === kind.file || path === kind.file.replace(/\.yaml$/, '.yml')) return kind;
  }
  return undefined;
}

function unknownFileMessage(path: string): string {
  const names = FILE_KINDS.map((k) => (k.shape === 'document' && k.folder ? `${k.file}/*.yaml` : k.file));
  const hint = didYouMean(path, names.filter((n) => !n.includes('*')));
  return `not a plan file${hint}; rename it to one of ${names.join(', ')}, ${CHAPTERS.folder}/*.mdx, or move it out of the content folder`;
}

function fileProblem(file: string, rule: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', rule, message };
}

function emptyPlan(): PlanModel {
  return {
    document: {} as PlanModel['document'],
    roles: [],
    teams: [],
    people: [],
    parties: [],
    severities: [],
    incidentTypes: [],
    phases: [],
    escalationPolicies: [],
    playbooks: [],
    obligations: [],
    templates: [],
    exercises: [],
    frameworks: [],
    controlMappings: [],
    chapters: [],
    digest: '',
    sources: [],
  };
}
