/**
 * The console's read-only mode, for a second console of a session that another window runs: a
 * notice with a "Take over here" button, and the console's writing controls disabled. Controls
 * disabled here are marked, so turning writable again enables only them and not, say, a "Jump"
 * button that is disabled because no inject is left.
 */
import type { ExerciseStore, StoreSnapshot } from '../store.ts';
import { h } from './dom.ts';

/** What the notice says. */
export const READ_ONLY_NOTICE = 'This exercise is being run in another window. This window follows it read-only.';

const CONTROLS = 'button, input, select, textarea';
type Control = HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Disables the form controls in `roots` while `locked`; re-enables those it disabled once not. */
export function lockControls(roots: Element[], locked: boolean): void {
  for (const root of roots) {
    const controls = root.matches(CONTROLS) ? [root as Control] : [...root.querySelectorAll<Control>(CONTROLS)];
    for (const el of controls) {
      if (locked && !el.disabled) {
        el.disabled = true;
        el.dataset.readOnly = '';
      } else if (!locked && el.dataset.readOnly !== undefined) {
        el.disabled = false;
        delete el.dataset.readOnly;
      }
    }
  }
}

/**
 * The read-only notice; `update` shows or hides it and locks `roots` on every store change. When
 * the window turns read-only with focus on a control just disabled, focus moves to "Take over here";
 * after taking over, it moves to `afterTakeOver()` (the first clock control).
 */
export function readOnlyNotice(
  store: ExerciseStore,
  roots: () => Element[],
  afterTakeOver: () => HTMLElement | null | undefined,
) {
  const text = h('p', { role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'db-button db-primary',
      hidden: true,
      onclick: async () => {
        await store.takeOver();
        afterTakeOver()?.focus();
      },
    },
    'Take over here',
  );
  const notice = h('div', { class: 'db-read-only' }, text, button);
  const update = (snap: StoreSnapshot) => {
    const locked = snap.readOnly === true;
    const wasFocused = document.activeElement as HTMLElement | null;
    notice.classList.toggle('db-read-only-on', locked);
    if (text.textContent !== (locked ? READ_ONLY_NOTICE : '')) text.textContent = locked ? READ_ONLY_NOTICE : '';
    button.hidden = !locked;
    lockControls(roots(), locked);
    if (locked && wasFocused && (wasFocused as Control).disabled) button.focus();
  };
  return { notice, update };
}
