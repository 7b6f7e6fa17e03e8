/**
 * What incident mode's pages need of the plan to know what applies to an incident: the incident
 * types (with the playbooks and obligations each brings), the severities (and which are major), the
 * data categories the plan names, and, when the plan has them, its situational facts, its other
 * scales and its own events. Built once at build time, embedded as JSON where a page needs it, read
 * back in the browser. Names, never ids, are what the pages show. A plan without facts, scales or
 * events embeds exactly what it did before they existed.
 */
import type { AppliesWhen, PlanModel } from '../plan/model.ts';

/** The plan's incident vocabulary, as a page embeds it. */
export interface IncidentVocabulary {
  incidentTypes: { id: string; name: string; playbooks: string[]; obligations: string[] }[];
  severities: { id: string; label: string; major: boolean }[];
  /** Every data category the plan names (incident types first, then conditions), in first-use order. */
  dataCategories: string[];
  /** The plan's situational facts (`plan.yaml` `facts`); absent when it has none. */
  facts?: Described[];
  /** The plan's scales besides severity, levels by rank (`scales.yaml`); absent when it has none. */
  scales?: { id: string; name: string; description?: string; levels: { id: string; label: string }[] }[];
  /** The plan's own events clocks may count from (`plan.yaml` `events`); absent when it has none. */
  events?: Described[];
}

/** A fact or an event: its id, its name, and how responders tell (when the plan says). */
export interface Described {
  id: string;
  name: string;
  description?: string;
}

const described = ({ id, name, description }: Described): Described => ({
  id,
  name,
  ...(description ? { description } : {}),
});

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
    ...optional(plan),
  };
}

/** The facts, scales and events of `plan`, each only when it has some. */
function optional(plan: PlanModel): Pick<IncidentVocabulary, 'facts' | 'scales' | 'events'> {
  const facts = (plan.document.facts ?? []).map(described);
  const events = (plan.document.events ?? []).map(described);
  const scales = (plan.scales ?? []).map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    levels: [...s.levels].sort((a, b) => a.rank - b.rank).map((l) => ({ id: l.id, label: l.label })),
  }));
  return {
    ...(facts.length ? { facts } : {}),
    ...(scales.length ? { scales } : {}),
    ...(events.length ? { events } : {}),
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
