/**
 * YAML syntax errors in plain words. The parser (`yaml`) names what it met ("Block collections are
 * not allowed within flow collections"); an author needs what they wrote wrong and how to fix it,
 * which is nearly always: quote a value that holds `[`, `{`, `: ` or ` #`, close a bracket or a
 * quote, or align the indentation. Each error is pointed at its cause where the parser only noticed
 * it later (an unclosed bracket or quote).
 */
import type { YAMLError } from 'yaml';
import type { Problem } from './problems.ts';

/** Makes a problem at an offset of the text. */
export type ProblemAt = (offset: number, rule: string, message: string) => Problem;

const MESSAGES: Record<string, string> = {
  BAD_INDENT: 'bad indentation: align this line with the other keys of its mapping',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span several lines; is a ":" or a quote missing on the line above?',
  BLOCK_AS_IMPLICIT_KEY:
    'a nested block cannot be used as a key; is a ":" missing, or a value that contains ": " not quoted?',
  BLOCK_IN_FLOW:
    'a list written in [ ] or a mapping written in { } cannot hold indented lines that start with "- " or "key:"; close the bracket on the line where it opens, or, if the value is text that holds "[", "{", ": " or " #", put the whole value in quotes',
  TAB_AS_INDENT: 'tabs cannot indent YAML; indent with spaces',
  UNEXPECTED_TOKEN: 'unexpected text here; check the indentation and quoting of this line',
  MULTIPLE_DOCS:
    'a plan file holds one YAML document; remove the "---" separator and everything after it or split it into two files',
};

/** One syntax error as a problem, in words, with the fix. */
export function syntaxProblem(err: YAMLError, text: string, problem: ProblemAt): Problem {
  const offset = err.pos[0];
  const before = text.slice(0, offset);
  const flow = /Flow (sequence|map)/.exec(err.message);
  if (flow) {
    const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    const opened = before.lastIndexOf(open);
    return problem(
      opened >= 0 ? opened : offset,
      'yaml-syntax',
      `YAML syntax error: the ${flow[1] === 'sequence' ? 'list' : 'mapping'} opened with "${open}" is not closed; add "${close}" at the end of its line`,
    );
  }
  const quote = /Missing closing ("|')quote/.exec(err.message);
  if (quote) {
    const opened = before.lastIndexOf(quote[1]);
    return problem(
      opened >= 0 ? opened : offset,
      'yaml-syntax',
      `YAML syntax error: the text opened with ${quote[1]} is not closed; add the closing ${quote[1]} at the end of the value`,
    );
  }
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
    const next = overIndentedLine(text, offset);
    if (next !== undefined)
      return problem(
        next,
        'yaml-syntax',
        'YAML syntax error: this line is indented more than the line above it; align it with the other keys of its mapping',
      );
  }
  const value = textValueOnLine(text, offset);
  if (value && (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'UNEXPECTED_TOKEN')) {
    const why = /^[[{]/.test(value.text)
      ? `it starts with "${value.text[0]}", which opens a ${value.text[0] === '[' ? 'list' : 'mapping'}`
      : /: /.test(value.text)
        ? 'it holds ": ", which starts a key'
        : undefined;
    if (why)
      return problem(
        value.offset,
        'yaml-syntax',
        `YAML syntax error: this value is text, but ${why}; put the whole value in quotes: ${JSON.stringify(value.text)}`,
      );
  }
  return problem(offset, 'yaml-syntax', `YAML syntax error: ${MESSAGES[err.code] ?? firstLine(err.message)}`);
}

/**
 * The value of the `key: value` (or `- key: value`, `- value`) line holding `offset`, when it reads
 * like text an author meant as one value: the rest of the line after the first ": " or "- ".
 */
function textValueOnLine(text: string, offset: number): { text: string; offset: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const head = /^(\s*(?:- +)*(?:[\w.-]+: +)?)(\S.*?)\s*$/.exec(line);
  if (!head || /^["'|>&*!#]/.test(head[2]) || !/[\s[{]/.test(head[2].slice(1))) return undefined;
  return { text: head[2], offset: lineStart + head[1].length };
}

/** Offset of the first non-blank line after the one holding `offset`, when it is indented deeper than that line. */
function overIndentedLine(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = (from: number) => /^[ -]*/.exec(text.slice(from))![0].length;
  let next = text.indexOf('\n', offset);
  while (next >= 0 && /^\s*$/.test(text.slice(next + 1, text.indexOf('\n', next + 1) >>> 0)))
    next = text.indexOf('\n', next + 1);
  if (next < 0) return undefined;
  const start = next + 1;
  return indent(start) > indent(lineStart) && /^\s*[^\s#][^:]*:/.test(text.slice(start))
    ? start + /^\s*/.exec(text.slice(start))![0].length
    : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
