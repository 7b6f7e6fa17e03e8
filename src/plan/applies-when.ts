/**
 * An `appliesWhen` condition in words, with names, never ids: "only when cardholder data is affected",
 * "only for Ransomware incidents declared SEV-1 Critical". The one wording for every page that shows
 * when an activity or obligation applies; the engine's evaluator is src/engine/applies-when.ts.
 */
import type { AppliesWhen, PlanModel } from './model.ts';

const or = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** The condition as a sentence fragment starting "only …", or `undefined` when it sets none. */
export function describeAppliesWhen(plan: PlanModel, w: AppliesWhen | undefined): string | undefined {
  if (!w) return undefined;
  const parts: string[] = [];
  if (w.incidentTypes.length) parts.push(`for ${or(w.incidentTypes.map((t) => plan.incidentTypes.find((x) => x.id === t)?.name ?? t))} incidents`);
  if (w.major !== undefined) parts.push(w.major ? 'for major incidents' : 'for incidents that are not major');
  if (w.severities.length) parts.push(`when ${or(w.severities.map((s) => plan.severities.find((x) => x.id === s)?.label ?? s))} is declared`);
  if (w.dataCategories.length) parts.push(`when ${or(w.dataCategories.map((d) => d.replace(/-/g, ' ')))} ${w.dataCategories.length === 1 ? 'is' : 'are'} affected`);
  return parts.length ? `only ${parts.join(' and ')}` : undefined;
}
