/**
 * Step one of compiling: classify each source file, parse it with positions, and hand it to its kind's
 * reader (the file-kinds table), which validates it element by element into the plan model. An invalid
 * element is reported and left out, but its id is still known, so one typo does not cascade into
 * "unknown reference" errors everywhere it is used. Last, each kind's `finish` hook adds the facts views
 * read (ordered lists, accountable roles, clock-start labels, next exercise).
 *
 *   SourceFile ─classify─▶ FileKind ─parseYaml─▶ YamlSource ─kind.read(src, ctx)─▶ ctx.plan, ctx.problems
 *   chapters/*.mdx ─────────────────────────────────────────CHAPTERS.read──────────┘
 */
import type { PlanModel } from '../plan/model.ts';
import { CHAPTERS, FILE_KINDS, type FileKind } from './file-kinds.ts';
import { chapterId } from './read-files.ts';
import { fileProblem, ReadContext } from './read-context.ts';
import type { Problem } from './problems.ts';
import type { RuleInput } from './rules/context.ts';
import { parseYaml } from './yaml-source.ts';
import { didYouMean } from './suggest.ts';

/** A source file: `path` relative to the content folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

export type { Locations } from './locations.ts';

/** The result of assembling: a model (possibly partial), the problems so far, and what rules need. */
export interface Assembly extends RuleInput {
  plan: PlanModel;
  problems: Problem[];
}

/** Classifies, parses and validates `files`; `prefix` is prepended to paths in messages (e.g. `content/`). */
export function assemble(files: readonly SourceFile[], prefix: string): Assembly {
  const ctx = new ReadContext();
  const seen = new Map<FileKind, string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const display = prefix + file.path;
    if (file.path.startsWith(CHAPTERS.folder + '/') && file.path.endsWith('.mdx')) {
      CHAPTERS.read(display, chapterId(CHAPTERS.folder, file.path), file.text, ctx);
      continue;
    }
    const kind = classify(file.path);
    if (!kind) {
      if (/\.(ya?ml|mdx?)$/.test(file.path))
        ctx.problems.push(fileProblem(display, 'file-unknown', unknownFileMessage(file.path)));
      continue;
    }
    const twin = seen.get(kind);
    if (twin && !isFolder(kind)) {
      ctx.problems.push(
        fileProblem(
          display,
          'file-duplicate',
          `${prefix}${twin} already holds the ${kind.kind} list; move what this file holds into it and delete this one`,
        ),
      );
      continue;
    }
    seen.set(kind, file.path);
    const { source: src, problems: syntax } = parseYaml(display, file.text);
    ctx.problems.push(...syntax);
    if (!src) ctx.lose(kind.declares, true);
    else if (src.data === null || src.data === undefined)
      ctx.problems.push(
        fileProblem(display, 'file-empty', `the file is empty; add the ${kind.kind} it should hold or delete it`),
      );
    else kind.read(src, ctx);
  }
  for (const kind of FILE_KINDS) if (kind.required && !seen.has(kind)) ctx.problems.push(missingProblem(kind, prefix));
  for (const kind of [...FILE_KINDS, CHAPTERS]) kind.finish?.(ctx.plan);
  const { plan, problems, locations, declared, unknownIds, invalidIds, partial } = ctx;
  return { plan, problems, locations, declared, unknownIds, invalidIds, partial };
}

const isFolder = (kind: FileKind) => kind.shape === 'document' && kind.folder;

function classify(path: string): FileKind | undefined {
  for (const kind of FILE_KINDS) {
    if (isFolder(kind)) {
      if (path.startsWith(kind.file + '/') && /\.ya?ml$/.test(path)) return kind;
    } else if (path === kind.file || path === kind.file.replace(/\.yaml$/, '.yml')) return kind;
  }
  return undefined;
}

/** A required file (or folder) the plan lacks. */
function missingProblem(kind: FileKind, prefix: string): Problem {
  if (isFolder(kind))
    return fileProblem(
      `${prefix}${kind.file}/`,
      'file-missing',
      `no ${kind.kind} found; add at least one ${kind.file}/<id>.yaml`,
    );
  const holds = (kind.shape === 'document' && kind.holds) || `${kind.kind} list`;
  return fileProblem(
    prefix + kind.file,
    'file-missing',
    `the plan has no ${kind.file}; create it (every plan needs its ${holds})`,
  );
}

function unknownFileMessage(path: string): string {
  const names = FILE_KINDS.map((k) => (isFolder(k) ? `${k.file}/*.yaml` : k.file));
  const hint = didYouMean(
    path,
    names.filter((n) => !n.includes('*')),
  );
  return `not a plan file${hint}; rename it to one of ${names.join(', ')}, ${CHAPTERS.folder}/*.mdx, or move it out of the content folder`;
}
