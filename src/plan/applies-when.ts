/**
 * An `appliesWhen` condition in words, with names, never ids: "only when cardholder data is affected",
 * "only for Ransomware incidents declared SEV-1 Critical", "only either when the incident is publicly
 * reported, or for major incidents", "only not when …". The one wording for every page that shows
 * when an activity or obligation applies; the engine's evaluator is src/engine/applies-when.ts.
 * `conditionsIn` walks a condition's nested parts, for rules and scenario checks.
 */
import type { AppliesWhen, PlanModel } from './model.ts';
import { byId } from './lookup.ts';

const or = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** A statement as part of a sentence: "The incident is publicly reported" → "the incident is publicly reported". */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name);

/** The clauses of `w`, each a fragment such as "for Ransomware incidents" or "when SEV-1 is declared". */
function clauses(plan: PlanModel, w: AppliesWhen): string[] {
  const parts: string[] = [];
  if (w.incidentTypes.length)
    parts.push(`for ${or(w.incidentTypes.map((t) => byId(plan).incidentTypes.get(t)?.name ?? t))} incidents`);
  if (w.major !== undefined) parts.push(w.major ? 'for major incidents' : 'for incidents that are not major');
  if (w.severities.length)
    parts.push(`when ${or(w.severities.map((s) => byId(plan).severities.get(s)?.label ?? s))} is declared`);
  if (w.dataCategories.length)
    parts.push(
      `when ${or(w.dataCategories.map((d) => d.replace(/-/g, ' ')))} ${w.dataCategories.length === 1 ? 'is' : 'are'} affected`,
    );
  const facts = w.facts ?? [];
  if (facts.length)
    parts.push(
      `when ${or(facts.map((f) => inSentence(plan.document.facts?.find((x) => x.id === f)?.name ?? f.replace(/-/g, ' '))))}`,
    );
  for (const scale of plan.scales ?? []) {
    const at = (w.levels ?? [])
      .filter((l) => l.startsWith(`${scale.id}:`))
      .map((l) => scale.levels.find((x) => `${scale.id}:${x.id}` === l)?.label ?? l);
    if (at.length) parts.push(`when ${scale.name} is ${or(at)}`);
  }
  for (const x of w.all ?? []) parts.push(...clauses(plan, x));
  if (w.any) {
    const options = w.any.map((x) => clauses(plan, x).join(' and ')).filter(Boolean);
    if (options.length === 1) parts.push(options[0]);
    else if (options.length > 1) parts.push(`either ${options.slice(0, -1).join(', ')}, or ${options.at(-1)}`);
  }
  if (w.not) {
    const negated = clauses(plan, w.not).join(' and ');
    if (negated) parts.push(`not ${negated}`);
  }
  return parts;
}

/** The condition as a sentence fragment starting "only …" (or "except …" for a lone `not`), or `undefined` when it sets none. */
export function describeAppliesWhen(plan: PlanModel, w: AppliesWhen | undefined): string | undefined {
  if (!w) return undefined;
  const parts = clauses(plan, w);
  if (parts.length === 1 && parts[0].startsWith('not ')) return `except ${parts[0].slice('not '.length)}`;
  return parts.length ? `only ${parts.join(' and ')}` : undefined;
}

/** A condition or one of its nested parts, with its path below the outer condition and whether it sits under a `not`. */
export interface ConditionPart {
  condition: AppliesWhen;
  path: (string | number)[];
  negated: boolean;
}

/** `w` and every condition nested in it (`all`, `any`, `not`), outermost first. */
export function conditionsIn(
  w: AppliesWhen | undefined,
  path: (string | number)[] = [],
  negated = false,
): ConditionPart[] {
  if (!w) return [];
  return [
    { condition: w, path, negated },
    ...(w.all ?? []).flatMap((x, i) => conditionsIn(x, [...path, 'all', i], negated)),
    ...(w.any ?? []).flatMap((x, i) => conditionsIn(x, [...path, 'any', i], negated)),
    ...conditionsIn(w.not, [...path, 'not'], !negated),
  ];
}
