/**
 * A region of a view rendered from state on every update, with no hand-kept key: the markup it
 * renders is its own key. When the new markup equals what the region last rendered, the DOM is left
 * alone, so a form being typed into is not replaced by an unrelated update (a clock tick); when it
 * differs in anything, however small, the region is replaced. Focus inside a replaced region moves
 * to its heading. Compared with what was rendered, not with the live DOM, so controls disabled
 * afterwards (read-only) or typed into do not count as changes.
 */
import { fill } from './dom.ts';

type Rendered = (Node | string | false | null | undefined)[];

/** Markup each region last rendered; dropped with the element. */
const rendered = new WeakMap<HTMLElement, string>();

function markupOf(children: Rendered): string {
  const box = document.createElement('div');
  fill(box, ...children);
  return box.innerHTML;
}

/** Renders `el` with `render()`, replacing its children only when the rendered markup changed. */
export function renderRegion(el: HTMLElement, render: () => Rendered): void {
  const children = render();
  const markup = markupOf(children);
  if (rendered.get(el) === markup) return;
  const hadFocus = el.contains(document.activeElement) && document.activeElement !== document.body;
  rendered.set(el, markup);
  fill(el, ...children);
  if (hadFocus) (el.querySelector<HTMLElement>('h2, h3, [tabindex="-1"]') ?? el).focus();
}
