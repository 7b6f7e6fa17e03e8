/**
 * The three rules of the layers, as pure functions over an import graph (so a test can plant a
 * violation and see it found). Each returns sentences naming the import that broke the rule and how
 * to fix it; an empty list means the graph keeps the rule.
 *
 *   layerViolations   an import into a folder of the same or a higher rank (test/architecture/layers.ts)
 *   importCycles      files that import each other, directly or around a circle, anywhere in src/
 *   nodeInBrowser     a Node module, or a package not known to run in a browser, reachable from browser code
 *   refusedPackages   a package a folder refuses (the compiler: Astro)
 *   pastEntries       an import from outside a folder that has `entries` into one of its other files
 */
import { builtinModules } from 'node:module';
import type { Import } from './import-graph.ts';
import { LAYERS_FILE, type Layer } from './layers.ts';

const FIX_RANKS = `if the ranks themselves are wrong, change them in ${LAYERS_FILE} and in the README's table "Where each part lives"`;

/** The folder (or top-level file) of `src/` that holds `path`; undefined for a package. */
export function unitOf(path: string): string | undefined {
  if (!path.startsWith('src/')) return undefined;
  return path.split('/')[1];
}

/** Folders holding files in `files` that have no layer. */
export function unrankedFolders(files: readonly string[], layers: readonly Layer[]): string[] {
  const known = new Set(layers.map((l) => l.folder));
  const missing = [...new Set(files.map((f) => unitOf(f)!))].filter((u) => !known.has(u));
  return missing.map(
    (u) =>
      `src/${u} has no rank: add it to ${LAYERS_FILE} (a rank above every folder it imports, below every folder importing it) and a row to the README's table`,
  );
}

/** Imports into a folder of the same or higher rank that no `alsoImports` allows. */
export function layerViolations(imports: readonly Import[], layers: readonly Layer[]): string[] {
  const byFolder = new Map(layers.map((l) => [l.folder, l]));
  const found: string[] = [];
  for (const i of imports) {
    const from = byFolder.get(unitOf(i.from) ?? '');
    const to = byFolder.get(unitOf(i.to) ?? '');
    if (!from || !to || from === to || to.rank < from.rank) continue;
    if (to.rank === from.rank && from.alsoImports?.some((a) => a.folder === to.folder)) continue;
    const why = to.rank === from.rank ? `the same rank, ${to.rank}` : `rank ${to.rank}`;
    found.push(
      `${i.from} imports ${i.to}: ${from.folder} (rank ${from.rank}) may import only folders of lower rank, and ${to.folder} is ${why}. ` +
        `Move what it needs down (into ${from.folder} or a folder below it), or move the importing code up; ${FIX_RANKS}.`,
    );
  }
  return found;
}

/** Imports of a package the importing file's layer `refuses`. */
export function refusedPackages(imports: readonly Import[], layers: readonly Layer[]): string[] {
  const byFolder = new Map(layers.map((l) => [l.folder, l]));
  return imports.flatMap((i) => {
    const refused = i.to.startsWith('src/')
      ? undefined
      : byFolder.get(unitOf(i.from) ?? '')?.refuses?.find((r) => r.pattern.test(i.to));
    return refused
      ? [
          `${i.from} imports ${i.to}, which ${unitOf(i.from)} refuses: ${refused.why} (${LAYERS_FILE}). Pass in what it needs instead.`,
        ]
      : [];
  });
}

/** Imports from outside a folder with `entries` into a file of it that is not one of them. */
export function pastEntries(imports: readonly Import[], layers: readonly Layer[]): string[] {
  const byFolder = new Map(layers.map((l) => [l.folder, l]));
  return imports.flatMap((i) => {
    const to = byFolder.get(unitOf(i.to) ?? '');
    if (!to?.entries || unitOf(i.from) === to.folder || to.entries.includes(i.to.slice(`src/${to.folder}/`.length)))
      return [];
    return [
      `${i.from} imports ${i.to}: from outside ${to.folder}, import only ${to.entries.map((e) => `src/${to.folder}/${e}`).join(' or ')} (its entries in ${LAYERS_FILE}); export what is needed there.`,
    ];
  });
}

/** Strongly connected groups of more than one file (Tarjan), each as one concrete circle `a -> b -> … -> a`. */
export function importCycles(files: readonly string[], imports: readonly Import[]): string[] {
  const edges = new Map<string, string[]>();
  for (const i of imports)
    if (i.to.startsWith('src/') && i.to !== i.from) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: Set<string>[] = [];
  const visit = (v: string): void => {
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
    if (low.get(v) !== index.get(v)) return;
    const group = new Set<string>();
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.add(w);
    } while (w !== v);
    if (group.size > 1) groups.push(group);
  };
  for (const f of [...new Set([...files, ...edges.keys()])].sort()) if (!index.has(f)) visit(f);
  return groups.map((group) => {
    const start = [...group].sort()[0];
    const circle = shortestPath(
      [start],
      (f) => (edges.get(f) ?? []).filter((t) => group.has(t)),
      (f) => f === start,
    )!;
    return `import cycle (${group.size} files): ${circle.join(' -> ')}. Move what the files share into a file that imports none of them.`;
  });
}

/** Breadth-first from `starts` along `next` to the first file `isGoal` accepts (a start counts only when reached again); the path there. */
function shortestPath(
  starts: string[],
  next: (f: string) => string[],
  isGoal: (f: string) => boolean,
): string[] | undefined {
  const parent = new Map<string, string | undefined>(starts.map((s) => [s, undefined]));
  const queue = [...starts];
  const pathTo = (f: string | undefined): string[] => (f === undefined ? [] : [...pathTo(parent.get(f)), f]);
  while (queue.length) {
    const f = queue.shift()!;
    for (const t of next(f)) {
      if (isGoal(t)) return [...pathTo(f), t];
      if (!parent.has(t)) {
        parent.set(t, f);
        queue.push(t);
      }
    }
  }
  return undefined;
}

const NODE_BUILTINS = new Set(builtinModules);
const packageOf = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];

/** Files whose code runs in the browser by their layer (client scripts are added by {@link nodeInBrowser}). */
export function browserFiles(files: readonly string[], layers: readonly Layer[]): string[] {
  const byFolder = new Map(layers.map((l) => [l.folder, l]));
  return files.filter((f) => {
    const layer = byFolder.get(unitOf(f) ?? '');
    if (layer?.runs === 'browser') return true;
    return layer?.runs === 'both' && !layer.buildOnly?.includes(f.slice(`src/${layer.folder}/`.length));
  });
}

/**
 * Every module browser code reaches (following imports that carry code, not `import type`) that is a
 * Node builtin or a package missing from `browserPackages`, with the chain of imports that reaches it.
 */
export function nodeInBrowser(
  files: readonly string[],
  imports: readonly Import[],
  layers: readonly Layer[],
  browserPackages: readonly string[],
): string[] {
  const code = imports.filter((i) => !i.typeOnly);
  const bySource = new Map<string, Import[]>();
  for (const i of code) bySource.set(i.from, [...(bySource.get(i.from) ?? []), i]);
  const clientEntries = new Map(code.filter((i) => i.client && i.to.startsWith('src/')).map((i) => [i.to, i.from]));
  const byLayer = new Set(browserFiles(files, layers));
  const entries = [...new Set([...byLayer, ...clientEntries.keys()])];
  const allowed = new Set(browserPackages);
  const isBad = (to: string) => !to.startsWith('src/') && !allowed.has(packageOf(to));
  const next = (f: string) =>
    f.endsWith('.astro') ? [] : (bySource.get(f) ?? []).filter((i) => !i.client).map((i) => i.to);
  const found = new Set<string>();
  for (const bad of [...new Set(code.map((i) => i.to).filter(isBad))]) {
    const chain = shortestPath(
      entries,
      (f) => (f.startsWith('src/') ? next(f) : []),
      (t) => t === bad,
    );
    if (!chain) continue;
    const script = clientEntries.get(chain[0]);
    if (script && !byLayer.has(chain[0])) chain.unshift(`${script} <script>`);
    const builtin = bad.startsWith('node:') || NODE_BUILTINS.has(packageOf(bad));
    const fix = builtin
      ? 'Keep Node out of that chain: pass the data in instead, or move the Node code to a build-only file'
      : `If ${packageOf(bad)} runs in a browser, add it to BROWSER_PACKAGES in ${LAYERS_FILE}; otherwise keep it out of that chain`;
    found.add(
      `browser code reaches ${builtin ? 'the Node module' : 'the package'} ${bad}: ${chain.join(' -> ')}. ${fix} (a file that runs only in Node goes in its layer's buildOnly list).`,
    );
  }
  return [...found];
}
