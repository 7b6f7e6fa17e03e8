/**
 * Tiny DOM helpers for the simulator views. Text always goes in through `textContent`; the only
 * HTML ever inserted is the output of the safe Markdown renderer (`markdown`).
 */
import { renderSafeMarkdown } from '../../markdown/safe-markdown.ts';

type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** Creates an element with attributes (`on…` keys become listeners) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== false && c !== null && c !== undefined && c !== '') el.append(c);
  return el;
}

/** A `<div>` holding scenario Markdown rendered safely (no raw HTML, no script URLs). */
export function markdown(text: string, className = 'db-md'): HTMLDivElement {
  const div = h('div', { class: className });
  div.innerHTML = renderSafeMarkdown(text);
  return div;
}

/** Replaces the children of `el`. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(
    ...(children.flat().filter((c) => c !== false && c !== null && c !== undefined && c !== '') as (Node | string)[]),
  );
}

/** Starts a download of `text` as a file named `name`. */
export function download(name: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
