/** What a rule sees, and how it reports: every rule is `(ctx) => void` and reports through `ctx.report`. */
import type { PlanModel } from '../../plan/model.ts';
import type { ElementKindName } from '../../plan/element-kinds.ts';
import type { Problem, ProblemSeverity } from '../problems.ts';
import { locate, type YamlPath } from '../yaml-source.ts';
import type { Locations } from '../locations.ts';

/** Declared-id kinds, as named in messages (`role`, `incident type`, `escalation policy`): the vocabulary's names. */
export type DeclaredKind = ElementKindName;

export interface RuleContext {
  plan: PlanModel;
  /** Today's date, `YYYY-MM-DD`, for the review and currency warnings. */
  today: string;
  /** Whether an id of `kind` was declared anywhere (even in an element that failed validation). */
  isDeclared(kind: DeclaredKind, id: string): boolean;
  /** All declared ids of `kind` that are valid ids, for suggestions. */
  declaredIds(kind: DeclaredKind): Iterable<string>;
  /** Declared ids of `kind` that are not valid ids (the element exists, its id has an error of its own). */
  invalidIds(kind: DeclaredKind): ReadonlySet<string>;
  /** Whether some ids of `kind` are unknown because a file could not be read; references to it are then not checked. */
  idsUnknown(kind: DeclaredKind): boolean;
  /** Whether some elements of `kind` were left out of the model as invalid, so a rule over all of them would mislead. */
  isPartial(kind: DeclaredKind): boolean;
  /** Position of `path` inside `element`, e.g. to say "already used on line 12". */
  position(element: object, path: YamlPath): { file: string; line: number; column: number } | undefined;
  /** Reports a problem at `path` inside `element` (an object of the plan model). */
  report(element: object, path: YamlPath, message: string, options?: { key?: boolean }): void;
}

/** A named rule. */
export interface Rule {
  /** Stable id printed with each problem. */
  id: string;
  severity: ProblemSeverity;
  /** One sentence for the README's rule table. */
  description: string;
  check(ctx: RuleContext): void;
}

/** What assembling learnt that rules need besides the model. */
export interface RuleInput {
  plan: PlanModel;
  locations: Locations;
  declared: Map<string, Set<string>>;
  unknownIds: Set<string>;
  /** Declared ids that are not valid ids, per kind. */
  invalidIds?: Map<string, Set<string>>;
  partial: Set<string>;
}

/** Runs `rules` over the plan, collecting their problems. */
export function runRules(rules: readonly Rule[], input: RuleInput, today: string): Problem[] {
  const { plan, locations, declared, unknownIds, partial, invalidIds } = input;
  const validIds = (kind: string): Iterable<string> => {
    const all = declared.get(kind) ?? [];
    const invalid = invalidIds?.get(kind);
    return invalid ? [...all].filter((id) => !invalid.has(id)) : all;
  };
  const problems: Problem[] = [];
  const position = (element: object, path: YamlPath, key?: boolean) => {
    const at = locations.get(element);
    const source = (element as { source?: { file: string; line: number; column: number } }).source;
    return at ? { file: at.src.file, ...locate(at.src, [...at.path, ...path], key) } : source;
  };
  for (const rule of rules) {
    const ctx: RuleContext = {
      plan,
      today,
      isDeclared: (kind, id) => declared.get(kind)?.has(id) ?? false,
      declaredIds: validIds,
      invalidIds: (kind) => invalidIds?.get(kind) ?? new Set(),
      idsUnknown: (kind) => unknownIds.has(kind),
      isPartial: (kind) => partial.has(kind),
      position: (element, path) => position(element, path),
      report(element, path, message, options) {
        const pos = position(element, path, options?.key);
        if (!pos) throw new Error(`rule ${rule.id} reported on an element with no known source`);
        problems.push({
          file: pos.file,
          line: pos.line,
          column: pos.column,
          severity: rule.severity,
          rule: rule.id,
          message,
        });
      },
    };
    rule.check(ctx);
  }
  return problems;
}
