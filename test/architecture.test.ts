/**
 * The layers point one way: content → compiler → plan model → (handbook | engine → simulator).
 * Reads the import statements of every file under src/ and fails on an arrow back up, a Node API
 * in the browser's code, or an import cycle between files of the compiler or the engine.
 * The exceptions are listed here, each with its reason; keep the list short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** One import of one file: what it names, resolved to `src/...` when relative, and whether it is types only. */
interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const SOURCE = /\.(ts|mjs|astro)$/;
const STYLES = /\.css$/; // imported by pages for the bundler, not code
const STATEMENT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(path) : SOURCE.test(e.name) ? [path] : [];
  });
}

/** Every import statement (static, re-export, dynamic) of `file`; a relative one resolved to its path. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    const spec = m[3] ?? m[4];
    const to = spec.startsWith('.') ? normalize(join(dirname(file), spec)).split('\\').join('/') : spec;
    found.push({ from: file, to, typeOnly: Boolean(m[2]) });
  }
  return found;
}

const FILES = filesUnder('src');
const IMPORTS = FILES.flatMap((f) => importsOf(f));
const NODE = new Set(builtinModules);
const isNode = (to: string) => to.startsWith('node:') || NODE.has(to.split('/')[0]);
const inFolder = (folder: string) => (path: string) => path.startsWith(`src/${folder}/`);

/** Imports from files in `folder` that break `forbidden`, less the listed exceptions (`from -> to`). */
function violations(folder: string, forbidden: (i: Import) => boolean, exceptions: readonly string[] = []): string[] {
  return IMPORTS.filter((i) => inFolder(folder)(i.from) && forbidden(i))
    .map((i) => `${i.from} -> ${i.to}`)
    .filter((line) => !exceptions.includes(line));
}

const into = (...folders: string[]) => (i: Import) => folders.some((f) => inFolder(f)(i.to));

/**
 * The scenario validator runs in the browser too: the simulator checks a scenario or MSEL spreadsheet
 * the facilitator imports (lazily loaded, from the compiler's browser-safe scenario folder).
 */
const SIMULATOR_VALIDATES_IMPORTS = [
  'src/simulator/msel-import.ts -> src/compiler/scenario/validate.ts',
  'src/simulator/views/import-panel.ts -> src/compiler/scenario/validate.ts',
];

/** Cycles tolerated for now, each with why; empty: any cycle fails. */
const KNOWN_CYCLES: string[][] = [];

/** Strongly connected groups of more than one file (Tarjan) among the relative imports inside `folder`. */
function cyclesIn(folder: string): string[][] {
  const inside = inFolder(folder);
  const edges = new Map<string, string[]>();
  for (const i of IMPORTS) if (inside(i.from) && inside(i.to)) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || edges.get(v)?.includes(v)) groups.push(group.sort());
    }
  };
  for (const f of FILES.filter(inside)) if (!index.has(f)) visit(f);
  return groups;
}

/** Every file `start` reaches through relative imports (itself included). */
function reachable(start: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of IMPORTS) if (i.from === f && i.to.startsWith('src/')) todo.push(i.to);
  }
  return seen;
}

describe('the layers', () => {
  it('reads the imports of every source file, relative ones resolved', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(importsOf('src/x/a.ts', "import type { A } from '../plan/a.ts';\nexport { b } from './b.ts';\nconst c = await import('../c.ts');")).toEqual([
      { from: 'src/x/a.ts', to: 'src/plan/a.ts', typeOnly: true },
      { from: 'src/x/a.ts', to: 'src/x/b.ts', typeOnly: false },
      { from: 'src/x/a.ts', to: 'src/c.ts', typeOnly: false },
    ]);
    expect(IMPORTS.filter((i) => i.to.startsWith('src/') && !STYLES.test(i.to) && !FILES.includes(i.to))).toEqual([]);
  });

  it('keeps the engine pure: no compiler, handbook, build, browser or Astro code and no Node API', () => {
    const outside = into('compiler', 'handbook', 'integration', 'simulator', 'pages', 'components', 'markdown', 'cli', 'sw', 'exercise-kit');
    expect(violations('engine', (i) => outside(i) || isNode(i.to) || /^(astro|@astrojs)(\/|:|$)/.test(i.to))).toEqual([]);
  });

  it('keeps Node out of the browser folder, even through what the simulator imports', () => {
    expect(violations('simulator', (i) => isNode(i.to))).toEqual([]);
    const reached = reachable(FILES.filter(inFolder('simulator')));
    expect(IMPORTS.filter((i) => reached.has(i.from) && isNode(i.to)).map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('keeps incident mode browser code: no Node, no compiler, no build code', () => {
    expect(violations('incident', (i) => isNode(i.to) || into('compiler', 'integration', 'cli', 'pages', 'components')(i))).toEqual([]);
  });

  it('gives the simulator validated data and types, not the compiler (but for checking an import)', () => {
    expect(violations('simulator', into('compiler', 'integration', 'handbook', 'pages'), SIMULATOR_VALIDATES_IMPORTS)).toEqual([]);
  });

  it('keeps the plan model free of the compiler, the build and the handbook: its schemas live in it', () => {
    expect(violations('plan', into('compiler', 'integration', 'handbook', 'markdown', 'pages', 'components', 'engine', 'simulator', 'exercise-kit'))).toEqual([]);
  });

  it('keeps the compiler from importing what reads its output', () => {
    expect(violations('compiler', into('engine', 'handbook', 'pages', 'integration', 'simulator', 'components', 'exercise-kit'))).toEqual([]);
    expect(violations('compiler', (i) => /^(astro|@astrojs)(\/|:|$)/.test(i.to))).toEqual([]);
  });

  it('has no import cycle between files of the plan, the compiler or the engine', () => {
    const known = new Set(KNOWN_CYCLES.map((c) => c.join(' ')));
    const found = [...cyclesIn('plan'), ...cyclesIn('compiler'), ...cyclesIn('engine')].map((c) => c.join(' <-> '));
    expect(found.filter((c) => !known.has(c.split(' <-> ').join(' ')))).toEqual([]);
  });

  it('finds a cycle and an arrow back up when one is there', () => {
    const saved = IMPORTS.length;
    IMPORTS.push({ from: 'src/compiler/compile.ts', to: 'src/compiler/problems.ts', typeOnly: false }, { from: 'src/compiler/problems.ts', to: 'src/compiler/compile.ts', typeOnly: false });
    IMPORTS.push({ from: 'src/engine/reduce.ts', to: 'src/compiler/problems.ts', typeOnly: true });
    try {
      expect(cyclesIn('compiler').some((c) => c.includes('src/compiler/compile.ts') && c.includes('src/compiler/problems.ts'))).toBe(true);
      expect(violations('engine', into('compiler'))).toEqual(['src/engine/reduce.ts -> src/compiler/problems.ts']);
    } finally {
      IMPORTS.length = saved;
    }
  });
});
