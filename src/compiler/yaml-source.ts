/**
 * A parsed YAML document that remembers where every value was written, so that any problem,
 * found by the schema or by a rule, can be reported at `line:column`.
 *
 *   text ──yaml-fast (js-yaml: values, and where each list and mapping starts)──▶ data
 *        └─ anything unusual: `yaml` (every position and the friendly syntax errors) ─┘
 *
 * This file holds the YAML source, the parse cache, the checks every read gets (depth first, control
 * characters and comment-cut values after) and the position lookups; the exact way of reading is in
 * yaml-exact.ts, the depth check in yaml-depth.ts. The located `yaml` document of a file read the fast way is built only when a problem needs a
 * position the fast way did not record (a scalar, a key).
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import { fastValues, positionIn } from './yaml-fast.ts';
import { tooDeep } from './yaml-depth.ts';
import { locatedDocument, readLocated } from './yaml-exact.ts';
import { controlMessage, findControlCharacters } from './yaml-control.ts';
import type { YamlPath } from './yaml-path.ts';
import { cutValueWarnings, mayHoldCutValues } from './yaml-comments.ts';

/** A YAML file (or MDX frontmatter) with its positions. */
export interface YamlSource {
  file: string;
  /** The located document (parsed on first use when the values came the fast way). */
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Line of the source file on which the YAML text starts (0 for a whole file, 1 for frontmatter). */
  lineOffset: number;
  /** The plain JavaScript value. */
  data: unknown;
  /** Where each list and mapping of `data` starts, when the values came the fast way. */
  starts?: CollectionStarts;
}

/** Positions of the lists and mappings of a YAML value read the fast way. */
export interface CollectionStarts {
  offsets: ReadonlyMap<object, number>;
  /** Line (with the source's offset) and column of an offset in the text. */
  position(offset: number): { line: number; column: number };
}

export type { YamlPath } from './yaml-path.ts';

/**
 * Parses YAML text, reporting syntax errors and duplicate keys as problems. Only the first syntax
 * error of a file is reported: the parser's later errors are nearly always echoes of it. Ordinary
 * text is read the fast way (js-yaml); anything unusual, and every position, goes the exact way.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): { source?: YamlSource; problems: Problem[] } {
  const key = `${lineOffset}\0${file}`;
  const hit = activeCache?.get(key);
  // A copy of the problems: callers add their own to the list they get.
  if (hit && hit.text === text) return { ...hit.result, problems: [...hit.result.problems] };
  const result = withCutValues(text, withoutControlCharacters(readYaml(file, text, lineOffset)));
  activeCache?.set(key, { text, result: { ...result, problems: [...result.problems] } });
  return result;
}

/** Parsed files by line offset and name, each with the text it was parsed from: see `withYamlCache`. */
export type YamlCache = Map<string, { text: string; result: { source?: YamlSource; problems: Problem[] } }>;

let activeCache: YamlCache | undefined;

/**
 * Runs `run` with `cache` remembering each file's parse, so that compiling a plan again after one file
 * changed parses only that file (the language server compiles on every keystroke). A file's entry is
 * replaced when its text changes, so the cache holds one parse per file. Parsed sources are never
 * changed by the compiler, so sharing them between compiles is safe.
 */
export function withYamlCache<T>(cache: YamlCache, run: () => T): T {
  const outer = activeCache;
  activeCache = cache;
  try {
    return run();
  } finally {
    activeCache = outer;
  }
}

/** Parses YAML text the exact way only (`yaml`): every position, every syntax error in words; what `parseYaml` is held to. */
export function parseYamlExact(
  file: string,
  text: string,
  lineOffset = 0,
): { source?: YamlSource; problems: Problem[] } {
  return withCutValues(
    text,
    withoutControlCharacters(tooDeep(file, text, lineOffset) ?? readExact(file, text, lineOffset)),
  );
}

/** A read that parsed, with a warning for each plain value a comment cut short (yaml-comments.ts). */
function withCutValues(
  text: string,
  read: { source?: YamlSource; problems: Problem[] },
): { source?: YamlSource; problems: Problem[] } {
  const { source } = read;
  if (!source || !mayHoldCutValues(text)) return read;
  const at = (offset: number) => {
    const pos = source.lines.linePos(offset);
    return { line: pos.line + source.lineOffset, column: pos.col };
  };
  const warnings = cutValueWarnings(source.file, text, source.doc, at);
  return warnings.length ? { source, problems: [...read.problems, ...warnings] } : read;
}

/** A read whose values hold a control character becomes one problem per value, and no source. */
function withoutControlCharacters(read: { source?: YamlSource; problems: Problem[] }): {
  source?: YamlSource;
  problems: Problem[];
} {
  const { source } = read;
  if (!source) return read;
  const found = findControlCharacters(source.data);
  if (!found.length) return read;
  return {
    problems: found.map((c) => ({
      file: source.file,
      ...locate(source, c.path, c.inKey),
      severity: 'error' as const,
      rule: 'yaml-control-character',
      message: controlMessage(c),
    })),
  };
}

function readYaml(file: string, text: string, lineOffset: number): { source?: YamlSource; problems: Problem[] } {
  const deep = tooDeep(file, text, lineOffset);
  if (deep) return deep;
  const fast = fastValues(text);
  if (!fast) return readExact(file, text, lineOffset);
  // Positions only: the values are js-yaml's, so the document is wanted even where `yaml` would object.
  let located: { doc: Document.Parsed; lines: LineCounter } | undefined;
  const positions = () => (located ??= locatedDocument(text));
  const source: YamlSource = {
    file,
    lineOffset,
    data: fast.data,
    starts: { offsets: fast.starts, position: positionIn(text, lineOffset) },
    get doc() {
      return positions().doc;
    },
    get lines() {
      return positions().lines;
    },
  };
  return { source, problems: [] };
}

/** A read the exact way (yaml-exact.ts), its located document made a `YamlSource`. */
function readExact(file: string, text: string, lineOffset: number): { source?: YamlSource; problems: Problem[] } {
  const { located, problems } = readLocated(file, text, lineOffset);
  if (!located) return { problems };
  const { doc, lines, data } = located;
  return { source: { file, doc, lines, lineOffset, data }, problems };
}

/**
 * Position of the value at `path`, or of the deepest parent that exists (so a missing field is
 * reported at the mapping that lacks it). With `key`, the position of the key rather than its value.
 */
export function locate(src: YamlSource, path: YamlPath, key = false): { line: number; column: number } {
  const fast = key ? undefined : locateCollection(src, path);
  if (fast) return fast;
  let node: unknown = src.doc.contents;
  let at: Node | null | undefined = src.doc.contents as Node | null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && key) {
        at = pair.key as Node;
        break;
      }
      node = pair.value;
      at = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      at = node as Node;
    } else break;
  }
  const offset = at?.range?.[0] ?? 0;
  const pos = src.lines.linePos(offset);
  return { line: pos.line + src.lineOffset, column: pos.col };
}

/**
 * The plain scalar at `path` as the author wrote it (`0x32`, `3.10`, `.nan`), or `undefined` when
 * there is no plain scalar there. Tells a number's spelling apart from the number YAML read.
 */
export function writtenAt(src: YamlSource, path: YamlPath): string | undefined {
  let node: unknown = src.doc.contents;
  for (const seg of path) {
    if (isMap(node))
      node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : undefined;
}

/** Position of the list or mapping at `path` from the offsets the fast way recorded; `undefined` for anything else. */
function locateCollection(src: YamlSource, path: YamlPath): { line: number; column: number } | undefined {
  if (!src.starts) return undefined;
  let node: unknown = src.data;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  const offset = typeof node === 'object' && node !== null ? src.starts.offsets.get(node) : undefined;
  return offset === undefined ? undefined : src.starts.position(offset);
}
