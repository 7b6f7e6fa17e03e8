/**
 * The deadline words and calculator code the browser loads (src/plan/deadlines.ts, level-times.ts)
 * reach no schema: importing one from src/plan/schema/ once pulled zod into the deadline
 * calculator's bundle (5 KB to 98 KB).
 */
import { describe, expect, it } from 'vitest';
import { importsOf } from '../architecture/import-graph.ts';

/** Every module `file` reaches through imports that carry code. */
function reachable(file: string): Set<string> {
  const seen = new Set<string>([file]);
  const queue = [file];
  while (queue.length) {
    const next = queue.pop()!;
    if (!next.startsWith('src/')) continue;
    for (const i of importsOf(next))
      if (!i.typeOnly && !seen.has(i.to)) {
        seen.add(i.to);
        queue.push(i.to);
      }
  }
  return seen;
}

describe('the deadline code the browser loads', () => {
  it('reaches neither zod nor a plan schema', () => {
    for (const file of ['src/plan/deadlines.ts', 'src/plan/level-times.ts']) {
      const modules = [...reachable(file)];
      expect(
        modules.filter((m) => m === 'zod' || m.startsWith('src/plan/schema/')),
        file,
      ).toEqual([]);
    }
  });
});
