/**
 * A parsed YAML document that remembers where every value was written, so that any problem,
 * found by the schema or by a rule, can be reported at `line:column`.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/** A YAML file (or MDX frontmatter) with its positions. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Line of the source file on which the YAML text starts (0 for a whole file, 1 for frontmatter). */
  lineOffset: number;
  /** The plain JavaScript value. */
  data: unknown;
}

/** A path into a YAML value: keys and array indexes. */
export type YamlPath = readonly (string | number)[];

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: this key is already set above in the same mapping; keep only one',
  BAD_INDENT: 'bad indentation: align this line with the other keys of its mapping',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span several lines; is a ":" or a quote missing on the line above?',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be used as a key; is a ":" missing?',
  TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
  UNEXPECTED_TOKEN: 'unexpected text here; check the indentation and quoting of this line',
};

/** Parses YAML text, reporting syntax errors and duplicate keys as problems. */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { source?: YamlSource; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: Problem[] = doc.errors.map((err) => {
    const pos = lines.linePos(err.pos[0]);
    const isDuplicate = err.code === 'DUPLICATE_KEY';
    const keyName = isDuplicate ? /^\s*["']?([^"':\n]+)/.exec(text.slice(err.pos[0]))?.[1]?.trim() : undefined;
    const detail = keyName
      ? `duplicate key "${keyName}": it is already set above in the same mapping; keep only one`
      : (MESSAGES[err.code] ?? firstLine(err.message));
    return {
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      severity: 'error',
      rule: isDuplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      message: isDuplicate ? detail : `YAML syntax error: ${detail}`,
    };
  });
  if (problems.length) return { problems };
  const source: YamlSource = { file, doc, lines, lineOffset, data: doc.toJS({ maxAliasCount: 100 }) };
  return { source, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Position of the value at `path`, or of the deepest parent that exists (so a missing field is
 * reported at the mapping that lacks it). With `key`, the position of the key rather than its value.
 */
export function locate(src: YamlSource, path: YamlPath, key = false): { line: number; column: number } {
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
