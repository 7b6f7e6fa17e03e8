/**
 * The layers of src/, as test/architecture/layers.ts ranks them and the README's table shows them:
 * every folder has a rank and imports only folders of lower rank; no import runs in a circle
 * anywhere in src/; and no Node module (nor a package not known to run in a browser) is reachable
 * from the code the browser runs. The rules are pure functions (test/architecture/rules.ts), so the
 * last tests plant each kind of violation and see it found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, type Import } from './architecture/import-graph.ts';
import { BROWSER_PACKAGES, LAYERS, type Layer } from './architecture/layers.ts';
import {
  browserFiles,
  importCycles,
  layerViolations,
  nodeInBrowser,
  pastEntries,
  refusedPackages,
  unrankedFolders,
} from './architecture/rules.ts';

const FILES = filesUnder('src');
const IMPORTS = FILES.flatMap((f) => importsOf(f));

/** The "May import" cell the README shows for `layer`: the folders of lower rank, then any same-rank allowance. */
function mayImport(layer: Layer): string {
  const lower = LAYERS.filter((l) => l.rank < layer.rank).map((l) => `\`${l.folder}\``);
  const same = (layer.alsoImports ?? []).map((a) => `\`${a.folder}\` (${a.why})`);
  return [...lower, ...same].join(', ') || '—';
}

/** The rows of the README's table under "Where each part lives": rank, folder, runs, may import. */
function readmeRows(): { rank: number; folder: string; runs: string; may: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Where each part lives'));
  const rows = section.split('\n').filter((line) => /^\| \d+ \|/.test(line));
  return rows.map((line) => {
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    return {
      rank: Number(cells[0]),
      folder: cells[1].replace(/^`src\/|\/?`$/g, ''),
      runs: cells[2].split(/[ :;,]/)[0],
      may: cells[cells.length - 1],
    };
  });
}

describe('the layers', () => {
  it('reads static, re-exported, dynamic, type-only and URL-named imports, and an .astro file`s frontmatter and client scripts', () => {
    const ts =
      "// import x from './comment.ts'\nimport type { A } from '../plan/a.ts';\nimport { type B } from './b.ts';\nexport { c } from './c.ts';\nconst d = await import('../d.ts');\ntype E = typeof import('./e.ts');\nnew URL('../sw/worker.ts', import.meta.url);\nimport 'zod';";
    expect(importsOf('src/x/a.ts', ts).map((i) => [i.to, i.typeOnly])).toEqual([
      ['src/plan/a.ts', true],
      ['src/x/b.ts', false], // `import { type B }` keeps a side-effect import under verbatimModuleSyntax
      ['src/x/c.ts', false],
      ['src/d.ts', false],
      ['src/x/e.ts', true],
      ['src/sw/worker.ts', false],
      ['zod', false],
    ]);
    const astro =
      "---\nimport Card from './Card.astro';\n---\n<Card />\n<script>\n  import { run } from '../simulator/run.ts';\n</script>\n<script is:inline>import('./never.ts')</script>";
    expect(importsOf('src/components/X.astro', astro).map((i) => [i.to, i.client])).toEqual([
      ['src/components/Card.astro', false],
      ['src/simulator/run.ts', true],
    ]);
  });

  it('resolves every relative import of src/ to a file that exists', () => {
    expect(FILES.length).toBeGreaterThan(200);
    expect(
      IMPORTS.filter((i) => i.to.startsWith('src/') && !existsSync(i.to)).map((i) => `${i.from} -> ${i.to}`),
    ).toEqual([]);
  });

  it('gives every folder of src/ a rank, and the rank list names only what exists', () => {
    expect(unrankedFolders(FILES, LAYERS)).toEqual([]);
    expect(LAYERS.filter((l) => !existsSync(`src/${l.folder}`)).map((l) => l.folder)).toEqual([]);
    const stale = LAYERS.flatMap((l) =>
      [...(l.buildOnly ?? []), ...(l.entries ?? [])].map((f) => `src/${l.folder}/${f}`),
    ).filter((f) => !existsSync(f));
    expect(stale).toEqual([]);
    const twoWay = LAYERS.flatMap((l) =>
      (l.alsoImports ?? []).filter((a) =>
        LAYERS.find((o) => o.folder === a.folder)?.alsoImports?.some((b) => b.folder === l.folder),
      ),
    );
    expect(twoWay).toEqual([]);
  });

  it('imports only folders of lower rank', () => {
    expect(layerViolations(IMPORTS, LAYERS)).toEqual([]);
  });

  it('keeps Astro out of the compiler', () => {
    expect(refusedPackages(IMPORTS, LAYERS)).toEqual([]);
  });

  it('enters a folder that names its entries only through them', () => {
    expect(pastEntries(IMPORTS, LAYERS)).toEqual([]);
  });

  it('has no import cycle anywhere in src/, type-only imports included', () => {
    expect(importCycles(FILES, IMPORTS)).toEqual([]);
  });

  it('counts as browser code the service worker, the simulator, incident mode, the plan, the engine, the relay clients and every client script', () => {
    const browser = new Set(browserFiles(FILES, LAYERS));
    for (const f of [
      'src/sw/worker.ts',
      'src/sw/register.ts',
      'src/simulator/store.ts',
      'src/incident/store.ts',
      'src/plan/model.ts',
      'src/engine/reduce.ts',
      'src/relay/participant-client.ts',
      'src/relay/protocol.ts',
      'src/markdown/safe-markdown.ts',
    ]) {
      expect(browser.has(f), f).toBe(true);
    }
    for (const f of [
      'src/relay/server.ts',
      'src/compiler/read-folder.ts',
      'src/integration/offline.ts',
      'src/diagrams/render-mermaid.ts',
    ])
      expect(browser.has(f), f).toBe(false);
    // A Node import planted in what a component's client script loads is found through the script.
    const planted: Import = {
      from: 'src/components/deadline-calculator-loader.ts',
      to: 'node:fs',
      typeOnly: false,
      client: false,
    };
    expect(nodeInBrowser(FILES, [...IMPORTS, planted], LAYERS, BROWSER_PACKAGES)).toEqual([
      expect.stringMatching(
        /^browser code reaches the Node module node:fs: src\/components\/DeadlineCalculator\.astro <script> -> src\/components\/deadline-calculator-loader\.ts -> node:fs\./,
      ),
    ]);
  });

  it('keeps Node, and every package not known to run in a browser, out of the code the browser runs', () => {
    expect(nodeInBrowser(FILES, IMPORTS, LAYERS, BROWSER_PACKAGES)).toEqual([]);
  });

  it('shows in the README exactly these ranks, where each folder runs and what it may import', () => {
    const expected = LAYERS.map((l) => ({ rank: l.rank, folder: l.folder, runs: l.runs, may: mayImport(l) }));
    expect(readmeRows()).toEqual(expected);
    const ranks = [...new Set(LAYERS.map((l) => l.rank))].sort((a, b) => b - a);
    const drawing = ranks
      .map(
        (r) =>
          `${r}  ${LAYERS.filter((l) => l.rank === r)
            .map((l) => l.folder)
            .join(', ')}`,
      )
      .join('\n');
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`\n${drawing}\n\`\`\``);
  });
});

describe('the layer rules', () => {
  const edge = (from: string, to: string, typeOnly = false): Import => ({ from, to, typeOnly, client: false });

  it('finds an import back up and one into the same rank, naming the rule, the rank list and the fix', () => {
    const found = layerViolations(
      [
        edge('src/engine/reduce.ts', 'src/handbook/raci.ts', true),
        edge('src/engine/reduce.ts', 'src/compiler/problems.ts'),
      ],
      LAYERS,
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^src\/engine\/reduce\.ts imports src\/handbook\/raci\.ts: engine \(rank 1\) may import only folders of lower rank, and handbook is rank 3\. .*test\/architecture\/layers\.ts/,
      ),
      expect.stringContaining('and compiler is the same rank, 1.'),
    ]);
    const allowed: Layer[] = LAYERS.map((l) =>
      l.folder === 'engine' ? { ...l, alsoImports: [{ folder: 'compiler', why: 'planted' }] } : l,
    );
    expect(layerViolations([edge('src/engine/reduce.ts', 'src/compiler/problems.ts')], allowed)).toEqual([]);
  });

  it('finds a cycle across folders, through a type-only import too, and prints it as a circle', () => {
    const planted = [
      edge('src/sw/routes.ts', 'src/plan/routes.ts'),
      edge('src/plan/routes.ts', 'src/sw/routes.ts', true),
    ];
    expect(importCycles(FILES, [...IMPORTS, ...planted])).toEqual([
      'import cycle (2 files): src/plan/routes.ts -> src/sw/routes.ts -> src/plan/routes.ts. Move what the files share into a file that imports none of them.',
    ]);
  });

  it('finds a Node module reached from browser code through a build folder, and an unknown package, but not a type-only import', () => {
    const planted = [
      edge('src/simulator/store.ts', 'src/compiler/read-folder.ts'),
      edge('src/engine/reduce.ts', 'left-pad'),
      edge('src/sw/worker.ts', 'node:crypto', true),
    ];
    const found = nodeInBrowser(FILES, [...IMPORTS, ...planted], LAYERS, BROWSER_PACKAGES);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^browser code reaches the Node module node:\w+: src\/simulator\/store\.ts -> src\/compiler\/read-folder\.ts -> /,
        ),
        expect.stringMatching(
          /^browser code reaches the package left-pad: src\/engine\/reduce\.ts -> left-pad\. If left-pad runs in a browser, add it to BROWSER_PACKAGES/,
        ),
      ]),
    );
    expect(found.some((f) => f.includes('src/sw/worker.ts'))).toBe(false);
  });

  it('finds a package a folder refuses, and lets another folder import it', () => {
    const found = refusedPackages(
      [
        edge('src/compiler/compile.ts', 'astro:content'),
        edge('src/compiler/compile.ts', '@astrojs/starlight/schema'),
        edge('src/integration/drillbook.ts', 'astro'),
      ],
      LAYERS,
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^src\/compiler\/compile\.ts imports astro:content, which compiler refuses: .*test\/architecture\/layers\.ts/,
      ),
      expect.stringMatching(/^src\/compiler\/compile\.ts imports @astrojs\/starlight\/schema, which compiler refuses/),
    ]);
  });

  it('finds an import around a folder`s entries, and allows one through them or from inside', () => {
    const withFacade: Layer[] = LAYERS.map((l) => (l.folder === 'engine' ? { ...l, entries: ['index.ts'] } : l));
    const planted = [
      edge('src/simulator/store.ts', 'src/engine/reduce.ts'),
      edge('src/simulator/store.ts', 'src/engine/index.ts'),
      edge('src/engine/index.ts', 'src/engine/reduce.ts'),
    ];
    expect(pastEntries(planted, withFacade)).toEqual([
      'src/simulator/store.ts imports src/engine/reduce.ts: from outside engine, import only src/engine/index.ts (its entries in test/architecture/layers.ts); export what is needed there.',
    ]);
  });

  it('finds a folder with no rank', () => {
    expect(unrankedFolders(['src/planted-folder/server.ts'], LAYERS)).toEqual([
      expect.stringMatching(/^src\/planted-folder has no rank: add it to test\/architecture\/layers\.ts/),
    ]);
  });
});
