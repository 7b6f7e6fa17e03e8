/**
 * What applies to the incident at hand, from what the responders said it is (its profile): an
 * obligation or an activity applies, may apply (its condition reads a field not set yet), or does
 * not. Evaluated by the exercise engine's one evaluator of `appliesWhen` (src/engine/applies-when.ts),
 * with the profile as facts known from the start, so the handbook and an exercise never disagree.
 */
import { holdsSince, unconditional } from '../engine/applies-when.ts';
import type { Facts } from '../engine/state.ts';
import type { AppliesWhen } from '../plan/model.ts';
import type { IncidentProfile } from './incident.ts';
import type { IncidentVocabulary } from './vocabulary.ts';

/** Whether something applies to the incident; `unknown` while the profile lacks what it depends on. */
export type Applicability = 'applies' | 'unknown' | 'not';

/** The order pages list by: what applies first, then what may, then the rest. */
export const APPLICABILITY_ORDER: Record<Applicability, number> = { applies: 0, unknown: 1, not: 2 };

const seen = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 0]));

/** The profile as an exercise's facts, each known from the start. */
function factsOf(profile: IncidentProfile): Facts {
  return {
    incidentTypes: seen(profile.incidentTypes),
    dataCategories: seen(profile.dataCategories),
    declared: profile.severity ? [{ severity: profile.severity, at: 0, by: '', seq: 0 }] : [],
    indicated: {},
    anchors: {},
    revealed: {},
  };
}

/** Whether a condition the profile does not yet answer is what keeps `w` from holding. */
function undecided(profile: IncidentProfile, w: AppliesWhen): boolean {
  return (
    (w.incidentTypes.length > 0 && !profile.incidentTypes.length) ||
    ((w.severities.length > 0 || w.major !== undefined) && !profile.severity) ||
    (w.dataCategories.length > 0 && !profile.dataCategories.length)
  );
}

/** Whether an activity's `appliesWhen` holds for the incident (no condition: it applies). */
export function conditionApplies(
  vocab: IncidentVocabulary,
  profile: IncidentProfile,
  w: AppliesWhen | undefined,
): Applicability {
  if (!w || unconditional(w)) return 'applies';
  if (holdsSince(vocab, factsOf(profile), w) !== undefined) return 'applies';
  return undecided(profile, w) ? 'unknown' : 'not';
}

/**
 * Whether an obligation applies, as an exercise decides it: a proposed rule never does; one with no
 * condition of its own applies through the incident types that list it; else its condition decides.
 */
export function obligationApplies(
  vocab: IncidentVocabulary,
  profile: IncidentProfile,
  o: { id: string; status: string; appliesWhen?: AppliesWhen },
): Applicability {
  if (o.status !== 'in-force') return 'not';
  if (!o.appliesWhen || unconditional(o.appliesWhen)) {
    if (!profile.incidentTypes.length) return 'unknown';
    return vocab.incidentTypes.some((t) => profile.incidentTypes.includes(t.id) && t.obligations.includes(o.id))
      ? 'applies'
      : 'not';
  }
  return conditionApplies(vocab, profile, o.appliesWhen);
}

/** Whether a playbook is one the incident's types bring (`unknown` while no type is set). */
export function playbookApplies(vocab: IncidentVocabulary, profile: IncidentProfile, playbook: string): Applicability {
  if (!profile.incidentTypes.length) return 'unknown';
  return vocab.incidentTypes.some((t) => profile.incidentTypes.includes(t.id) && t.playbooks.includes(playbook))
    ? 'applies'
    : 'not';
}
