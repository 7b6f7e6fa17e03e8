/**
 * The incident store the handbook's pages share: the home page's incident panel, the playbooks'
 * checklists and the deadline calculator all record into the current incident through it, and
 * follow changes made in another tab (the `storage` event). Time is the browser's clock.
 *
 *   add (./opening.ts: start) ──▶ current incident ◀── tick / anchor / note / append (profile) ──▶ close ─▶ reopen │ clear
 *   no incident open: the calculator's anchor times are kept apart (drillbook:calculator-anchors)
 */
import type { AnchorEvent } from '../plan/model.ts';
import { isOpen, record, summarizeIncident, type Incident, type IncidentEntry } from './incident.ts';
import { openIncidents } from './storage.ts';
import { STORAGE_PREFIX, storageKeys, type KeyValueStore } from '../browser-storage/keys.ts';
import { deviceTimeZone, isTimeZone } from '../plan/wall-clock.ts';

const SCRATCH = storageKeys.calculatorAnchors;
/** An entry as a view asks for it: the store adds when and by whom. */
export type EntryBody = IncidentEntry extends infer E
  ? E extends IncidentEntry
    ? Omit<E, 'at' | 'by'>
    : never
  : never;

/** The store's operations; every change is saved before it returns. */
export interface IncidentStore {
  /** Every saved incident, newest first. */
  list(): Incident[];
  /** The incident pages record into, when one is open. */
  current(): Incident | undefined;
  select(id: string): void;
  /** Saves a new incident and makes it the current one (./opening.ts builds it). */
  add(incident: Incident): void;
  /** Records `entry` into the current incident, with the store's clock and the responder's name; none open: nothing. */
  append(entry: EntryBody): void;
  /** The store's clock (ms since the epoch). */
  now(): number;
  tick(activity: string, title: string, done: boolean): void;
  /** The anchor times the calculator counts from: the current incident's, else the ones kept apart. */
  anchors(): Partial<Record<AnchorEvent, number>>;
  setAnchor(event: AnchorEvent, time: number | undefined): void;
  note(text: string): void;
  close(id: string): void;
  reopen(id: string): void;
  clear(id: string): void;
  name(): string;
  setName(name: string): void;
  /** The one zone every time is entered and read in: the one chosen on this device, else the device's. */
  timeZone(): string;
  /** Chooses the zone (`undefined`: back to the device's). */
  setTimeZone(zone: string | undefined): void;
  /** Calls `listener` after every change, here or in another tab; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A store over `kv` (localStorage in the page); `now` is the clock. */
export function incidentStore(kv: KeyValueStore = localStorage, now: () => number = Date.now): IncidentStore {
  const repo = openIncidents(kv);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const current = (): Incident | undefined => {
    const id = repo.current();
    const incident = id ? repo.load(id) : undefined;
    return incident && isOpen(incident) ? incident : undefined;
  };
  const append = (incident: Incident, entry: EntryBody): void => {
    repo.save(record(incident, { ...entry, at: now(), by: repo.name() } as IncidentEntry));
    changed();
  };
  const withIncident = (id: string, f: (i: Incident) => void) => {
    const incident = repo.load(id);
    if (incident) f(incident);
  };
  const scratch = (): Partial<Record<AnchorEvent, number>> => {
    try {
      const v = JSON.parse(kv.getItem(SCRATCH) ?? '{}');
      return v && typeof v === 'object' ? v : {};
    } catch {
      return {};
    }
  };
  return {
    list: () =>
      repo
        .ids()
        .map((id) => repo.load(id))
        .filter((i): i is Incident => i !== undefined)
        .reverse(),
    current,
    select(id) {
      repo.setCurrent(id);
      changed();
    },
    add(incident) {
      repo.save(incident);
      repo.setCurrent(incident.id);
      changed();
    },
    append(entry) {
      const incident = current();
      if (incident) append(incident, entry);
    },
    now,
    tick(activity, title, done) {
      const incident = current();
      if (incident) append(incident, { type: 'incident/tick', activity, title, done });
    },
    anchors: () => {
      const incident = current();
      return incident ? summarizeIncident(incident).anchors : scratch();
    },
    setAnchor(event, time) {
      const incident = current();
      if (incident) {
        if (summarizeIncident(incident).anchors[event] !== time)
          append(incident, { type: 'incident/anchor', event, time: time ?? null });
        return;
      }
      const next = { ...scratch(), [event]: time };
      if (time === undefined) delete next[event];
      kv.setItem(SCRATCH, JSON.stringify(next));
      changed();
    },
    note(text) {
      const incident = current();
      if (incident && text.trim()) append(incident, { type: 'incident/note', text: text.trim() });
    },
    close: (id) => withIncident(id, (i) => isOpen(i) && append(i, { type: 'incident/close' })),
    reopen(id) {
      withIncident(id, (i) => !isOpen(i) && append(i, { type: 'incident/reopen' }));
      repo.setCurrent(id);
      changed();
    },
    clear(id) {
      repo.remove(id);
      changed();
    },
    name: () => repo.name(),
    setName(name) {
      repo.setName(name);
      changed();
    },
    timeZone() {
      const chosen = repo.zone();
      return chosen && isTimeZone(chosen) ? chosen : deviceTimeZone();
    },
    setTimeZone(zone) {
      repo.setZone(zone && zone !== deviceTimeZone() ? zone : undefined);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => e.key?.startsWith(STORAGE_PREFIX) && listener();
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}
