/**
 * A playbook checklist's activities with a condition (`data-applies-when`), marked and ordered for the
 * open incident: what applies first, then what may, then what does not, within their phase; the
 * plan's order comes back when no incident is open. Loaded by ./checklist-view.ts when needed.
 */
import type { AppliesWhen } from '../plan/model.ts';
import type { IncidentProfile } from './profile.ts';
import type { IncidentVocabulary } from './vocabulary.ts';
import { APPLICABILITY_ORDER, conditionApplies, type Applicability } from './applies.ts';
import { unknownsInWords } from './completions.ts';

const APPLIES_WORDS: Record<Applicability, string> = {
  applies: 'Applies to this incident.',
  unknown: 'May apply: set the incident’s type, severity and data affected on the home page.',
  not: 'Does not apply to this incident as described.',
};

/** "May apply: set whether the incident is publicly reported and the severity on the home page." */
function mayApplyWords(vocab: IncidentVocabulary, profile: IncidentProfile, w: AppliesWhen): string {
  const unknown = unknownsInWords(vocab, profile, w);
  if (!unknown.length) return APPLIES_WORDS.unknown;
  const list = unknown.length < 2 ? unknown[0] : `${unknown.slice(0, -1).join(', ')} and ${unknown.at(-1)}`;
  return `May apply: set ${list} on the home page.`;
}

/** Marks and orders the activities of each checklist with a condition, for `profile` (none: the plan's order). */
export function orderByApplicability(vocab: IncidentVocabulary, profile: IncidentProfile | undefined): void {
  for (const list of document.querySelectorAll<HTMLUListElement>('ul.db-checklist[data-playbook]')) {
    const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    // The plan's order, kept from the first run, breaks ties and comes back when the incident closes.
    items.forEach((li, i) => (li.dataset.order ??= String(i)));
    const rank = new Map<HTMLLIElement, number>();
    for (const li of items) {
      li.querySelector('.db-applies')?.remove();
      const raw = li.dataset.appliesWhen;
      if (!raw || !profile) continue;
      const w = JSON.parse(raw) as AppliesWhen;
      const applies = conditionApplies(vocab, profile, w);
      rank.set(li, APPLICABILITY_ORDER[applies]);
      const note = Object.assign(document.createElement('p'), {
        className: `db-meta db-applies db-applies-${applies}`,
        textContent: applies === 'unknown' ? mayApplyWords(vocab, profile, w) : APPLIES_WORDS[applies],
      });
      li.querySelector('label')?.after(note);
    }
    const sorted = [...items].sort(
      (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || Number(a.dataset.order) - Number(b.dataset.order),
    );
    if (sorted.some((li, i) => li !== items[i])) list.append(...sorted);
  }
}
