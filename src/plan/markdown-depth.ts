/**
 * How deeply Markdown text nests its blocks, measured the cheap way before any parser sees it:
 * per line, the `>` quote markers and list markers it opens, plus its indentation (a nested list
 * item is indented at least two columns per level). Lines of fenced code blocks are skipped.
 * Ten thousand nested blockquotes are found in one pass over the text instead of overflowing a
 * parser's (or a tree walker's) stack.
 */

/** Deepest nesting (blockquotes, lists, emphasis, links…) a chapter or Markdown field may have. */
export const MAX_MARKDOWN_DEPTH = 100;

/** The deepest line: its nesting estimate and where the marker past `limit` (or the line's first marker) stands. */
export interface MarkdownNesting {
  depth: number;
  /** 1-based line within the text. */
  line: number;
  /** 1-based column of the first marker beyond the limit, or of the line's content. */
  column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Measures block nesting; the first line deeper than `limit` wins, else the deepest line. */
export function markdownNesting(text: string, limit = Infinity): MarkdownNesting {
  let deepest: MarkdownNesting = { depth: 0, line: 1, column: 1 };
  let fence: string | undefined;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const open = FENCE.exec(text.slice(start, Math.min(end, start + 64)));
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = undefined;
    } else if (open) {
      fence = open[1];
    } else {
      const found = lineNesting(text, start, end, limit);
      if (found.depth > deepest.depth) deepest = { ...found, line: lineNo };
      if (found.depth > limit) return deepest;
    }
    start = end + 1;
  }
  return deepest;
}

/** Nesting of the line `text[start, end)`. */
function lineNesting(text: string, start: number, end: number, limit: number): { depth: number; column: number } {
  let depth = 0;
  let width = 0; // indentation columns before the first marker, a tab counting 4
  let i = start;
  let beyond = 0; // column of the marker past the limit
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      // Indentation before the first marker nests lists; spaces between markers ("> > x") do not.
      if (depth === 0) width += c === 9 ? 4 : 1;
      i++;
      continue;
    }
    let marker = 0;
    if (c === 62 /* > */) marker = 1;
    else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isBlank(text, i + 1, end)) marker = 1;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) /* . ) */ && isBlank(text, j + 1, end)) marker = j + 1 - i;
    }
    if (!marker) break;
    depth++;
    if (depth + Math.floor(width / 2) > limit && !beyond) beyond = i - start + 1;
    i += marker;
  }
  const total = depth + Math.floor(width / 2);
  return { depth: total, column: beyond || Math.min(i, end) - start + 1 };
}

function isBlank(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}

/** The message for text nested deeper than the limit; without `depth`, found in the parsed tree (any kind of nesting). */
export function depthMessage(depth: number | undefined, limit: number): string {
  const what =
    depth === undefined
      ? `more than ${limit} levels deep (quotes, lists, emphasis or links inside each other)`
      : `${depth} levels deep (quotes, lists or indentation)`;
  return `Markdown nested ${what}; nest at most ${limit} levels: flatten the quote or list`;
}
