/**
 * `markdown-link`: a link or image in a Markdown field of a YAML file (a role's purpose, a playbook's
 * summary, an activity's description, a template's body) goes only where chapters' links may go, so a
 * typed-link typo such as `[scribe](roles:scribe)` or a `javascript:` target is reported instead of
 * being emptied silently when the handbook renders it. Typed references it makes (`role:scribe`) are
 * checked by `ref-unresolved` through {@link markdownReferences}.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import type { PlanModel } from '../../plan/model.ts';
import { MARKUP_MESSAGES, refusedLinkScheme } from '../../plan/chapter-markup.ts';
import { REF_PATTERN } from '../../plan/refs.ts';
import type { Rule } from './context.ts';

/** One Markdown field of a plan element: the element, the field's name, its text and how messages name the element. */
export interface MarkdownField {
  element: object;
  field: string;
  text: string;
  owner: string;
}

/** Every Markdown field the plan's YAML files hold (their schemas describe them as Markdown). */
export function markdownFields(plan: PlanModel): MarkdownField[] {
  const out: MarkdownField[] = [];
  const add = (element: object, owner: string, field: string, text: string | undefined) => {
    if (text) out.push({ element, owner, field, text });
  };
  for (const r of plan.roles) add(r, `role "${r.id}"`, 'purpose', r.purpose);
  for (const p of plan.playbooks) {
    add(p, `playbook "${p.id}"`, 'summary', p.summary);
    for (const a of p.activities) add(a, `activity "${a.key}"`, 'description', a.description);
  }
  for (const t of plan.templates) add(t, `template "${t.id}"`, 'body', t.body);
  return out;
}

interface Link {
  url: string;
  what: 'the link goes to' | 'the image is' | 'the link definition is';
}

type Node = MdastNode & { children?: Node[]; url?: string };

/** The link, image and link-definition targets of a Markdown text, in order. */
function linksOf(text: string): Link[] {
  const out: Link[] = [];
  const stack: Node[] = [markdownToMdast(text) as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      out.push({
        url: node.url ?? '',
        what:
          node.type === 'image' ? 'the image is' : node.type === 'link' ? 'the link goes to' : 'the link definition is',
      });
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]);
  }
  return out;
}

/** The typed references (`role:scribe`) links in the plan's Markdown fields make, for `ref-unresolved`. */
export function markdownReferences(plan: PlanModel): (MarkdownField & { ref: string })[] {
  return markdownFields(plan).flatMap((f) =>
    linksOf(f.text)
      .filter((l) => l.what === 'the link goes to' && REF_PATTERN.test(l.url))
      .map((l) => ({ ...f, ref: l.url })),
  );
}

export const markdownLink: Rule = {
  id: 'markdown-link',
  severity: 'error',
  description:
    "A link or image in a Markdown field (purpose, summary, description, body) goes only to https:, http:, mailto:, tel:, a relative page or a plan element (role:id), like a chapter's.",
  check(ctx) {
    for (const f of markdownFields(ctx.plan)) {
      for (const link of linksOf(f.text)) {
        const scheme = refusedLinkScheme(link.url);
        if (scheme === undefined) continue;
        ctx.report(
          f.element,
          [f.field],
          `${f.owner}, "${f.field}": ${MARKUP_MESSAGES.url(scheme, link.what).replace(/chapters cannot/, 'plan text cannot')} (the target is "${link.url.slice(0, 60)}")`,
        );
      }
    }
  },
};
