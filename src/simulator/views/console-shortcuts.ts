/**
 * The console's keyboard shortcuts: single letters, without modifiers, that never fire while the
 * facilitator types (a text field, text area, select or editable element has focus). The legend
 * shown on screen is built from the same list, so what is shown is what works.
 */
import { h } from './dom.ts';

/** One shortcut: the key (a lower-case letter), what it does in words, and the action. */
export interface Shortcut {
  key: string;
  label: string;
  run: () => void;
}

/** Whether a key press on `target` is typing, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** The on-screen legend: "Keys: P pause or resume · J jump …". */
export function shortcutLegend(list: readonly Shortcut[], extra: string): HTMLElement {
  return h(
    'p',
    { class: 'db-shortcuts not-content', id: 'db-shortcuts' },
    'Keys: ',
    list.flatMap((s, i) => [i ? ' · ' : '', h('kbd', {}, s.key.toUpperCase()), ` ${s.label}`]),
    ` · ${extra}`,
  );
}

/** Runs a shortcut when its key is pressed outside a text field; returns the listener to remove. */
export function shortcutListener(list: readonly Shortcut[]): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const s = list.find((x) => x.key === e.key.toLowerCase());
    if (!s) return;
    e.preventDefault();
    s.run();
  };
}
