/**
 * What a chapter may contain besides Markdown, typed links and Mermaid blocks, in one place: the
 * handbook components (used without `import`), the aside blocks, `{{placeholder}}` text, and the
 * sentences that say what to write instead of code. The compiler's check (src/compiler/chapter-markup.ts)
 * and the build's plugin (src/handbook/remark-handbook-components.ts) both read it, so they accept
 * and reject the same things with the same words. Pure: no Node or Astro imports.
 */
import { isAllowedUrl } from './safe-policy.ts';
import { REF_KINDS, REF_PATTERN } from './refs.ts';
import type { RefKind } from './refs.ts';

/** One attribute of a handbook component. */
export interface ComponentAttribute {
  name: string;
  /** Whether the component needs it. */
  required: boolean;
  /** The value names a plan element of this kind (checked like a typed link). */
  ref?: RefKind;
  /** What the attribute means, for the README and messages. */
  description: string;
}

/** A component a chapter may use without import: `<Name attribute="…" />` on a line of its own. */
export interface HandbookComponent {
  name: string;
  /** What it shows, drawn from the plan at build time. */
  description: string;
  attributes: readonly ComponentAttribute[];
  /** How it is written, e.g. `<RaciTable playbook="ransomware" />`. */
  example: string;
}

/** Every handbook component a chapter may use. */
export const HANDBOOK_COMPONENTS: readonly HandbookComponent[] = [
  {
    name: 'RaciTable',
    description: "the RACI table of one playbook: its activities in phase order, the roles' letters",
    attributes: [{ name: 'playbook', required: true, ref: 'playbook', description: 'id of the playbook' }],
    example: '<RaciTable playbook="ransomware" />',
  },
  {
    name: 'SeverityTable',
    description: 'the severity levels, most severe first, with criteria, targets and escalation policy',
    attributes: [],
    example: '<SeverityTable />',
  },
  {
    name: 'RoleCard',
    description: "a role's summary: purpose, responsibilities, backup, and a link to its full role card",
    attributes: [{ name: 'role', required: true, ref: 'role', description: 'id of the role' }],
    example: '<RoleCard role="incident-commander" />',
  },
];

/** Looks a component up by its exact name. */
export function componentNamed(name: string): HandbookComponent | undefined {
  return HANDBOOK_COMPONENTS.find((c) => c.name === name);
}

/** Aside blocks, written `:::note` … `:::` (optionally `:::caution[Title]`), as in Starlight. */
export const ASIDE_TYPES = ['note', 'tip', 'caution', 'danger'] as const;

/** The components as a list for messages: `<RaciTable playbook="…" />, <SeverityTable />, …`. */
export const COMPONENT_LIST = HANDBOOK_COMPONENTS.map(
  (c) => `<${c.name}${c.attributes.map((a) => ` ${a.name}="…"`).join('')} />`,
).join(', ');

/**
 * `{{name}}` (placeholder text from a pasted template) reaches MDX as the expression `{name}`:
 * it is shown literally, never evaluated. Any double-braced text without further braces counts.
 */
export function isPlaceholder(expression: string): boolean {
  return /^\{[^{}]*\}$/.test(expression);
}

/** `{/* … *\/}`, MDX's comment, holds no code: it is accepted and renders nothing. */
export function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/** The scheme of a URL that runs script or smuggles content (`javascript:`, `vbscript:`, `data:`), as a browser reads it. */
export function dangerousScheme(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside the scheme: "java\tscript:" runs.
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  const scheme = m?.[1].toLowerCase();
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' ? scheme : undefined;
}

/**
 * The scheme of a link or image target a chapter may not use, or `undefined` when it may: the one
 * URL policy of plan text (`isAllowedUrl`: http, https, mailto, tel, relative) plus typed references
 * to plan elements (`role:incident-commander`), which become handbook links.
 */
export function refusedLinkScheme(url: string): string | undefined {
  if (isAllowedUrl(url) || REF_PATTERN.test(url)) return undefined;
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1].toLowerCase() ?? '';
}

const clip = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
};

/** Sentences saying what is wrong and what to write instead; shared by check and build. */
export const MARKUP_MESSAGES = {
  import: () =>
    `chapters cannot run code; remove the import: the handbook components are available without import (${COMPONENT_LIST}) and asides are written :::note … :::`,
  export: () =>
    'chapters cannot run code; remove the export: page fields such as title and description go in the frontmatter between the "---" lines',
  expression: (value: string) =>
    `chapters cannot run code; {${clip(value)}} is a JavaScript expression: write \\{ for a literal brace, or show plan data with a handbook component (${COMPONENT_LIST})`,
  script: () => 'chapters cannot run code; remove the <script> element',
  style: () =>
    "chapters cannot carry their own styles; remove the <style> element (the handbook's styles apply to every chapter)",
  embed: (name: string) =>
    `chapters cannot embed other pages or objects; remove the <${name}> element and link to it instead: [text](https://…)`,
  html: (name: string) =>
    `chapters are Markdown, not HTML: replace <${name}> with Markdown (**bold**, *italic*, lists, tables, [text](https://…)) or a handbook component (${COMPONENT_LIST})`,
  fragment: () => 'chapters are Markdown, not JSX: remove the <>…</> fragment and keep its content',
  handler: (attribute: string) => `the ${attribute}= attribute runs script; remove it (chapters cannot run code)`,
  expressionAttribute: (attribute: string) =>
    `chapters cannot run code; ${attribute}={…} is a JavaScript expression: write ${attribute}="…" with a plain value`,
  spread: () => 'chapters cannot run code; remove the {...} spread from the element',
  url: (scheme: string, where: string) => {
    if (scheme === 'data')
      return `${where} a data: URL; chapters cannot embed content in a URL: put the file in public/ and link to /its-name, or link to an https: address`;
    if (scheme === 'javascript' || scheme === 'vbscript')
      return `${where} a ${scheme}: URL, which runs script; link to an https:, mailto: or tel: address, a relative page or a plan element (role:incident-commander)`;
    const kind = (REF_KINDS as readonly string[]).includes(scheme)
      ? scheme
      : REF_KINDS.find((k) => scheme === `${k}s` || `${scheme}s` === k);
    if (kind)
      return `${where} "${scheme}:…", which names no plan element; a typed link is ${kind}: followed by an id of lower-case letters, digits and hyphens, such as [text](${kind}:${kind === 'role' ? 'incident-commander' : 'its-id'})`;
    return `${where} a ${scheme}: URL; links go only to https:, http:, mailto: or tel: addresses, a relative page or a plan element (role:incident-commander)`;
  },
} as const;

/** Which element names are code or HTML, and the sentence for each; `undefined` for a component. */
export function elementMessage(
  name: string | null,
): { rule: 'mdx-code' | 'mdx-component'; message: string } | undefined {
  if (name === null) return { rule: 'mdx-code', message: MARKUP_MESSAGES.fragment() };
  if (componentNamed(name)) return undefined;
  const lower = name.toLowerCase();
  if (lower === 'script') return { rule: 'mdx-code', message: MARKUP_MESSAGES.script() };
  if (lower === 'style') return { rule: 'mdx-code', message: MARKUP_MESSAGES.style() };
  if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'].includes(lower))
    return { rule: 'mdx-code', message: MARKUP_MESSAGES.embed(lower) };
  if (/^[a-z]/.test(name) && !name.includes('.')) return { rule: 'mdx-code', message: MARKUP_MESSAGES.html(name) };
  if (name === 'Aside')
    return {
      rule: 'mdx-component',
      message:
        'chapters cannot import components such as <Aside>; write the aside as :::note, then its text, then ::: (or :::tip, :::caution, :::danger; a title goes in brackets: :::caution[Before you restore])',
    };
  return { rule: 'mdx-component', message: unknownComponentMessage(name) };
}

/** `<Foo>` is no handbook component. */
export function unknownComponentMessage(name: string, suggestion?: string): string {
  return `<${name}> is not a handbook component${suggestion ? ` (did you mean <${suggestion}>?)` : ''}; chapters cannot import components: use one of ${COMPONENT_LIST}`;
}
