/**
 * What incident mode's pages need of the plan to know what applies to an incident: the incident
 * types (with the playbooks and obligations each brings), the severities (and which are major) and
 * the data categories the plan names. Built once at build time, embedded as JSON where a page needs
 * it, read back in the browser. Names, never ids, are what the pages show.
 */
import type { AppliesWhen, PlanModel } from '../plan/model.ts';

/** The plan's incident vocabulary, as a page embeds it. */
export interface IncidentVocabulary {
  incidentTypes: { id: string; name: string; playbooks: string[]; obligations: string[] }[];
  severities: { id: string; label: string; major: boolean }[];
  /** Every data category the plan names (incident types first, then conditions), in first-use order. */
  dataCategories: string[];
}

/** The vocabulary of `plan`. */
export function incidentVocabulary(plan: PlanModel): IncidentVocabulary {
  const conditions: (AppliesWhen | undefined)[] = [
    ...plan.obligations.map((o) => o.appliesWhen),
    ...plan.playbooks.flatMap((p) => p.activities.map((a) => a.appliesWhen)),
  ];
  const categories = new Set([
    ...plan.incidentTypes.flatMap((t) => t.dataCategories),
    ...conditions.flatMap((w) => w?.dataCategories ?? []),
  ]);
  return {
    incidentTypes: plan.incidentTypes.map((t) => ({
      id: t.id,
      name: t.name,
      playbooks: [...t.playbooks],
      obligations: [...t.obligations],
    })),
    severities: plan.severities.map((s) => ({ id: s.id, label: s.label, major: s.major })),
    dataCategories: [...categories],
  };
}

/** A data category in words, as the plan's condition wording gives it: `cardholder-data` → "cardholder data". */
export const dataCategoryWords = (id: string): string => id.replace(/-/g, ' ');

/** The vocabulary a page embeds in `<script type="application/json" data-incident-vocabulary>`, if any. */
export function readVocabulary(doc: ParentNode = document): IncidentVocabulary | undefined {
  const text = doc.querySelector('script[data-incident-vocabulary]')?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as IncidentVocabulary;
  } catch {
    return undefined;
  }
}

/** Names for ids, for text a person reads: an unknown id (a plan changed since) is shown as it is. */
export function namesOf(vocab: IncidentVocabulary | undefined) {
  return {
    incidentType: (id: string) => vocab?.incidentTypes.find((t) => t.id === id)?.name ?? id,
    severity: (id: string) => vocab?.severities.find((s) => s.id === id)?.label ?? id,
    dataCategory: dataCategoryWords,
  };
}
