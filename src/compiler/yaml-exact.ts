/**
 * The exact way of reading YAML (`yaml`): a document that knows where every node was written, a
 * syntax error or duplicate key in words at its line and column, and refusal of what is not plain
 * data (tags such as `!!js/function`, an alias with no anchor, aliases repeated into a bomb).
 * yaml-source.ts turns a successful read into a `YamlSource`.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from './problems.ts';
import { syntaxProblem } from './yaml-syntax-words.ts';

/** A text read the exact way: the located document, its line counter and its plain value. */
export interface LocatedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

/** Aliases allowed per document before it is treated as an alias bomb. */
const MAX_ALIASES = 100;

/** Reads `text` the exact way: its problems in words, or the located document when there are none. */
export function readLocated(
  file: string,
  text: string,
  lineOffset: number,
): { located?: LocatedYaml; problems: Problem[] } {
  const { doc, lines } = locatedDocument(text);
  const at = (offset: number) => {
    const pos = lines.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const problem = (offset: number, rule: string, message: string): Problem => ({
    file,
    ...at(offset),
    severity: 'error',
    rule,
    message,
  });
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const problems = duplicates.map((err) => {
    const keyName = /^\s*["']?([^"':\n]+)/.exec(text.slice(err.pos[0]))?.[1]?.trim();
    return problem(
      err.pos[0],
      'yaml-duplicate-key',
      `duplicate key "${keyName ?? '?'}": it is already set above in the same mapping; keep only one`,
    );
  });
  if (syntax) problems.push(syntaxProblem(syntax, text, problem));
  if (problems.length) return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  const tags = unknownTags(doc, text);
  if (tags.length) return { problems: tags.map(({ tag, offset }) => problem(offset, 'yaml-tag', tagMessage(tag))) };
  const missing = unresolvedAlias(doc);
  if (missing)
    return {
      problems: [
        problem(
          missing.offset,
          'yaml-syntax',
          `YAML syntax error: the alias "*${missing.name}" refers to no anchor "&${missing.name}" set before it; define the anchor above or write the value out`,
        ),
      ],
    };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { located: { doc, lines, data }, problems };
  } catch (err) {
    const detail = /alias count/i.test((err as Error).message)
      ? `the file repeats aliases (*name) more than ${MAX_ALIASES} times`
      : (err as Error).message.split('\n')[0];
    return {
      problems: [
        problem(0, 'yaml-syntax', `YAML syntax error: ${detail}; write the values out instead of repeating aliases`),
      ],
    };
  }
}

/** The `yaml` document of `text` with a line counter; its `errors` list what is wrong. */
export function locatedDocument(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  return {
    doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true }),
    lines,
  };
}

/** The tags a plan value may carry: those of plain text, numbers, true/false, null, lists and mappings. */
const PLAIN_TAGS = new Set([
  '!',
  ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`),
]);

/**
 * Every tag that would make a value something other than plain data (`!!js/function`,
 * `!!python/object`, `!!binary`, `!!set`, a local `!foo`), as written and where it is written.
 */
function unknownTags(doc: Document.Parsed, text: string): { tag: string; offset: number }[] {
  const found: { tag: string; offset: number }[] = [];
  visit(doc, {
    Node(_, node) {
      if (!node.tag || PLAIN_TAGS.has(node.tag)) return;
      const start = node.range?.[0] ?? 0;
      // The tag is written before the value, perhaps with an anchor between them.
      const written = /(!\S*)(?:\s+&\S+)?\s*$/.exec(text.slice(Math.max(0, start - 1000), start));
      const offset = written ? start - written[0].length : start;
      found.push({ tag: written?.[1] ?? node.tag.replace('tag:yaml.org,2002:', '!!'), offset: Math.max(0, offset) });
    },
  });
  return found;
}

function tagMessage(tag: string): string {
  return `unknown YAML tag "${tag}": Drillbook files hold only text, numbers, true/false, lists and mappings, and a tag would turn the value into something else; remove "${tag}", or write the whole value in quotes if it is meant as text`;
}

function unresolvedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
