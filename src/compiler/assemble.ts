/**
 * Step one of compiling: classify each source file, parse it with positions, validate it
 * element by element against its schema, and assemble the valid elements into a plan model.
 * An invalid element is reported and left out, but its id is still known, so one typo does not
 * cascade into "unknown reference" errors everywhere it is used. Last, `finishPlan` adds the facts
 * views read (ordered lists, accountable roles, clock-start labels, next exercise).
 */
import { z } from 'zod';
import type { Activity, PlanModel, SourceRef } from '../plan/model.ts';
import { CHAPTERS, FILE_KINDS, type FileKind } from './file-kinds.ts';
import { chapterId, readChapter, readDocument, readList } from './read-files.ts';
import { activitySchema, playbookSchema } from '../plan/schema/playbook.ts';
import type { Problem } from './problems.ts';
import { parseYaml, locate, type YamlPath, type YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-messages.ts';
import { didYouMean } from './suggest.ts';
import type { Locations } from './locations.ts';
import { finishPlan } from './finish.ts';
import { id as idSchema } from '../plan/schema/common.ts';

/** A source file: `path` relative to the content folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

export type { Locations } from './locations.ts';

/** The result of assembling: a model (possibly partial), problems so far, and what rules need. */
export interface Assembly {
  plan: PlanModel;
  problems: Problem[];
  locations: Locations;
  /** Ids declared per kind, valid or not. */
  declared: Map<string, Set<string>>;
  /** Kinds whose ids are not all known, because a file of theirs could not be read: references to them are not checked. */
  unknownIds: Set<string>;
  /** Declared ids that are not valid ids (`SEV-1`): never offered as a suggestion. */
  invalidIds: Map<string, Set<string>>;
  /** Kinds with at least one element left out of the model as invalid (includes `unknownIds`). */
  partial: Set<string>;
  /** Whether plan.yaml was valid (the model's `document` is a placeholder otherwise). */
  hasDocument: boolean;
}

const playbookHead = playbookSchema.extend({ activities: z.array(z.unknown()).min(1) });

/** Classifies, parses and validates `files`; `prefix` is prepended to paths in messages (e.g. `content/`). */
export function assemble(files: readonly SourceFile[], prefix: string): Assembly {
  const problems: Problem[] = [];
  const locations: Locations = new WeakMap();
  const declared = new Map<string, Set<string>>();
  const unknownIds = new Set<string>();
  const invalidIds = new Map<string, Set<string>>();
  const declare = (kind: string, id: unknown) => {
    if (typeof id !== 'string') return;
    if (!declared.has(kind)) declared.set(kind, new Set());
    declared.get(kind)!.add(id);
    // An element whose own id is invalid exists, but which id it should have is unknown: a reference that
    // most likely means it is not reported as undefined (its id's error is the one to fix), and the
    // invalid id is never suggested.
    if (!id.split('/').every((part) => idSchema.safeParse(part).success)) {
      if (!invalidIds.has(kind)) invalidIds.set(kind, new Set());
      invalidIds.get(kind)!.add(id);
    }
  };
  const partial = new Set<string>();
  const lose = (kinds: string[], idsToo: boolean) => {
    for (const k of kinds) {
      partial.add(k);
      if (idsToo) unknownIds.add(k);
    }
  };
  const plan = emptyPlan();
  let hasDocument = false;

  const seen = new Map<FileKind, string>();
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
  const lost = (kind: FileKind) => LOSES[kind.kind] ?? [kind.kind];

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const display = prefix + file.path;
    if (file.path.startsWith(CHAPTERS.folder + '/') && file.path.endsWith('.mdx')) {
      const id = chapterId(file.path);
      declare('chapter', id);
      const chapter = readChapter(display, id, file.text, problems, locations);
      if (chapter) plan.chapters.push(chapter);
      else lose(['chapter'], false);
      continue;
    }
    const kind = classify(file.path);
    if (!kind) {
      if (/\.(ya?ml|mdx?)$/.test(file.path))
        problems.push(fileProblem(display, 'file-unknown', unknownFileMessage(file.path)));
      continue;
    }
    const twin = seen.get(kind);
    if (twin && !(kind.shape === 'document' && kind.folder)) {
      problems.push(fileProblem(display, 'file-duplicate', `${prefix}${twin} already holds the ${kind.kind} list; move what this file holds into it and delete this one`));
      continue;
    }
    seen.set(kind, file.path);
    const { source: src, problems: syntax } = parseYaml(display, file.text);
    problems.push(...syntax);
    if (!src) {
      lose(lost(kind), true);
      continue;
    }
    if (src.data === null || src.data === undefined) {
      problems.push(fileProblem(display, 'file-empty', `the file is empty; add the ${kind.kind} it should hold or delete it`));
      continue;
    }
    if (kind.shape === 'list') {
      const complete = readList(kind, src, plan, validate, keep, declare, problems);
      if (complete !== true) lose(lost(kind), complete === 'ids-unknown');
    } else if (kind.kind === 'playbook') {
      const data = src.data as { id?: unknown; activities?: unknown };
      const head = validate(src, playbookHead, src.data, [], 'playbook');
      declare('playbook', data.id);
      if (!head) {
        // The playbook stays out of the model, but its activities' own problems are reported too, so that a
        // missing `owner` does not hide them.
        (Array.isArray(data.activities) ? data.activities : []).forEach((raw, i) => {
          declare('activity', `${data.id}/${(raw as { id?: unknown })?.id}`);
          validate(src, activitySchema, raw, ['activities', i], 'playbook');
        });
        lose(['playbook', 'activity'], typeof data.id !== 'string' || !Array.isArray(data.activities));
        continue;
      }
      const activities = head.activities.flatMap((raw, i) => {
        declare('activity', `${head.id}/${(raw as { id?: unknown })?.id}`);
        const a = validate(src, activitySchema, raw, ['activities', i], 'playbook');
        if (!a) lose(['activity'], typeof (raw as { id?: unknown })?.id !== 'string');
        // finishPlan resolves what each due time counts from (due.start), once every playbook and plan event is known.
        return a ? [keep({ ...a, key: `${head.id}/${a.id}`, playbook: head.id } as Activity, src, ['activities', i])] : [];
      });
      plan.playbooks.push(keep({ ...head, activities }, src, []));
    } else {
      if (!readDocument(kind, src, plan, validate, keep, declare)) lose(lost(kind), kind.kind === 'exercise record' && typeof (src.data as { id?: unknown }).id !== 'string');
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
  // After every file is read: plan.yaml may come after the lists its facts apply to.
  finishPlan(plan);
  return { plan, problems, locations, declared, unknownIds, invalidIds, partial, hasDocument };
}

/** Declared-id kinds a file kind holds, where they differ from its `kind`. */
const LOSES: Record<string, string[]> = {
  obligation: ['obligation', 'stage'],
  playbook: ['playbook', 'activity'],
  'exercise record': ['exercise'],
  plan: ['plan'],
};

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
