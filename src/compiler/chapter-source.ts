/**
 * Reads a narrative chapter (MDX): its frontmatter as located YAML, its body parsed with Sätteri,
 * the MDX parser Astro renders the handbook with (so the compiler rejects exactly the markup the
 * build would fail on, with its line), what the body may not contain (code, HTML, deep nesting:
 * chapter-markup.ts), and the cross-references written as Markdown links to `kind:id` or as
 * handbook component attributes.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { ChapterReference } from '../plan/model.ts';
import type { Problem } from './problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { inspectChapter } from './chapter-markup.ts';
import { expressionMessage, isExpressionError, openingBrace } from './chapter-syntax-words.ts';
import { depthMessage, MAX_MARKDOWN_DEPTH, markdownNesting } from '../plan/markdown-depth.ts';

/** Parser features as the handbook build has them: Starlight turns on directives (`:::note`). */
const FEATURES = { directive: true } as const;

export interface ChapterSource {
  frontmatter: YamlSource;
  body: string;
  references: ChapterReference[];
}

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits and parses one chapter; problems cover missing or bad frontmatter and MDX syntax. */
export function parseChapter(file: string, text: string): { chapter?: ChapterSource; problems: Problem[] } {
  const fence = FENCE.exec(text);
  if (!fence) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'mdx-frontmatter',
          message:
            'chapter has no frontmatter; start the file with a "---" line, then "title:" and "order:", then "---"',
        },
      ],
    };
  }
  const { source, problems } = parseYaml(file, fence[1] ?? '', 1);
  if (!source) return { problems };
  const bodyStartLine = text.slice(0, fence[0].length).split('\n').length - (fence[0].endsWith('\n') ? 1 : 0);
  const body = text.slice(fence[0].length);
  // Deep nesting is found before parsing, in one cheap pass, so huge inputs stay fast.
  const nesting = markdownNesting(body, MAX_MARKDOWN_DEPTH);
  if (nesting.depth > MAX_MARKDOWN_DEPTH) {
    const at = { line: nesting.line + bodyStartLine, column: nesting.column };
    return {
      problems: [
        { file, ...at, severity: 'error', rule: 'mdx-depth', message: depthMessage(nesting.depth, MAX_MARKDOWN_DEPTH) },
      ],
    };
  }
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: FEATURES });
  } catch (err) {
    // Sätteri's message: "line:column: reason (rule-id)", or "line:column-line:column: ..." for a span.
    const message = String((err as Error).message ?? err);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message);
    const reason = (at?.[3] ?? message).replace(/ \(\d+:\d+\)/g, '').replace(/\.$/, '');
    if (isExpressionError(reason)) {
      const brace = openingBrace(body, Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
      return {
        problems: [
          {
            file,
            line: brace.line + bodyStartLine,
            column: brace.column,
            severity: 'error',
            rule: 'mdx-syntax',
            message: expressionMessage(brace.text),
          },
        ],
      };
    }
    return {
      problems: [
        {
          file,
          line: Number(at?.[1] ?? 1) + bodyStartLine,
          column: Number(at?.[2] ?? 1),
          severity: 'error',
          rule: 'mdx-syntax',
          message: /^Unexpected character `!`/.test(reason)
            ? 'MDX syntax error: MDX has no HTML comments (<!-- … -->); write the comment as {/* … */} or delete it'
            : `MDX syntax error: ${reason}; fix the markup (write "&lt;" or "\\<" for a literal "<", "\\{" for a literal "{")`,
        },
      ],
    };
  }
  const markup = inspectChapter(tree, body, file, bodyStartLine);
  problems.push(...markup.problems);
  return { chapter: { frontmatter: source, body, references: markup.references }, problems };
}
