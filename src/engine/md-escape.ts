/**
 * The one escaping rule for text that goes into the after-action report's Markdown: whatever an
 * author, a participant or a note-taker wrote reaches it as text. HTML becomes entities (no tag, no
 * comment, no script survives any Markdown renderer), the inline Markdown that could make a link,
 * an image, code or emphasis is backslash-escaped, and line breaks become spaces so a text can
 * never start a heading, a list or a table row of its own.
 */

/** `text` safe as inline Markdown text. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

/** Author-written Markdown (a scenario summary) kept as Markdown but with raw HTML turned into text. */
export function mdBlock(markdown: string): string {
  return markdown
    .replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
