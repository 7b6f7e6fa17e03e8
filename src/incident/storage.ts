/**
 * Incidents saved in the browser's localStorage (synchronous: a tick is on disk before the page shows
 * it, so a reload, a closed tab or a crash loses nothing, online or off). Views call the store
 * (./store.ts), never this module. The keys (browser-storage/keys.ts):
 *
 *   drillbook:incidents          JSON array of incident ids, oldest first
 *   drillbook:incident:<id>      JSON of the incident (id, title, log)
 *   drillbook:incident-current   the id of the incident the pages record into
 *   drillbook:responder          the responder's name, asked once, recorded with every entry
 *   drillbook:time-zone          the zone the responder reads and enters times in (absent: the device's)
 */
import { storageKeys, type KeyValueStore } from '../browser-storage/keys.ts';
import { parseIncident, type Incident } from './incident.ts';

const INDEX = storageKeys.incidents;
const CURRENT = storageKeys.incidentCurrent;
const NAME = storageKeys.responder;
const ZONE = storageKeys.timeZone;
const key = storageKeys.incident;

/** Saved incidents: list, read, save, remove; which one is current; the responder's name. */
export interface IncidentRepository {
  ids(): string[];
  load(id: string): Incident | undefined;
  save(incident: Incident): void;
  remove(id: string): void;
  current(): string | undefined;
  setCurrent(id: string | undefined): void;
  name(): string;
  setName(name: string): void;
  /** The time zone chosen on this device, if one was. */
  zone(): string | undefined;
  setZone(zone: string | undefined): void;
}

/** An incident repository over `kv` (normally `window.localStorage`). */
export function openIncidents(kv: KeyValueStore): IncidentRepository {
  const read = (k: string): unknown => {
    try {
      return JSON.parse(kv.getItem(k) ?? 'null');
    } catch {
      return null;
    }
  };
  const ids = (): string[] => {
    const v = read(INDEX);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  };
  return {
    ids,
    load: (id) => parseIncident(read(key(id))),
    save(incident) {
      kv.setItem(key(incident.id), JSON.stringify(incident));
      if (!ids().includes(incident.id)) kv.setItem(INDEX, JSON.stringify([...ids(), incident.id]));
    },
    remove(id) {
      kv.removeItem(key(id));
      kv.setItem(INDEX, JSON.stringify(ids().filter((x) => x !== id)));
      if (kv.getItem(CURRENT) === id) kv.removeItem(CURRENT);
    },
    current: () => kv.getItem(CURRENT) ?? undefined,
    setCurrent: (id) => (id === undefined ? kv.removeItem(CURRENT) : kv.setItem(CURRENT, id)),
    name: () => kv.getItem(NAME) ?? '',
    setName: (name) => kv.setItem(NAME, name.trim()),
    zone: () => kv.getItem(ZONE) ?? undefined,
    setZone: (zone) => (zone === undefined ? kv.removeItem(ZONE) : kv.setItem(ZONE, zone)),
  };
}
