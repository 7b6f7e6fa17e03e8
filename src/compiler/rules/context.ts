/** What a rule sees, and how it reports: every rule is `(ctx) => void` and reports through `ctx.report`. */
import type { PlanModel } from '../../plan/model.ts';
import type { Problem, ProblemSeverity } from '../problems.ts';
import { locate, type YamlPath } from '../yaml-source.ts';
import type { Locations } from '../assemble.ts';

/** Declared-id kinds, as named in messages. */
export type DeclaredKind =
  | 'role'
  | 'team'
  | 'person'
  | 'party'
  | 'severity'
  | 'incident type'
  | 'phase'
  | 'escalation policy'
  | 'playbook'
  | 'activity'
  | 'obligation'
  | 'stage'
  | 'template'
  | 'exercise'
  | 'chapter';

export interface RuleContext {
  plan: PlanModel;
  /** Today's date, `YYYY-MM-DD`, for the review and currency warnings. */
  today: string;
  /** Whether an id of `kind` was declared anywhere (even in an element that failed validation). */
  isDeclared(kind: DeclaredKind, id: string): boolean;
  /** All declared ids of `kind`, for suggestions. */
  declaredIds(kind: DeclaredKind): Iterable<string>;
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

/** Runs `rules` over the plan, collecting their problems. */
export function runRules(
  rules: readonly Rule[],
  plan: PlanModel,
  locations: Locations,
  declared: Map<string, Set<string>>,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const chapter of plan.chapters) {
    if (!declared.has('chapter')) declared.set('chapter', new Set());
    declared.get('chapter')!.add(chapter.id);
  }
  for (const rule of rules) {
    const ctx: RuleContext = {
      plan,
      today,
      isDeclared: (kind, id) => declared.get(kind)?.has(id) ?? false,
      declaredIds: (kind) => declared.get(kind) ?? [],
      report(element, path, message, options) {
        const at = locations.get(element);
        const source = (element as { source?: { file: string; line: number; column: number } }).source;
        const pos = at ? { file: at.src.file, ...locate(at.src, [...at.path, ...path], options?.key) } : source;
        if (!pos) throw new Error(`rule ${rule.id} reported on an element with no known source`);
        problems.push({ file: pos.file, line: pos.line, column: pos.column, severity: rule.severity, rule: rule.id, message });
      },
    };
    rule.check(ctx);
  }
  return problems;
}
