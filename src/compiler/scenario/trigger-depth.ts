/**
 * How deeply a trigger may nest `all`, `any` and `not`. Checked on the plain YAML value before
 * the schema reads it, since the schema (and every check after it) follows a trigger by recursion;
 * a real trigger needs two or three levels.
 */
import type { YamlPath } from '../yaml-source.ts';

/** The most conditions a trigger may nest inside one another (`{ not: { fact: x } }` is 2). */
export const MAX_TRIGGER_DEPTH = 16;

/** One trigger nested too deeply: the path of its first condition below the limit, and who owns the trigger. */
export interface DeepTrigger {
  path: YamlPath;
  /** `inject "id"` or `expectation "id"`. */
  owner: string;
}

/** Every inject and expectation trigger in the raw scenario `data` that nests deeper than {@link MAX_TRIGGER_DEPTH}. */
export function tooDeepTriggers(data: unknown): DeepTrigger[] {
  const found: DeepTrigger[] = [];
  for (const [list, kind] of [
    ['injects', 'inject'],
    ['expectations', 'expectation'],
  ] as const) {
    const items = isRecord(data) ? data[list] : undefined;
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isRecord(item) || item.when === undefined) return;
      const path = deepestBeyond(item.when, [list, i, 'when'], 1);
      if (path) found.push({ path, owner: `${kind} ${typeof item.id === 'string' ? `"${item.id}"` : `#${i + 1}`}` });
    });
  }
  return found;
}

/** The sentence for a trigger nested too deeply. */
export function triggerDepthMessage(owner: string): string {
  return `${owner}: the trigger nests conditions more than ${MAX_TRIGGER_DEPTH} levels deep (all, any and not inside one another); simplify it: a "not" of a "not" cancels out, and an "all" inside an "all" can be merged into it`;
}

/** The path of a condition at level {@link MAX_TRIGGER_DEPTH} + 1 below `cond` (at `level`), if any; stops there. */
function deepestBeyond(cond: unknown, path: YamlPath, level: number): YamlPath | undefined {
  if (level > MAX_TRIGGER_DEPTH) return path;
  if (!isRecord(cond)) return undefined;
  if (cond.not !== undefined) {
    const deep = deepestBeyond(cond.not, [...path, 'not'], level + 1);
    if (deep) return deep;
  }
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const deep = deepestBeyond(list[i], [...path, key, i], level + 1);
      if (deep) return deep;
    }
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
