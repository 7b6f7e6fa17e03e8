/**
 * The import graph of `src/`, read with the TypeScript parser (so an import in a comment or a string
 * is not one): static imports, re-exports, dynamic `import()`, `typeof import()` types, and
 * `new URL('./x.ts', import.meta.url)` (how the offline integration names the worker it bundles).
 * An `.astro` file is read in two parts: its frontmatter (runs at build time) and its bundled
 * `<script>` blocks (run in the browser: their imports are marked `client`).
 *
 *   src/**\/*.{ts,mjs,astro} ──importsOf──▶ Import { from, to, typeOnly, client }
 *
 * dependency-cruiser was the other choice; it cannot read `.astro` files, where the components'
 * and pages' imports and every client script live.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** One import of one file. */
export interface Import {
  /** The importing file, `src/...`. */
  from: string;
  /** The imported file resolved to `src/...` when relative (query dropped), else the module as written (`zod`, `node:fs`). */
  to: string;
  /** `import type` / `export type` / `typeof import()`: erased by the bundler, so it carries no code. */
  typeOnly: boolean;
  /** From an `.astro` file's `<script>`: code the browser runs. */
  client: boolean;
}

const SOURCE = /\.(ts|mjs|astro)$/;

/** Every source file under `dir`, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = `${dir}/${e.name}`;
      return e.isDirectory() ? filesUnder(path) : SOURCE.test(e.name) ? [path] : [];
    })
    .sort();
}

/** The module specifiers `code` imports, each with whether it is types only. */
function specifiersOf(code: string, name: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      found.push({ spec: literal(node.moduleSpecifier)!, typeOnly: Boolean(node.importClause?.isTypeOnly) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      found.push({ spec: literal(node.moduleSpecifier)!, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = literal(node.arguments[0]);
      if (spec) found.push({ spec, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const spec = literal(node.argument.literal);
      if (spec) found.push({ spec, typeOnly: true });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      // new URL('../sw/worker.ts', import.meta.url): a source file named by path, bundled or injected later.
      const [path, base] = node.arguments ?? [];
      const spec = literal(path);
      const isImportMetaUrl =
        base && ts.isPropertyAccessExpression(base) && ts.isMetaProperty(base.expression) && base.name.text === 'url';
      if (spec?.startsWith('.') && SOURCE.test(spec) && isImportMetaUrl) found.push({ spec, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FRONTMATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** An `.astro` file's frontmatter and its bundled client scripts (`is:inline` ones are left as written, not bundled). */
function astroParts(text: string): { server: string; client: string[] } {
  const server = FRONTMATTER.exec(text)?.[1] ?? '';
  const client = [...text.matchAll(SCRIPT)].filter((m) => !/\bis:inline\b|\bsrc=/.test(m[1])).map((m) => m[2]);
  return { server, client };
}

/** `spec` as imported by `file`: a relative one resolved to its `src/...` path, without a `?query`. */
function resolve(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return normalize(join(dirname(file), spec.replace(/\?.*$/, '')))
    .split('\\')
    .join('/');
}

/** Every import of `file` (a path under `src/`); `text` defaults to the file's content. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const parts = file.endsWith('.astro') ? astroParts(text) : { server: text, client: [] };
  const read = (code: string, client: boolean): Import[] =>
    specifiersOf(code, file).map(({ spec, typeOnly }) => ({ from: file, to: resolve(file, spec), typeOnly, client }));
  return [...read(parts.server, false), ...parts.client.flatMap((code) => read(code, true))];
}
