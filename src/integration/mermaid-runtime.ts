/**
 * The browser's Mermaid, for the diagram types drawn in the browser (src/components/mermaid-diagrams.ts):
 * the `mermaid` package's own prebuilt, minified ES module build, copied into the built site rather
 * than bundled. Bundling it made Vite parse and minify about 3.6 MB of JavaScript on every build,
 * for a file the package already ships ready to load. `astro dev` imports the package through Vite.
 *
 *   node_modules/mermaid/dist/mermaid.esm.min.mjs + chunks/mermaid.esm.min/*.mjs ──▶ dist/_astro/mermaid/
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MERMAID_RUNTIME } from '../markdown/mermaid-kinds.ts';

const ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = join('chunks', 'mermaid.esm.min');

/** Copies Mermaid's ES module build (no source maps) to where {@link MERMAID_RUNTIME} points in `outDir`; returns how many files. */
export function copyMermaidRuntime(outDir: string): number {
  const dist = dirname(createRequire(import.meta.url).resolve('mermaid/package.json'));
  const from = join(dist, 'dist');
  const to = join(outDir, dirname(MERMAID_RUNTIME));
  mkdirSync(join(to, CHUNKS), { recursive: true });
  cpSync(join(from, ENTRY), join(to, ENTRY));
  const chunks = readdirSync(join(from, CHUNKS)).filter((f) => f.endsWith('.mjs'));
  for (const f of chunks) cpSync(join(from, CHUNKS, f), join(to, CHUNKS, f));
  return chunks.length + 1;
}
