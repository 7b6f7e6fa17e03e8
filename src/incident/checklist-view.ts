/**
 * Progressive enhancement of a playbook's checklist (`ul.db-checklist[data-playbook]`): while an
 * incident is open, each tick is recorded into it (who and when) and shown again after a reload or
 * offline; a line above the first checklist says which incident the ticks go to. Activities with a
 * condition (`data-applies-when`) that does not hold for the incident, or may not, are said so and
 * moved after the ones that apply, within their phase. Without an open incident the checkboxes stay
 * plain form controls, as the server rendered them. Loaded on demand by ./checklist-loader.ts; the
 * ordering (./checklist-order.ts) loads only once an incident is open.
 */
import { summarizeIncident } from './incident.ts';
import { incidentStore, type IncidentStore } from './store.ts';
import { readVocabulary } from './vocabulary.ts';
import { formatInZone, zoneWords } from '../plan/wall-clock.ts';

/** The ordering by applicability, loaded once an incident is open (a page without one keeps the plan's order). */
let ordering: Promise<typeof import('./checklist-order.ts')> | undefined;

/** "Mon 2026-06-01 09:05 by Sanne", in the responder's one zone (src/incident/store.ts). */
const stamp = (at: number, by: string, timeZone: string): string =>
  `${formatInZone(at, timeZone)}${by ? ` by ${by}` : ''}`;

/** The name recorded with every entry: asked once per browser. */
function ensureName(store: IncidentStore): void {
  if (store.name()) return;
  const name = window.prompt('Your name, recorded with each tick (asked once):') ?? '';
  if (name.trim()) store.setName(name);
}

function checkboxes(): { box: HTMLInputElement; key: string; title: string; note: HTMLElement }[] {
  return [...document.querySelectorAll<HTMLUListElement>('ul.db-checklist[data-playbook]')].flatMap((list) =>
    [...list.querySelectorAll<HTMLLIElement>(':scope > li')].flatMap((item) => {
      const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (!box) return [];
      let note = item.querySelector<HTMLElement>('.db-tick');
      if (!note) {
        note = Object.assign(document.createElement('small'), { className: 'db-tick' });
        box.closest('label')?.after(note);
      }
      return [{ box, key: `${list.dataset.playbook}/${item.id}`, title: item.dataset.title ?? '', note }];
    }),
  );
}

/** Records ticks into the open incident and shows them on every checklist of the page; returns what stops it. */
export function mountChecklists(): () => void {
  const lists = document.querySelectorAll('ul.db-checklist[data-playbook]');
  if (!lists.length) return () => {};
  const store = incidentStore();
  const vocab = readVocabulary();
  const items = checkboxes();
  const banner = Object.assign(document.createElement('p'), { className: 'db-incident-line' });
  banner.setAttribute('role', 'status');
  lists[0]!.closest('section')?.before(banner);

  const render = (): void => {
    const incident = store.current();
    const ticks = incident ? summarizeIncident(incident).ticks : {};
    banner.textContent = incident
      ? `Ticks are saved to the incident “${incident.title}” in this browser; times in ${zoneWords(store.timeZone(), Date.now())}.`
      : 'No incident is open: ticks are not saved. Start one on the home page.';
    for (const { box, key, note } of items) {
      const tick = ticks[key];
      box.checked = tick?.done ?? (incident ? false : box.checked);
      note.textContent = tick?.done ? ` Done ${stamp(tick.at, tick.by, store.timeZone())}` : '';
    }
    if (vocab && (incident || ordering)) {
      const profile = incident && summarizeIncident(incident).profile;
      ordering ??= import('./checklist-order.ts');
      void ordering.then(({ orderByApplicability }) => orderByApplicability(vocab, profile));
    }
  };
  for (const { box, key, title } of items)
    box.addEventListener('change', () => {
      if (!store.current()) return;
      ensureName(store);
      store.tick(key, title, box.checked);
    });
  const unsubscribe = store.subscribe(render);
  render();
  return unsubscribe;
}
