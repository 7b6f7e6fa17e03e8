/**
 * A live incident as the handbook keeps it in the browser: an append-only log of what the responders
 * recorded, and the state derived from it. Pure: no DOM, no storage, time passed in.
 *
 *   Incident { id, title, log: [ open, anchor, tick, note, …, close? ] }
 *     ──summarizeIncident──▶ { openedAt, closedAt?, anchors by event, ticks by activity }
 *
 * `open` records the declaration (and, when given, the awareness time); an `anchor` entry sets or
 * corrects an anchor time the deadline calculator counts from; a `tick` records a checklist item
 * done (or undone again), by whom and when; a `note` is free text for the post-incident review; a
 * `profile` entry sets what the incident is (its types, severity, data categories, the situational
 * facts settled and the levels of the plan's other scales), so the pages can show what applies to it
 * first. A plan event (`plan.yaml` `events`) is recorded as an `anchor` entry named by its id, as the
 * deadline calculator asks for it.
 */
import type { AnchorEvent } from '../plan/model.ts';
import { applyProfile, isProfileChange, type IncidentProfile, type ProfileChange } from './profile.ts';

/** What every entry carries: when it was recorded (ms since the epoch) and by whom (the name asked once). */
interface Recorded {
  at: number;
  by: string;
}

/** One entry of an incident's log. */
export type IncidentEntry =
  | (Recorded & { type: 'incident/open' })
  | (Recorded & { type: 'incident/anchor'; event: AnchorEvent; /** null: the time was cleared. */ time: number | null })
  | (Recorded & { type: 'incident/tick'; activity: string; title: string; done: boolean })
  | (Recorded & { type: 'incident/profile'; set: ProfileChange })
  | (Recorded & { type: 'incident/note'; text: string })
  | (Recorded & { type: 'incident/close' })
  | (Recorded & { type: 'incident/reopen' });

/** An incident: its id, a title the responders give it, and its log (oldest first). */
export interface Incident {
  id: string;
  title: string;
  log: IncidentEntry[];
}

/** A checklist item's current state. */
export interface TickState {
  done: boolean;
  at: number;
  by: string;
  title: string;
}

/** What the log says now. */
export interface IncidentSummary {
  openedAt: number;
  /** Set while the incident is closed. */
  closedAt?: number;
  /** The latest time recorded for each anchor event. */
  anchors: Partial<Record<AnchorEvent, number>>;
  /** The latest tick of each activity (`playbook/activity`). */
  ticks: Record<string, TickState>;
  /** What the incident is, as last set. */
  profile: IncidentProfile;
}

/** The incident with `entry` appended (a new object; the given one is left as it was). */
export function record(incident: Incident, entry: IncidentEntry): Incident {
  return { ...incident, log: [...incident.log, entry] };
}

/** Folds the log into the incident's current state. */
export function summarizeIncident(incident: Incident): IncidentSummary {
  const summary: IncidentSummary = {
    openedAt: incident.log[0]?.at ?? 0,
    anchors: {},
    ticks: {},
    profile: { incidentTypes: [], dataCategories: [] },
  };
  for (const e of incident.log) {
    if (e.type === 'incident/anchor') {
      if (e.time === null) delete summary.anchors[e.event];
      else summary.anchors[e.event] = e.time;
    } else if (e.type === 'incident/tick')
      summary.ticks[e.activity] = { done: e.done, at: e.at, by: e.by, title: e.title };
    else if (e.type === 'incident/profile') summary.profile = applyProfile(summary.profile, e.set);
    else if (e.type === 'incident/close') summary.closedAt = e.at;
    else if (e.type === 'incident/reopen') delete summary.closedAt;
  }
  return summary;
}

/** Whether the incident is open (not closed, or reopened since). */
export const isOpen = (incident: Incident): boolean => summarizeIncident(incident).closedAt === undefined;

const TYPES = new Set([
  'incident/open',
  'incident/anchor',
  'incident/tick',
  'incident/profile',
  'incident/note',
  'incident/close',
  'incident/reopen',
]);

/** Reads a stored incident back; undefined when it is not one (damaged storage, another format). */
export function parseIncident(value: unknown): Incident | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || typeof v.title !== 'string' || !Array.isArray(v.log)) return undefined;
  const valid = (e: unknown): e is IncidentEntry => {
    if (!e || typeof e !== 'object') return false;
    const x = e as Record<string, unknown>;
    if (!TYPES.has(x.type as string) || typeof x.at !== 'number' || typeof x.by !== 'string') return false;
    // An anchor of a name the plan does not use is kept and ignored by the calculator.
    if (x.type === 'incident/anchor')
      return typeof x.event === 'string' && (typeof x.time === 'number' || x.time === null);
    if (x.type === 'incident/tick')
      return typeof x.activity === 'string' && typeof x.title === 'string' && typeof x.done === 'boolean';
    if (x.type === 'incident/note') return typeof x.text === 'string';
    if (x.type === 'incident/profile') return isProfileChange(x.set);
    return true;
  };
  if (!v.log.every(valid) || v.log[0]?.type !== 'incident/open') return undefined;
  return { id: v.id, title: v.title, log: v.log };
}
