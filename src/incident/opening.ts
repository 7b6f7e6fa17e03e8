/**
 * Opening an incident and changing what it is: only the incident panel does these, so they live
 * apart from the log and the store, which every page with a checklist or the calculator loads at
 * start. `startIncident` records the declaration (and what is known of the incident);
 * `setIncidentProfile` records one timeline entry naming only what the form changed.
 */
import { summarizeIncident, type Incident, type IncidentEntry } from './incident.ts';
import type { IncidentProfile, ProfileChange } from './profile.ts';
import type { IncidentStore } from './store.ts';

/**
 * The part of `change` that differs from `profile` (empty when nothing does): a form that shows every
 * field records one timeline entry naming only what the responder changed.
 */
export function profileDiff(profile: IncidentProfile, change: ProfileChange): ProfileChange {
  const out: Record<string, unknown> = {};
  const was = profile as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) continue;
    if (k === 'facts' || k === 'levels') {
      const old = (was[k] ?? {}) as Record<string, unknown>;
      const changed = Object.entries(v as Record<string, unknown>).filter(([id, x]) => (old[id] ?? null) !== x);
      if (changed.length) out[k] = Object.fromEntries(changed);
    } else if (JSON.stringify(was[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  }
  return out as ProfileChange;
}

/**
 * Opens an incident declared at `at` by `by`: the declaration anchor is `at`, the awareness anchor
 * `awareness` when known (it often precedes the declaration).
 */
export function openIncident(
  id: string,
  title: string,
  at: number,
  by: string,
  awareness?: number,
  profile: ProfileChange = {},
): Incident {
  const log: IncidentEntry[] = [
    { type: 'incident/open', at, by },
    { type: 'incident/anchor', event: 'declaration', time: at, at, by },
  ];
  if (awareness !== undefined) log.push({ type: 'incident/anchor', event: 'awareness', time: awareness, at, by });
  // Only what is known goes on the timeline: no "severity cleared" before one was ever set.
  const known = profileDiff({ incidentTypes: [], dataCategories: [] }, profile);
  if (Object.keys(known).length) log.push({ type: 'incident/profile', set: known, at, by });
  return { id, title: title.trim() || 'Incident', log };
}

/** A new incident id from the time and a random suffix: `inc-lxyz12-ab3d`. */
export function newIncidentId(now: number, random: () => number = Math.random): string {
  return `inc-${now.toString(36)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

/** Starts an incident in `store`, declared now by the responder, and makes it the current one. */
export function startIncident(
  store: IncidentStore,
  title: string,
  awareness?: number,
  profile?: ProfileChange,
): Incident {
  const at = store.now();
  const incident = openIncident(newIncidentId(at), title, at, store.name(), awareness, profile);
  store.add(incident);
  return incident;
}

/** Sets what the current incident is; only the fields that differ are recorded (one timeline entry). */
export function setIncidentProfile(store: IncidentStore, change: ProfileChange): void {
  const incident = store.current();
  if (!incident) return;
  const set = profileDiff(summarizeIncident(incident).profile, change);
  if (Object.keys(set).length) store.append({ type: 'incident/profile', set });
}
