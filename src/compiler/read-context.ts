/**
 * What every per-file reader of `assemble` works with, as rules work with a `RuleContext`: the model
 * being built, the problems so far, and how to record what a file holds. One context per compile.
 *
 *   reader(src, ctx) ─ctx.declare(kind, id)─▶ declared ids (valid or not)
 *                    ─ctx.validate(...)────▶ the element, or its problems in ctx.problems
 *                    ─ctx.keep(value, ...)─▶ the element with its `source`, located for the rules
 *                    ─ctx.lose(kinds, ...)─▶ kinds left partial (and whose ids are not all known)
 */
import type { z } from 'zod';
import type { PlanModel, SourceRef } from '../plan/model.ts';
import { id as idSchema } from '../plan/schema/common.ts';
import type { Locations } from './locations.ts';
import type { Problem } from './problems.ts';
import type { RuleInput } from './rules/context.ts';
import { locate, type YamlPath, type YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-messages.ts';

/** The model being assembled, what rules need besides it, and the calls a reader records through. */
export class ReadContext implements RuleInput {
  /** The model; readers push the elements that validated. */
  readonly plan: PlanModel = emptyPlan();
  /** Every problem found so far. */
  readonly problems: Problem[] = [];
  readonly locations: Locations = new WeakMap();
  /** Ids declared per kind, valid or not. */
  readonly declared = new Map<string, Set<string>>();
  /** Kinds whose ids are not all known, because a file of theirs could not be read: references to them are not checked. */
  readonly unknownIds = new Set<string>();
  /** Declared ids that are not valid ids (`SEV-1`): never offered as a suggestion. */
  readonly invalidIds = new Map<string, Set<string>>();
  /** Kinds with at least one element left out of the model as invalid (includes `unknownIds`). */
  readonly partial = new Set<string>();

  /** Records that an element of `kind` with this id exists, even if it turns out invalid (a non-string id is ignored). */
  declare(kind: string, id: unknown): void {
    if (typeof id !== 'string') return;
    addTo(this.declared, kind, id);
    // An element whose own id is invalid exists, but which id it should have is unknown: a reference that
    // most likely means it is not reported as undefined (its id's error is the one to fix), and the
    // invalid id is never suggested.
    if (!id.split('/').every((part) => idSchema.safeParse(part).success)) addTo(this.invalidIds, kind, id);
  }

  /** Marks `kinds` as missing some elements, and with `idsToo` as missing some ids as well. */
  lose(kinds: readonly string[], idsToo: boolean): void {
    for (const k of kinds) {
      this.partial.add(k);
      if (idsToo) this.unknownIds.add(k);
    }
  }

  /** Validates `value` (found at `path` of `src`) against `schema`, reporting every issue; `undefined` when invalid. */
  validate<T>(src: YamlSource, schema: z.ZodType<T>, value: unknown, path: YamlPath, root: string): T | undefined {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    this.problems.push(...zodProblems(src, schema, result.error.issues, root, path));
    return undefined;
  }

  /** Records where a model object was written and returns it with its `source`. */
  keep<T extends object>(value: T, src: YamlSource, path: YamlPath): T & { source: SourceRef } {
    const out = Object.assign(value, { source: { file: src.file, ...locate(src, path) } });
    this.locations.set(out, { src, path });
    return out;
  }
}

function addTo(map: Map<string, Set<string>>, kind: string, id: string): void {
  let ids = map.get(kind);
  if (!ids) map.set(kind, (ids = new Set()));
  ids.add(id);
}

/** A problem about a whole file, at its first line. */
export function fileProblem(file: string, rule: string, message: string): Problem {
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
