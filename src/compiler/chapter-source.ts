/**
 * Reads a narrative chapter (MDX): its frontmatter as located YAML, its body parsed with
 * remark-mdx (so an MDX syntax error is reported with its line), and the cross-references
 * written as Markdown links to `kind:id`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ChapterReference } from '../plan/model.ts';
import type { Problem } from './problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { REF_PATTERN } from '../plan/refs.ts';

export interface ChapterSource {
  frontmatter: YamlSource;
  body: string;
  references: ChapterReference[];
}

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const mdxParser = unified().use(remarkParse).use(remarkMdx);

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
          message: 'chapter has no frontmatter; start the file with a "---" line, then "title:" and "order:", then "---"',
        },
      ],
    };
  }
  const { source, problems } = parseYaml(file, fence[1] ?? '', 1);
  if (!source) return { problems };
  const bodyStartLine = text.slice(0, fence[0].length).split('\n').length - (fence[0].endsWith('\n') ? 1 : 0);
  const body = text.slice(fence[0].length);
  let tree: Root;
  try {
    tree = mdxParser.parse(body) as Root;
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string };
    // An unclosed "{" is only noticed at the end of the file: point at the brace instead.
    const brace = /closing brace for `\{`/.test(e.reason ?? '') ? openBrace(body) : undefined;
    if (brace) Object.assign(e, brace);
    return {
      problems: [
        {
          file,
          line: (e.line ?? 1) + bodyStartLine,
          column: e.column ?? 1,
          severity: 'error',
          rule: 'mdx-syntax',
          message: `MDX syntax error: ${e.reason ?? e.message}; fix the markup (write "&lt;" or "\\<" for a literal "<", "\\{" for a literal "{")`,
        },
      ],
    };
  }
  const references: ChapterReference[] = [];
  visit(tree, (node) => {
    const url = (node as { url?: string }).url;
    if ((node.type === 'link' || node.type === 'definition') && url && REF_PATTERN.test(url)) {
      references.push({
        ref: url,
        line: (node.position?.start.line ?? 1) + bodyStartLine,
        column: node.position?.start.column ?? 1,
      });
    }
  });
  return { chapter: { frontmatter: source, body, references }, problems };
}

/** Line and column (1-based) of the last "{" in `body` that has no "}" after it. */
function openBrace(body: string): { line: number; column: number } | undefined {
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i] === '}') depth++;
    else if (body[i] === '{' && depth-- === 0) {
      const before = body.slice(0, i).split('\n');
      return { line: before.length, column: before[before.length - 1].length + 1 };
    }
  }
  return undefined;
}
