/**
 * Accessible tabs (WAI-ARIA Authoring Practices, automatic activation): a `tablist` of buttons, one
 * `tabpanel` each. Only the selected tab is in the Tab order; ←/→ move between tabs (wrapping),
 * Home/End go to the first/last; the panel itself is focusable so its content can be scrolled.
 * Panels stay in the DOM when hidden, so forms keep what was typed into them.
 */
import { h } from './dom.ts';

/** One tab and its panel. */
export interface TabPane {
  /** Id suffix, unique on the page: the tab is `db-tab-<id>`, the panel `db-tabpanel-<id>`. */
  id: string;
  /** The tab's label. */
  title: string;
  /** The panel's content. */
  body: (Node | string)[];
  /** Called each time the pane is shown. */
  opened?(): void;
}

/** The tabs element, `select(id)` to show a pane from code (a keyboard shortcut), and `retitle` to change a tab's label (a count). */
export function tabbedPanes(
  label: string,
  panes: TabPane[],
  initial = panes[0].id,
): { element: HTMLElement; select(id: string, focus?: boolean): void; retitle(id: string, title: string): void } {
  const tabs = panes.map((p) =>
    h(
      'button',
      { type: 'button', role: 'tab', id: `db-tab-${p.id}`, 'aria-controls': `db-tabpanel-${p.id}`, class: 'db-tab' },
      p.title,
    ),
  );
  const panels = panes.map((p) =>
    h(
      'div',
      {
        role: 'tabpanel',
        id: `db-tabpanel-${p.id}`,
        'aria-labelledby': `db-tab-${p.id}`,
        tabindex: 0,
        class: `db-tabpanel db-${p.id}`,
      },
      ...p.body,
    ),
  );
  const select = (id: string, focus = false) => {
    panes.forEach((p, i) => {
      const on = p.id === id;
      tabs[i].setAttribute('aria-selected', String(on));
      tabs[i].tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
      if (on) p.opened?.();
      if (on && focus) tabs[i].focus();
    });
  };
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'db-tablist not-content' }, tabs);
  list.addEventListener('click', (e) => {
    const tab = (e.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab.id.slice('db-tab-'.length));
  });
  list.addEventListener('keydown', (e) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(panes[(to + tabs.length) % tabs.length].id, true);
  });
  select(initial);
  const retitle = (id: string, title: string) => {
    const tab = tabs[panes.findIndex((p) => p.id === id)];
    if (tab && tab.textContent !== title) tab.textContent = title;
  };
  return { element: h('div', { class: 'db-tabs' }, list, panels), select, retitle };
}
