/**
 * The home page's incident panel (`<drillbook-incident>`, IncidentPanel.astro): the start form, the
 * current incident (what it is, anchor times, a note, close, the timeline) and every incident kept in
 * this browser, each with its exports (a closed one too). Rendered with DOM text nodes only: titles,
 * names and notes are shown as text. The home page's playbook links list the incident's own first.
 */
import { exportFileName, incidentJson, incidentMarkdown, incidentTimeline, profileLines } from './export.ts';
import { isOpen, summarizeIncident, type Incident } from './incident.ts';
import { incidentStore, type IncidentStore } from './store.ts';
import { readVocabulary, type IncidentVocabulary } from './vocabulary.ts';
import { namesOf } from './names.ts';
import { profileFields, readProfile } from './profile-form.ts';
import { APPLICABILITY_ORDER, playbookApplies } from './applies.ts';
import { formatInZone } from '../plan/wall-clock.ts';
import { zoneLine } from './zone-picker.ts';
import { mountStartForm } from './start-form.ts';
import { planEventForms } from './events-form.ts';
import { setIncidentProfile } from './opening.ts';

/** Every time the panel shows, in the one zone the responder reads (named at the top of the incident). */
let local = (at: number): string => formatInZone(at, 'UTC');

/** An element with text (never markup) and optional attributes. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text, { type: 'button', class: 'db-button' });
  b.addEventListener('click', onClick);
  return b;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', '', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The two export buttons of an incident. */
function downloads(
  store: IncidentStore,
  incident: Incident,
  vocab: IncidentVocabulary | undefined,
): (HTMLElement | string)[] {
  return [
    button('Download timeline (Markdown)', () =>
      download(exportFileName(incident, 'md'), incidentMarkdown(incident, vocab, store.timeZone()), 'text/markdown'),
    ),
    ' ',
    button('Download timeline (JSON)', () =>
      download(exportFileName(incident, 'json'), incidentJson(incident, vocab), 'application/json'),
    ),
  ];
}

/** What the incident is, in words, and a form to change it (each change goes on the timeline). */
function renderProfile(store: IncidentStore, incident: Incident, vocab: IncidentVocabulary | undefined): HTMLElement[] {
  const { profile } = summarizeIncident(incident);
  const facts = el('ul', '', { class: 'db-incident-profile' });
  for (const [k, v] of profileLines(profile, namesOf(vocab), vocab)) facts.append(el('li', `${k}: ${v}`));
  if (!vocab) return [facts];
  const change = el('details');
  const form = el('form', '', { class: 'db-incident-change' });
  form.append(...profileFields(vocab, profile), el('button', 'Save', { type: 'submit', class: 'db-button' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setIncidentProfile(store, readProfile(form));
  });
  const fields = [
    'type',
    'severity',
    ...(vocab.scales ?? []).map((x) => x.name),
    'data affected',
    ...(vocab.facts?.length ? ['facts'] : []),
  ];
  change.append(el('summary', `Change ${fields.slice(0, -1).join(', ')} or ${fields.at(-1)}`), form);
  return [facts, change];
}

/** The current incident: what it is, its anchors, a note field, exports, close and the timeline. */
function renderCurrent(store: IncidentStore, incident: Incident, vocab: IncidentVocabulary | undefined): HTMLElement[] {
  const summary = summarizeIncident(incident);
  const heading = el('h3', `Current incident: ${incident.title}`);
  const anchors = el('ul');
  const names = namesOf(vocab);
  for (const [event, at] of Object.entries(summary.anchors))
    anchors.append(el('li', `${names.event(event)}: ${local(at)}`));
  const note = el('form', '', { class: 'db-incident-note' });
  const input = el('input', '', { name: 'note', 'aria-label': 'Note for the timeline' });
  note.append(input, el('button', 'Add note', { type: 'submit', class: 'db-button' }));
  note.addEventListener('submit', (e) => {
    e.preventDefault();
    store.note(input.value);
  });
  const actions = el('p', '', { class: 'db-incident-actions' });
  actions.append(...downloads(store, incident, vocab));
  // Apart from the downloads, and asked twice: closing stops the recording of ticks and clocks.
  const closing = el('p', '', { class: 'db-incident-actions' });
  closing.append(
    button('Close incident', () => {
      const question = `Close the incident “${incident.title}”? Ticks and clock times are no longer recorded into it; you can still download its timeline, or reopen it.`;
      if (window.confirm(question)) store.close(incident.id);
    }),
  );
  const timeline = el('ol', '', { class: 'db-incident-timeline', 'aria-label': 'Timeline' });
  for (const line of incidentTimeline(incident, vocab))
    timeline.append(el('li', `${local(line.at)} ${line.text}${line.by ? ` (${line.by})` : ''}`));
  const clocks = el('p');
  clocks.append(el('a', 'The deadlines of this incident, soonest first', { href: '/obligations/#calculator' }));
  return [
    heading,
    zoneLine(store),
    ...renderProfile(store, incident, vocab),
    clocks,
    el('p', `Opened ${local(summary.openedAt)}. Anchor times (the deadline calculator counts from them):`),
    anchors,
    ...planEventForms(store, vocab?.events),
    note,
    actions,
    timeline,
    closing,
  ];
}

/** Every incident kept here, with what can be done to each. */
function renderList(
  store: IncidentStore,
  incidents: Incident[],
  currentId: string | undefined,
  vocab: IncidentVocabulary | undefined,
): HTMLElement[] {
  const list = el('ul');
  for (const incident of incidents) {
    const open = isOpen(incident);
    const item = el(
      'li',
      `${incident.title} — opened ${local(summarizeIncident(incident).openedAt)}, ${open ? 'open' : 'closed'}${incident.id === currentId ? ' (current)' : ''} `,
    );
    if (open && incident.id !== currentId)
      item.append(
        button('Make current', () => store.select(incident.id)),
        ' ',
      );
    if (!open)
      item.append(
        ...downloads(store, incident, vocab),
        ' ',
        button('Reopen', () => store.reopen(incident.id)),
        ' ',
      );
    item.append(
      button('Clear', () => {
        if (window.confirm(`Delete the incident “${incident.title}” and its timeline from this browser?`))
          store.clear(incident.id);
      }),
    );
    list.append(item);
  }
  return [el('h3', 'Incidents in this browser'), list];
}

/** Lists the playbooks the incident's types bring first on the home page, each marked in words. */
function orderPlaybooks(vocab: IncidentVocabulary | undefined, incident: Incident | undefined): void {
  const list = document.querySelector<HTMLUListElement>('ul.db-playbook-links');
  if (!list || !vocab) return;
  const profile = incident ? summarizeIncident(incident).profile : { incidentTypes: [], dataCategories: [] };
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-playbook]')];
  const rank = (li: HTMLLIElement) => APPLICABILITY_ORDER[playbookApplies(vocab, profile, li.dataset.playbook!)];
  for (const li of items) {
    li.querySelector('.db-for-incident')?.remove();
    if (rank(li) === 0) li.append(el('span', ' (this incident)', { class: 'db-for-incident db-meta' }));
  }
  // A stable sort: the plan's order within each group.
  list.append(
    ...items
      .map((li, i) => ({ li, i }))
      .sort((a, b) => rank(a.li) - rank(b.li) || a.i - b.i)
      .map((x) => x.li),
  );
}

/** Enhances the panel; returns what stops it. */
export function mountIncidentPanel(root: HTMLElement): () => void {
  const store = incidentStore();
  const vocab = readVocabulary(root);
  const form = root.querySelector<HTMLFormElement>('form[data-start]')!;
  const current = root.querySelector<HTMLElement>('[data-current]')!;
  const incidents = root.querySelector<HTMLElement>('[data-incidents]')!;
  const name = form.elements.namedItem('name') as HTMLInputElement;
  const awareness = mountStartForm(form, store);
  const render = (): void => {
    local = (at) => formatInZone(at, store.timeZone());
    awareness.label();
    if (!name.value) name.value = store.name();
    const incident = store.current();
    current.hidden = !incident;
    current.replaceChildren(...(incident ? renderCurrent(store, incident, vocab) : []));
    const all = store.list();
    incidents.hidden = all.length === 0;
    incidents.replaceChildren(...(all.length ? renderList(store, all, incident?.id, vocab) : []));
    orderPlaybooks(vocab, incident);
  };
  const unsubscribe = store.subscribe(render);
  render();
  return unsubscribe;
}
