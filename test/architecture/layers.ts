/**
 * The layers of `src/`, written down once: every folder's rank, where its code runs, and the
 * packages the browser may load. test/architecture.test.ts enforces it, and checks that the README
 * ("Where each part lives": the drawing of the ranks and the table) shows exactly this list.
 *
 * A folder imports only folders of a LOWER rank (never its own rank or above), unless `alsoImports`
 * names a same-rank folder with the reason. A new folder gets an entry here, a row in the README's
 * table and its place in the README's drawing; the test's message says what to write when they differ.
 */

/** Where a folder's code runs. */
export type Runs =
  /** Only in a browser (or in Node as plain TypeScript): no Node module may be reachable from any file. */
  | 'browser'
  /** At build time or on a server, in Node. Its files the browser reaches (through a client script) are still checked. */
  | 'build'
  /** Both: every file is browser code except the ones listed in `buildOnly`. */
  | 'both';

/** One folder of `src/` (or one file at its top level) and its place in the layers. */
export interface Layer {
  /** The folder under `src/` (`plan`), or a file at its top level (`content.config.ts`). */
  folder: string;
  /** Its rank: it may import folders of lower rank only. */
  rank: number;
  /** Where its code runs. */
  runs: Runs;
  /** For `runs: 'both'`: files (relative to the folder) that run only in Node; every other file must be browser-safe. */
  buildOnly?: readonly string[];
  /** Folders of the same rank it may import, each with why. Never both ways. Default none. */
  alsoImports?: readonly { folder: string; why: string }[];
  /**
   * The only files other folders may import (its facade, e.g. `['index.ts']`), relative to the folder.
   * Default: any file.
   */
  entries?: readonly string[];
  /** Packages it must not import (a pattern on the module name), each with why. Default none. */
  refuses?: readonly { pattern: RegExp; why: string }[];
}

/** The layers, lowest rank first. */
export const LAYERS: readonly Layer[] = [
  { folder: 'plan', rank: 0, runs: 'browser' },
  { folder: 'styles', rank: 0, runs: 'browser' },
  { folder: 'browser-storage', rank: 0, runs: 'browser' },
  {
    folder: 'compiler',
    rank: 1,
    runs: 'build',
    refuses: [
      {
        pattern: /^(astro|@astrojs\/[\w-]+|vite)(\/|:|$)/,
        why: 'the compiler is plain TypeScript that `npm run check`, a test and a page all call',
      },
    ],
  },
  { folder: 'engine', rank: 1, runs: 'browser' },
  {
    folder: 'markdown',
    rank: 1,
    runs: 'both',
    // Sätteri renderers and plugins for the build; safe-markdown.ts and mermaid-kinds.ts run in the browser too.
    buildOnly: ['render-markdown.ts', 'remark-plan-refs.ts', 'remark-safe.ts'],
  },
  { folder: 'sw', rank: 1, runs: 'browser' },
  { folder: 'diagrams', rank: 2, runs: 'build' },
  { folder: 'incident', rank: 2, runs: 'browser' },
  { folder: 'lsp', rank: 2, runs: 'build' },
  {
    folder: 'relay',
    rank: 2,
    runs: 'both',
    buildOnly: ['server.ts', 'sqlite-store.ts', 'admission.ts', 'limits.ts', 'extensions.ts'],
  },
  { folder: 'handbook', rank: 3, runs: 'build' },
  { folder: 'simulator', rank: 3, runs: 'browser' },
  { folder: 'integration', rank: 4, runs: 'build' },
  { folder: 'components', rank: 5, runs: 'build' },
  { folder: 'pages', rank: 6, runs: 'build' },
  { folder: 'exercise-kit', rank: 6, runs: 'build' },
  { folder: 'content.config.ts', rank: 6, runs: 'build' },
  { folder: 'cli', rank: 7, runs: 'build' },
];

/**
 * Packages browser code may load (besides the project's own browser-safe files). Anything else a
 * browser file reaches — a Node builtin (`node:fs`), a build tool, a server library — fails the test.
 * Add a package here only when it runs in a browser.
 */
export const BROWSER_PACKAGES: readonly string[] = [
  '@hocuspocus/provider',
  '@noble/hashes',
  'js-yaml',
  'mermaid',
  'micromark',
  'papaparse',
  'qrcode',
  'temporal-polyfill',
  'yaml',
  'yjs',
  'zod',
];

/** This file, as the test's messages name it. */
export const LAYERS_FILE = 'test/architecture/layers.ts';
