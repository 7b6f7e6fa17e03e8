/**
 * Chapters are content, not code: walks a chapter's parsed body once and reports, each at its own
 * line and column, every MDX `import`/`export`, `{…}` expression, JSX element that is not a
 * handbook component, event-handler attribute and `javascript:`/`vbscript:`/`data:` URL
 * (`mdx-code`); every misuse of a handbook component or aside (`mdx-component`); nesting deeper
 * than the limit (`mdx-depth`). It also collects the typed references: Markdown links to `kind:id`
 * and component attributes naming a plan element. The walk is iterative, so no depth of nesting
 * can overflow the stack. What is allowed lives in src/plan/chapter-markup.ts.
 */
import type { MdastNode } from 'satteri';
import type { ChapterReference } from '../plan/model.ts';
import { REF_PATTERN } from '../plan/refs.ts';
import {
  ASIDE_TYPES,
  HANDBOOK_COMPONENTS,
  MARKUP_MESSAGES,
  componentNamed,
  dangerousScheme,
  refusedLinkScheme,
  elementMessage,
  isComment,
  isPlaceholder,
  unknownComponentMessage,
  type HandbookComponent,
} from '../plan/chapter-markup.ts';
import type { Problem } from './problems.ts';
import { closest, didYouMean } from './suggest.ts';
import { depthMessage, MAX_MARKDOWN_DEPTH } from '../plan/markdown-depth.ts';

type Node = MdastNode & {
  children?: Node[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Attribute[] | Record<string, string>;
  data?: { directiveLabel?: boolean };
};
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** What the walk found. */
export interface ChapterMarkup {
  problems: Problem[];
  references: ChapterReference[];
}

/** Inspects the parsed `body` of `file`, whose first line is line `bodyStartLine + 1` of the file. */
export function inspectChapter(tree: MdastNode, body: string, file: string, bodyStartLine: number): ChapterMarkup {
  const problems: Problem[] = [];
  const references: ChapterReference[] = [];
  const at = (line: number, column: number) => ({ line: line + bodyStartLine, column });
  const report = (rule: string, point: { line: number; column: number }, message: string) =>
    problems.push({ file, ...at(point.line, point.column), severity: 'error', rule, message });
  const startOf = (node: Node) => node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const locate = offsetLocator(body);

  const stack: [Node, number][] = [[tree as Node, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const start = startOf(node);
    // Levels count containers (a list item is part of its list's level), plus the paragraph at the bottom.
    if (depth > MAX_MARKDOWN_DEPTH + 1) {
      report('mdx-depth', start, depthMessage(undefined, MAX_MARKDOWN_DEPTH));
      stack.length = 0; // once per chapter: everything below is the same nest
      break;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        (node.value ?? '').split('\n').forEach((text, i) => {
          const keyword = /^(import|export)\b/.exec(text);
          if (keyword)
            report(
              'mdx-code',
              { line: start.line + i, column: 1 },
              MARKUP_MESSAGES[keyword[1] as 'import' | 'export'](),
            );
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlaceholder(node.value ?? '') && !isComment(node.value ?? ''))
          report('mdx-code', start, MARKUP_MESSAGES.expression(node.value ?? ''));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        inspectElement(node, body, start, locate, report, (ref, point, via) =>
          references.push({ ref, ...at(point.line, point.column), via }),
        );
        break;
      case 'containerDirective':
        if (!(ASIDE_TYPES as readonly string[]).includes(node.name ?? ''))
          report(
            'mdx-component',
            start,
            `":::${node.name}" is not an aside; write :::note, :::tip, :::caution or :::danger${didYouMean(node.name ?? '', ASIDE_TYPES)}`,
          );
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const url = node.url ?? '';
        const scheme = refusedLinkScheme(url);
        if (scheme !== undefined)
          report(
            'mdx-code',
            start,
            MARKUP_MESSAGES.url(
              scheme,
              node.type === 'image'
                ? 'the image is'
                : node.type === 'link'
                  ? 'the link goes to'
                  : 'the link definition is',
            ),
          );
        else if (node.type !== 'image' && REF_PATTERN.test(url))
          references.push({ ref: url, ...at(start.line, start.column) });
        break;
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      stack.push([child, child.children && child.type !== 'listItem' ? depth + 1 : depth]);
    }
  }
  return { problems, references };
}

type Point = { line: number; column: number; offset?: number };
type Report = (rule: string, point: { line: number; column: number }, message: string) => void;
type AddRef = (ref: string, point: Point, via: string) => void;

/** Checks one JSX element: a handbook component with valid attributes, or else the reason it is not allowed. */
function inspectElement(
  node: Node,
  body: string,
  start: Point,
  locate: (offset: number) => Point,
  report: Report,
  addRef: AddRef,
) {
  const name = node.name ?? null;
  const verdict = elementMessage(name);
  const component = name ? componentNamed(name) : undefined;
  if (verdict) {
    const suggestion =
      verdict.rule === 'mdx-component' && name
        ? closest(
            name,
            HANDBOOK_COMPONENTS.map((c) => c.name),
          )
        : undefined;
    report(verdict.rule, start, suggestion ? unknownComponentMessage(name!, suggestion) : verdict.message);
  } else if (component && node.type === 'mdxJsxTextElement') {
    report(
      'mdx-component',
      start,
      `put ${component.example.replace(/=".*?"/g, '="…"')} on a line of its own: a component is a block, not part of a sentence`,
    );
  } else if (component && (node.children ?? []).length > 0) {
    report(
      'mdx-component',
      start,
      `<${component.name}> takes no content; write it as one self-closing tag: ${component.example}`,
    );
  }
  // The opening tag's text, to place each attribute (Sätteri gives attributes no position).
  const tagStart = start.offset ?? 0;
  const tag = openingTag(body, tagStart);
  const seen = new Set<string>();
  const meant = new Set<string>(); // attributes a misspelt one was taken for: not reported missing too
  for (const attribute of (node.attributes ?? []) as Attribute[]) {
    const where = locate(tagStart + attributeOffset(tag, attribute));
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report('mdx-code', where, MARKUP_MESSAGES.spread());
      continue;
    }
    const attr = attribute.name ?? '';
    seen.add(attr);
    const value = attribute.value;
    if (/^on/i.test(attr)) report('mdx-code', where, MARKUP_MESSAGES.handler(attr));
    else if (value && typeof value === 'object') report('mdx-code', where, MARKUP_MESSAGES.expressionAttribute(attr));
    else if (typeof value === 'string' && dangerousScheme(value))
      report('mdx-code', where, MARKUP_MESSAGES.url(dangerousScheme(value)!, `${attr}= is`));
    else if (component) {
      const guess = inspectAttribute(component, attr, value ?? null, where, report, addRef);
      if (guess) meant.add(guess);
    }
  }
  if (component) {
    for (const a of component.attributes) {
      if (a.required && !seen.has(a.name) && !meant.has(a.name))
        report(
          'mdx-component',
          start,
          `<${component.name}> needs ${a.name}="…" (${a.description}), e.g. ${component.example}`,
        );
    }
  }
}

/** Checks one attribute of a component; returns the attribute an unknown one was probably meant to be. */
function inspectAttribute(
  component: HandbookComponent,
  attr: string,
  value: string | null,
  where: Point,
  report: Report,
  addRef: AddRef,
): string | undefined {
  const spec = component.attributes.find((a) => a.name === attr);
  if (!spec) {
    const names = component.attributes.map((a) => a.name);
    const allowed = component.attributes.length
      ? `it takes ${component.attributes.map((a) => `${a.name}="…"`).join(', ')}`
      : `it takes no attributes: write <${component.name} />`;
    report(
      'mdx-component',
      where,
      `<${component.name}> has no attribute "${attr}"${didYouMean(attr, names)}; ${allowed}`,
    );
    return closest(attr, names);
  }
  if (value === null || value === '') {
    report('mdx-component', where, `give ${attr} a value (${spec.description}), e.g. ${component.example}`);
    return undefined;
  }
  if (spec.ref) {
    const ref = `${spec.ref}:${value}`;
    if (REF_PATTERN.test(ref)) addRef(ref, where, `<${component.name} ${attr}>`);
    else
      report(
        'mdx-component',
        where,
        `${attr}="${value}" is not an id; write the ${spec.ref}'s id (lower-case letters, digits and hyphens), e.g. ${component.example}`,
      );
  }
  return undefined;
}

/** The text of the element's opening tag, from its `<` to the first `>` outside quotes and braces. */
function openingTag(body: string, from: number): string {
  let quote = '';
  let braces = 0;
  for (let i = from + 1; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '>' && braces <= 0) return body.slice(from, i + 1);
  }
  return body.slice(from);
}

/** Where an attribute starts inside its tag's text (0 when it cannot be found: the tag's `<`). */
function attributeOffset(tag: string, attribute: Attribute): number {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    const i = tag.indexOf('{...');
    return i < 0 ? 0 : i;
  }
  const name = (attribute.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`[\\s"'}]${name}(?=[\\s=/>]|$)`).exec(tag);
  return m ? m.index + 1 : 0;
}

/** Maps an offset in `text` to a 1-based line and column. */
function offsetLocator(text: string): (offset: number) => Point {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
