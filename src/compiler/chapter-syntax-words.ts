/**
 * MDX syntax errors in a chapter's terms. MDX reads `{` as the start of a JavaScript expression, and
 * its parser reports what the expression lacks ("Could not parse expression with oxc: Expected `,`
 * or `)`…"); an author wrote a brace as text, or a placeholder such as `{customer name}`. Chapters
 * cannot run code, so the fix is always to escape the brace or write the placeholder another way.
 */

/** Whether a Sätteri reason is about an expression (`{…}`) rather than other markup. */
export function isExpressionError(reason: string): boolean {
  return /in expression|parse expression|closing brace for `\{`/.test(reason);
}

/**
 * Where the brace that opened the failing expression is (1-based line and column inside `body`),
 * searching back from the parser's position for a `{` that is not escaped; the parser's own
 * position when there is none.
 */
export function openingBrace(
  body: string,
  line: number,
  column: number,
): { line: number; column: number; text: string } {
  const lines = body.split('\n');
  let offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  offset = Math.min(offset, body.length - 1);
  for (let i = offset; i >= 0; i--) {
    if (body[i] !== '{' || body[i - 1] === '\\') continue;
    const before = body.slice(0, i).split('\n');
    const close = body.indexOf('}', i);
    const lineEnd = body.indexOf('\n', i);
    const end = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + 1 : lineEnd < 0 ? body.length : lineEnd;
    const text = body.slice(i, end).trimEnd();
    return {
      line: before.length,
      column: before.at(-1)!.length + 1,
      text: text.length > 40 ? `${text.slice(0, 39)}…` : text,
    };
  }
  return { line, column, text: '{' };
}

/** The message for an expression error at the brace that opened `text`. */
export function expressionMessage(text: string): string {
  return `MDX syntax error: "{" starts an expression (here ${JSON.stringify(text)}), and chapters cannot use expressions; write "\\{" for a literal brace, or write the placeholder without braces (such as [customer name])`;
}
