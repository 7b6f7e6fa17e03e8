/**
 * A region of a view that re-renders only when its key changes, so a form being typed into is not
 * replaced by an unrelated update (a clock tick). Focus inside a replaced region moves to its heading.
 */
import { fill } from './dom.ts';

/** Re-renders `el` with `render()` when `key` differs from the last render's. */
export function updateRegion(el: HTMLElement, key: string, render: () => (Node | string | false | undefined)[]): void {
  if (el.dataset.key === key) return;
  const hadFocus = el.contains(document.activeElement) && document.activeElement !== document.body;
  el.dataset.key = key;
  fill(el, ...render());
  if (hadFocus) (el.querySelector<HTMLElement>('h2, h3, [tabindex="-1"]') ?? el).focus();
}
