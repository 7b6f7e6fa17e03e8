/**
 * What applies to the incident at hand, from what the responders said it is (its profile): an
 * obligation or an activity applies, may apply (the answer depends on something not known yet), or
 * does not. Evaluated by the exercise engine's one evaluator of `appliesWhen` (src/engine/applies-when.ts),
 * with the profile as facts known from the start, so the handbook and an exercise never disagree.
 *
 * "Not known" is decided with that same evaluator: each way the unknowns the condition reads could
 * still turn out (./completions.ts) is evaluated; the condition applies when it holds in all of
 * them, does not when it holds in none, and may apply otherwise. So `not: { facts: [x] }` may apply
 * while x is not known, and does not once x is set to yes.
 */
import { holdsSince, unconditional } from '../engine/applies-when.ts';
import type { Facts } from '../engine/state.ts';
import type { AppliesWhen } from '../plan/model.ts';
import type { IncidentProfile } from './profile.ts';
import type { IncidentVocabulary } from './vocabulary.ts';
import { completions } from './completions.ts';

/** Whether something applies to the incident; `unknown` while the profile lacks what it depends on. */
export type Applicability = 'applies' | 'unknown' | 'not';

/** The order pages list by: what applies first, then what may, then the rest. */
export const APPLICABILITY_ORDER: Record<Applicability, number> = { applies: 0, unknown: 1, not: 2 };

const seen = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 0]));

/** The profile as an exercise's facts, each known from the start: facts set to yes are revealed, levels as `scale:level`. */
export function factsOf(profile: IncidentProfile): Facts {
  return {
    incidentTypes: seen(profile.incidentTypes),
    dataCategories: seen(profile.dataCategories),
    declared: profile.severity ? [{ severity: profile.severity, at: 0, by: '', seq: 0 }] : [],
    indicated: {},
    anchors: {},
    revealed: seen(
      Object.entries(profile.facts ?? {})
        .filter(([, yes]) => yes)
        .map(([id]) => id),
    ),
    levels: seen(Object.entries(profile.levels ?? {}).map(([scale, level]) => `${scale}:${level}`)),
  };
}

/** Whether an activity's `appliesWhen` holds for the incident (no condition: it applies). */
export function conditionApplies(
  vocab: IncidentVocabulary,
  profile: IncidentProfile,
  w: AppliesWhen | undefined,
): Applicability {
  if (!w || unconditional(w)) return 'applies';
  const ways = completions(vocab, profile, w);
  if (!ways) return 'unknown';
  let holds = 0;
  for (const p of ways) if (holdsSince(vocab, factsOf(p), w) !== undefined) holds++;
  return holds === ways.length ? 'applies' : holds === 0 ? 'not' : 'unknown';
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
