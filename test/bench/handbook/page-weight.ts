/**
 * What each built page weighs: its HTML bytes, the gzipped JS it loads at page load (module
 * scripts and their static imports, followed transitively; dynamic imports are loaded later and
 * not counted), and whether that JS contains a Mermaid runtime.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listOutputFiles } from '../../../src/integration/precache-manifest.ts';

/** Weight of one built page. */
export interface PageWeight {
  /** Path of the HTML file relative to the output folder. */
  file: string;
  htmlBytes: number;
  /** Sum of `gzip -9` sizes of every JS file the page loads. */
  jsGzBytes: number;
  /** Whether the page shows a diagram (an inline SVG figure or a `mermaid` element). */
  hasDiagram: boolean;
  /** Whether any JS file it loads is (or contains) a Mermaid runtime. */
  loadsMermaid: boolean;
}

const SCRIPT_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const INLINE_MODULE = /<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g;
// `import x from "y"`, `import "y"`, `export * from "y"`; `import("y")` (dynamic) does not match.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Median of `values` (0 for none). */
export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Weighs every HTML page of `dist` except the 404 page. */
export function weighPages(dist: string): PageWeight[] {
  const gz = new Map<string, number>();
  const deps = new Map<string, string[]>();
  const mermaid = new Map<string, boolean>();
  const read = (file: string): string => readFileSync(join(dist, file), 'utf8');

  /** Output-relative path of `specifier` imported from output-relative `from` (a page or a script). */
  const resolve = (specifier: string, from: string): string | undefined => {
    if (/^[a-z]+:/i.test(specifier)) return undefined; // another origin
    const path = specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(from), specifier);
    return existsSync(join(dist, path)) && statSync(join(dist, path)).isFile() ? path : undefined;
  };
  const importsOf = (file: string): string[] => {
    if (!deps.has(file)) {
      const code = read(file);
      gz.set(file, gzipSync(code, { level: 9 }).length);
      // A Mermaid runtime is a chunk named after it, or a big one bundling it; a small script
      // that only names it (say, in a lazy `import()`) loads nothing at page load.
      mermaid.set(file, /mermaid/i.test(file) || (code.length > 100_000 && /mermaid/i.test(code)));
      deps.set(
        file,
        [...code.matchAll(STATIC_IMPORT)].flatMap((m) => resolve(m[1], file) ?? []),
      );
    }
    return deps.get(file)!;
  };

  return listOutputFiles(dist)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((file) => {
      const html = read(file);
      const roots = [
        ...[...html.matchAll(SCRIPT_SRC)].map((m) => m[1]),
        ...[...html.matchAll(INLINE_MODULE)].flatMap((m) => [...m[1].matchAll(STATIC_IMPORT)].map((i) => i[1])),
      ].flatMap((s) => resolve(s, file) ?? []);
      const loaded = new Set<string>();
      const visit = (js: string): void => {
        if (loaded.has(js)) return;
        loaded.add(js);
        importsOf(js).forEach(visit);
      };
      roots.forEach(visit);
      const scripts = [...loaded];
      return {
        file,
        htmlBytes: Buffer.byteLength(html),
        jsGzBytes: scripts.reduce((sum, js) => sum + (gz.get(js) ?? 0), 0),
        hasDiagram: /class="db-diagram[\s"]|class="mermaid"/.test(html),
        loadsMermaid: scripts.some((js) => mermaid.get(js)),
      };
    });
}
