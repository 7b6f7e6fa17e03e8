/**
 * How deeply a plan's YAML may nest lists and mappings. Both YAML readers build values by
 * recursion, so a file nested thousands of levels deep (`[[[[…`) would overflow the stack; the
 * limit is checked on the text before either reads it, and a plan needs only a handful of levels.
 *
 *   text ──depthBound (one pass, no parsing)──▶ surely shallow: done
 *        └─ maybe deep: `yaml`'s CST parser (no recursion), stopped at the first level too deep
 *
 * A text too deep becomes one problem (`tooDeep`) and is not read at all.
 */
import { Lexer, Parser } from 'yaml';
import type { Problem } from './problems.ts';
import { positionIn } from './yaml-fast.ts';

/** The deepest nesting of lists and mappings a YAML file or frontmatter may have. */
export const MAX_YAML_DEPTH = 64;

/**
 * The offset at which `text` opens its list or mapping number `max + 1` inside one another,
 * or `undefined` when it nests no deeper than `max`.
 */
export function tooDeepAt(text: string, max = MAX_YAML_DEPTH): number | undefined {
  if (depthBound(text) <= max) return undefined;
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) void token;
    if (parser.stack.length > max) {
      const open = parser.stack.filter(
        (t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection',
      );
      if (open.length > max) return open[max].offset;
    }
  }
  return undefined;
}

/**
 * An upper bound of the nesting depth of `text`, cheap enough for every file: block collections
 * nest at most two levels per column of indentation (a list may share its key's column), and flow
 * collections at most as deep as brackets are left open. Brackets in quotes and comments count too,
 * which only makes the bound larger.
 */
export function depthBound(text: string): number {
  let indent = 0;
  let maxIndent = 0;
  let atLineStart = true;
  let open = 0;
  let maxOpen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      indent = 0;
      continue;
    }
    // Spaces, tabs and the indicators "-", "?" and ":" (each followed by a space or the line's end)
    // before a line's content all indent it; "----" in a text is content.
    if (
      atLineStart &&
      (c === 32 || c === 9 || ((c === 45 || c === 63 || c === 58) && isBlank(text.charCodeAt(i + 1))))
    ) {
      if (++indent > maxIndent) maxIndent = indent;
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) {
      if (++open > maxOpen) maxOpen = open;
    } else if ((c === 93 || c === 125) && open > 0) open--;
  }
  return 2 * (maxIndent + 1) + maxOpen;
}

/** A space, tab or line break, or the end of the text (`NaN`). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** The one problem of a text that nests lists and mappings too deeply to be read safely. */
export function tooDeep(file: string, text: string, lineOffset: number): { problems: Problem[] } | undefined {
  const offset = tooDeepAt(text);
  if (offset === undefined) return undefined;
  return {
    problems: [
      {
        file,
        ...positionIn(text, lineOffset)(offset),
        severity: 'error',
        rule: 'yaml-depth',
        message: `YAML nested too deeply: lists and mappings go more than ${MAX_YAML_DEPTH} levels deep here, and a Drillbook file needs only a few; close the brackets left open or flatten the structure`,
      },
    ],
  };
}
