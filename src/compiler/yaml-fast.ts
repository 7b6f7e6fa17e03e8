/**
 * The fast way to read a plan's YAML: js-yaml, with the scalar rules of `yaml`'s YAML 1.2 core
 * schema, for the values and the start of every list and mapping.
 *
 * A plan's YAML is mostly large, ordinary files read on every build, and `yaml` takes 10 times as
 * long as js-yaml to read them (580 vs 45 ms for the 40 playbooks of the synthetic plan). Whatever
 * js-yaml rejects or might read differently (`UNUSUAL` and the checks beside it) is left to the
 * located way in `yaml-exact.ts`, which also writes every syntax message; a property test holds the
 * two to the same values, problems and positions.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

// The implicit scalars of YAML 1.2's core schema, with the very patterns of `yaml` (schema/core/*.js).
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => test.test(s ?? ''),
    construct: (s: string | null) => construct(s ?? ''),
  });
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (s) =>
      s[1] === 'o' ? parseInt(s.slice(2), 8) : s[1] === 'x' ? parseInt(s.slice(2), 16) : parseInt(s, 10),
    ),
    scalar(
      'float',
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    ),
  ],
});

// What js-yaml reads differently from, or more leniently than, `yaml` in strict mode, or may:
// tags, anchors and aliases, directives, document markers, complex and flow-collection keys, tab
// indentation, a comment glued to a quote, bracket or comma, a list item that is empty or a list, and a
// block scalar ("|", ">") that is not the value of a key or keeps its final line breaks ("|+").
const UNUSUAL =
  /(?:^|[\s[{,])[!&*]|^%|\{\s*\[|^(?:---|\.\.\.)|^[ \t-]*\?(?:\s|$)|[\]}]\s*:|^[ -]*\t|["'[\]{},]#|^ *- +-(?:\s|$)|^[ -]*-[ \t]*(?:#.*)?$|^[ -]*[|>]|[|>][0-9]*\+/m;

// A quoted scalar starting where a value can start, and the same scalar closed on its line.
const OPENING_QUOTE = /(?:^ *|[-:] +|[[{,] *)(["'])/g;
const CLOSED_QUOTE = { '"': /"(?:[^"\\]|\\.)*"/y, "'": /'(?:[^']|'')*'/y };

/** Whether a quoted scalar runs on to the next line (js-yaml is lenient about its indentation). */
function hasMultilineQuote(text: string): boolean {
  for (const line of text.split('\n')) {
    for (const open of line.matchAll(OPENING_QUOTE)) {
      const closed = CLOSED_QUOTE[open[1] as '"' | "'"];
      closed.lastIndex = open.index + open[0].length - 1;
      if (!closed.test(line)) return true;
    }
  }
  return false;
}

// A block scalar's header, and a line of spaces only (a block scalar may not start with more
// spaces on its blank lines than on its first line; js-yaml lets that pass).
const BLOCK_HEADER = /[|>][-+0-9]*[ \t]*(?:#.*)?$/m;
const SPACES_LINE = /^ +\r?$/m;

/** The values of ordinary YAML read by js-yaml, or `undefined` when the text is not that ordinary. */
export function fastValues(text: string): { data: unknown; starts: Map<object, number> } | undefined {
  if (UNUSUAL.test(text) || hasMultilineQuote(text) || (BLOCK_HEADER.test(text) && SPACES_LINE.test(text)))
    return undefined;
  let data: unknown;
  // Where each list and mapping starts: js-yaml opens a node before the spaces, line breaks and
  // comments that lead to it, so the offset moves on to its first character, where `yaml` puts it.
  const opened: number[] = [];
  const starts = new Map<object, number>();
  const listener = (event: string, state: { position: number; result: unknown }) => {
    if (event === 'open') opened.push(state.position);
    else {
      const at = opened.pop()!;
      if (typeof state.result === 'object' && state.result !== null) starts.set(state.result, skipToContent(text, at));
    }
  };
  try {
    data = load(text, { schema: CORE, listener } as Parameters<typeof load>[1]);
  } catch {
    return undefined; // `yaml` writes the message
  }
  return isPlainTree(data) ? { data: data ?? null, starts } : undefined;
}

/** The offset of the first character from `offset` on that is not a space, line break or comment. */
function skipToContent(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== '#') return i;
    while (i < text.length && text[i] !== '\n') i++;
  }
}

/** Whether every key is a plain name: `yaml` and js-yaml name a null key, or a list or mapping used as a key, differently. */
function isPlainTree(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return true;
  if (Array.isArray(data)) return data.every(isPlainTree);
  for (const [key, value] of Object.entries(data))
    if (key === '' || key === 'null' || key === '[object Object]' || !isPlainTree(value)) return false;
  return true;
}

/** Offset → line and column in `text`, the line index made on first use. */
export function positionIn(text: string, lineOffset: number): (offset: number) => { line: number; column: number } {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + lineOffset, column: offset - lineStarts[lo] + 1 };
  };
}
