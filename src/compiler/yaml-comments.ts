/**
 * `yaml-comment-cut`: a plain value that YAML cut short at ` #`. In YAML a space followed by `#`
 * starts a comment, so `title: Post the notice in #incidents` reads as "Post the notice in" and the
 * rest of the line is silently dropped. A comment written as a comment starts with `# ` (or `##`);
 * a `#` directly followed by a word (`#incidents`, `#2`) is nearly always meant as part of the text.
 */
import { isScalar, visit, type Document } from 'yaml';
import type { Problem } from './problems.ts';

/** A space or tab, then `#` and a character that is neither blank nor another `#`. */
const CUT = /[ \t]#[^\s#]/;

/** Whether `text` may hold a value cut by a comment: the cheap test before any document is built. */
export function mayHoldCutValues(text: string): boolean {
  return CUT.test(text);
}

/**
 * A warning for each plain scalar of `doc` followed on its own line by a comment that reads like
 * text (`#channel`); `at` turns an offset into the problem's line and column.
 */
export function cutValueWarnings(
  file: string,
  text: string,
  doc: Document.Parsed,
  at: (offset: number) => { line: number; column: number },
): Problem[] {
  const found: Problem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return;
      const [start, valueEnd, nodeEnd] = node.range;
      const after = text.slice(valueEnd, nodeEnd);
      if (!/^[ \t]+#[^\s#]/.test(after)) return;
      const kept = text.slice(start, valueEnd);
      const lineEnd = text.indexOf('\n', valueEnd);
      const line = text.slice(valueEnd, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
      // A comment written as one (` # …`) after the cut-off words stays a comment.
      const comment = /[ \t]#(\s|$)/.exec(line.slice(1));
      const whole = (kept + (comment ? line.slice(0, comment.index + 1) : line)).trimEnd();
      const dropped = whole.slice(kept.length).trim();
      found.push({
        file,
        ...at(start),
        severity: 'warning',
        rule: 'yaml-comment-cut',
        message: `the value is read as ${JSON.stringify(kept)}: YAML takes a space followed by "#" as the start of a comment, so ${JSON.stringify(dropped)} is dropped; if it belongs to the value, quote the value: ${JSON.stringify(whole)}`,
      });
    },
  });
  return found;
}
