/**
 * What the responders say an incident is (its profile), as its log's `profile` entries build it up:
 * types, severity and data categories replaced whole; situational facts (yes / no, absent: not known)
 * and levels of the plan's other scales set one by one. Pure.
 *
 *   profile entries ──applyProfile──▶ IncidentProfile   (what a form changed: profileDiff, ./opening.ts)
 */

/**
 * What the responders say the incident is: the plan's vocabulary of `appliesWhen`, by id. Each field
 * is set on its own (a `profile` entry carries only what changed), so more fields (a classification
 * map of several scales, a list of situational facts) can join without reshaping the log.
 */
export interface IncidentProfile {
  /** Incident type ids; empty while not known. */
  incidentTypes: string[];
  /** The declared severity's id; absent while not declared. */
  severity?: string;
  /** Data categories affected; empty while none is known to be. */
  dataCategories: string[];
  /** The plan's situational facts settled so far, by id: true (yes) or false (no); absent: not known. */
  facts?: Record<string, boolean>;
  /** The level set on each of the plan's other scales (scales.yaml), scale id → level id; absent: not set. */
  levels?: Record<string, string>;
}

/**
 * What a `profile` entry changes: the lists given are replaced whole (`severity: null` clears it); the
 * facts and levels given are set one by one (`null`: back to not known), so an entry names only those
 * that changed.
 */
export type ProfileChange = Partial<Pick<IncidentProfile, 'incidentTypes' | 'dataCategories'>> & {
  severity?: string | null;
  facts?: Record<string, boolean | null>;
  levels?: Record<string, string | null>;
};

/** `map` with `set` merged in: a `null` value removes its key; undefined when nothing is left. */
function merge<T>(map: Record<string, T> | undefined, set: Record<string, T | null>): Record<string, T> | undefined {
  const next: Record<string, T> = { ...map };
  for (const [k, v] of Object.entries(set)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return Object.keys(next).length ? next : undefined;
}

/** `profile` with `change` applied: lists replaced, `severity: null` clears it, facts and levels merged. */
export function applyProfile(profile: IncidentProfile, change: ProfileChange): IncidentProfile {
  const { severity, facts, levels, ...lists } = change;
  const next: IncidentProfile = { ...profile, ...lists };
  if (severity === null) delete next.severity;
  else if (severity !== undefined) next.severity = severity;
  // An empty map becomes undefined: a profile back to all "not known" equals one never set.
  if (facts) next.facts = merge(next.facts, facts);
  if (levels) next.levels = merge(next.levels, levels);
  return next;
}

const stringList = (v: unknown): boolean =>
  v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** Whether `v` is absent or a map whose every value is `null` or of type `kind`. */
const mapOf = (v: unknown, kind: 'boolean' | 'string'): boolean =>
  v === undefined ||
  (!!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x === kind));

/** Whether `v` is a profile change as stored (unknown fields are kept and ignored, for newer formats). */
export function isProfileChange(v: unknown): v is ProfileChange {
  if (!v || typeof v !== 'object') return false;
  const x = v as Record<string, unknown>;
  return (
    stringList(x.incidentTypes) &&
    stringList(x.dataCategories) &&
    (x.severity === undefined || x.severity === null || typeof x.severity === 'string') &&
    mapOf(x.facts, 'boolean') &&
    mapOf(x.levels, 'string')
  );
}
