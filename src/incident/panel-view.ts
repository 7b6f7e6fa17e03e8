/**
 * The home page's incident panel (`<drillbook-incident>`, IncidentPanel.astro): the start form, the
 * current incident (anchor times, a note, close, the timeline and its exports) and every incident
 * kept in this browser. Rendered with DOM text nodes only: titles, names and notes are shown as text.
 */
import { anchorWords } from '../plan/anchor-events.ts';
import { exportFileName, incidentJson, incidentMarkdown, incidentTimeline } from './export.ts';
import { isOpen, summarizeIncident, type Incident } from './incident.ts';
import { incidentStore, type IncidentStore } from './store.ts';

/** A local date and time: "2026-06-01 09:05". */
const local = (at: number): string => {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** An element with text (never markup) and optional attributes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
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

/** The current incident: its anchors, a note field, close, exports and the timeline. */
function renderCurrent(store: IncidentStore, incident: Incident): HTMLElement[] {
  const summary = summarizeIncident(incident);
  const heading = el('h3', `Current incident: ${incident.title}`);
  const anchors = el('ul');
  for (const [event, at] of Object.entries(summary.anchors)) anchors.append(el('li', `${anchorWords(event as never)}: ${local(at)}`));
  const note = el('form', '', { class: 'db-incident-note' });
  const input = el('input', '', { name: 'note', 'aria-label': 'Note for the timeline' });
  note.append(input, el('button', 'Add note', { type: 'submit', class: 'db-button' }));
  note.addEventListener('submit', (e) => {
    e.preventDefault();
    store.note(input.value);
  });
  const actions = el('p');
  actions.append(
    button('Download timeline (Markdown)', () => download(exportFileName(incident, 'md'), incidentMarkdown(incident), 'text/markdown')),
    ' ',
    button('Download timeline (JSON)', () => download(exportFileName(incident, 'json'), incidentJson(incident), 'application/json')),
    ' ',
    button('Close incident', () => store.close(incident.id)),
  );
  const timeline = el('ol', '', { class: 'db-incident-timeline', 'aria-label': 'Timeline' });
  for (const line of incidentTimeline(incident)) timeline.append(el('li', `${local(line.at)} ${line.text}${line.by ? ` (${line.by})` : ''}`));
  return [heading, el('p', `Opened ${local(summary.openedAt)}. Anchor times (the deadline calculator counts from them):`), anchors, note, actions, timeline];
}

/** Every incident kept here, with what can be done to each. */
function renderList(store: IncidentStore, incidents: Incident[], currentId: string | undefined): HTMLElement[] {
  const list = el('ul');
  for (const incident of incidents) {
    const open = isOpen(incident);
    const item = el('li', `${incident.title} — opened ${local(summarizeIncident(incident).openedAt)}, ${open ? 'open' : 'closed'}${incident.id === currentId ? ' (current)' : ''} `);
    if (open && incident.id !== currentId) item.append(button('Make current', () => store.select(incident.id)), ' ');
    if (!open) item.append(button('Reopen', () => store.reopen(incident.id)), ' ');
    item.append(
      button('Clear', () => {
        if (window.confirm(`Delete the incident “${incident.title}” and its timeline from this browser?`)) store.clear(incident.id);
      }),
    );
    list.append(item);
  }
  return [el('h3', 'Incidents in this browser'), list];
}

/** Enhances the panel; returns what stops it. */
export function mountIncidentPanel(root: HTMLElement): () => void {
  const store = incidentStore();
  const form = root.querySelector<HTMLFormElement>('form[data-start]')!;
  const current = root.querySelector<HTMLElement>('[data-current]')!;
  const incidents = root.querySelector<HTMLElement>('[data-incidents]')!;
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = false;
  const name = form.elements.namedItem('name') as HTMLInputElement;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    store.setName(String(data.get('name') ?? ''));
    const aware = String(data.get('awareness') ?? '');
    store.start(String(data.get('title') ?? ''), aware ? new Date(aware).getTime() : undefined);
    form.reset();
    form.closest('details')?.removeAttribute('open');
  });
  const render = (): void => {
    if (!name.value) name.value = store.name();
    const incident = store.current();
    current.hidden = !incident;
    current.replaceChildren(...(incident ? renderCurrent(store, incident) : []));
    const all = store.list();
    incidents.hidden = all.length === 0;
    incidents.replaceChildren(...(all.length ? renderList(store, all, incident?.id) : []));
  };
  const unsubscribe = store.subscribe(render);
  render();
  return unsubscribe;
}
