/**
 * The ways an incident's profile could still turn out, as far as one `appliesWhen` can tell them
 * apart: every unknown the condition reads (a fact not known, a scale without a level, no severity
 * declared, no type or data category set) is filled in each way that matters to it, and every
 * combination listed. ./applies.ts evaluates the condition in each with the engine's one evaluator.
 * Also names those unknowns, for "may apply: set … on the home page".
 */
import { conditionsIn } from '../plan/applies-when.ts';
import type { AppliesWhen } from '../plan/model.ts';
import type { IncidentProfile } from './profile.ts';
import type { IncidentVocabulary } from './vocabulary.ts';
import { namesOf } from './names.ts';

/** Above this many combinations the answer is "may apply" without evaluating them all (a pathological condition). */
const MAX_WAYS = 4096;

/** What `w` reads, across its nested parts. */
function reads(w: AppliesWhen) {
  const parts = conditionsIn(w).map((p) => p.condition);
  const all = (pick: (c: AppliesWhen) => readonly string[] | undefined) => [
    ...new Set(parts.flatMap((c) => pick(c) ?? [])),
  ];
  return {
    incidentTypes: all((c) => c.incidentTypes),
    dataCategories: all((c) => c.dataCategories),
    severity: parts.some((c) => c.severities.length > 0 || c.major !== undefined),
    facts: all((c) => c.facts),
    levels: all((c) => c.levels),
  };
}

/** The unknowns `w` reads that the profile does not answer yet. */
function unknowns(vocab: IncidentVocabulary, profile: IncidentProfile, w: AppliesWhen) {
  const r = reads(w);
  const scales = [...new Set(r.levels.map((l) => l.split(':')[0]!))];
  return {
    incidentTypes: !profile.incidentTypes.length && r.incidentTypes.length ? r.incidentTypes : undefined,
    dataCategories: !profile.dataCategories.length && r.dataCategories.length ? r.dataCategories : undefined,
    severity: !profile.severity && r.severity && vocab.severities.length > 0,
    facts: r.facts.filter((f) => profile.facts?.[f] === undefined),
    scales: scales
      .filter((s) => profile.levels?.[s] === undefined)
      .map((s) => ({
        id: s,
        levels: r.levels.filter((l) => l.startsWith(`${s}:`)).map((l) => l.slice(s.length + 1)),
      })),
  };
}

/**
 * A set list filled in the ways a condition tells apart: none of those named (`none`: `[]` for data
 * categories, which may be none; one other type for incident types, absent when every type is named),
 * each alone, all of them.
 */
const setWays = (ids: string[], none: string[] | undefined): string[][] => [
  ...(none ? [none] : []),
  ...ids.map((id) => [id]),
  ...(ids.length > 1 ? [ids] : []),
];

/**
 * Every way `profile` could be completed for `w` (just `[profile]` when `w` reads nothing unknown),
 * or `undefined` when there are too many to try.
 */
export function completions(
  vocab: IncidentVocabulary,
  profile: IncidentProfile,
  w: AppliesWhen,
): IncidentProfile[] | undefined {
  const u = unknowns(vocab, profile, w);
  // Each dimension: the changes that fill it in, one of which each combination takes.
  const dims: Partial<IncidentProfile>[][] = [];
  if (u.incidentTypes) {
    const other = vocab.incidentTypes.find((t) => !u.incidentTypes!.includes(t.id))?.id;
    dims.push(setWays(u.incidentTypes, other ? [other] : undefined).map((incidentTypes) => ({ incidentTypes })));
  }
  if (u.dataCategories) dims.push(setWays(u.dataCategories, []).map((dataCategories) => ({ dataCategories })));
  if (u.severity) dims.push(vocab.severities.map((s) => ({ severity: s.id })));
  for (const f of u.facts) dims.push([true, false].map((yes) => ({ facts: { [f]: yes } })));
  // One level the condition does not name stands for all of them (none, when it names every level).
  for (const s of u.scales) {
    const all = vocab.scales?.find((x) => x.id === s.id)?.levels.map((l) => l.id);
    const other = all ? all.find((l) => !s.levels.includes(l)) : '';
    const ways = [...s.levels, ...(other === undefined ? [] : [other])];
    dims.push(ways.map((l) => (l ? { levels: { [s.id]: l } } : {})));
  }
  if (dims.reduce((n, d) => n * d.length, 1) > MAX_WAYS) return undefined;
  let ways: IncidentProfile[] = [profile];
  for (const d of dims)
    ways = ways.flatMap((p) =>
      d.map((fill) => ({
        ...p,
        ...fill,
        facts: { ...p.facts, ...fill.facts },
        levels: { ...p.levels, ...fill.levels },
      })),
    );
  return ways;
}

/**
 * What the responders could set to decide `w`, in words: "the incident type", "whether the incident
 * is publicly reported", "the Priority". Empty when the profile answers everything `w` reads.
 */
export function unknownsInWords(vocab: IncidentVocabulary, profile: IncidentProfile, w: AppliesWhen): string[] {
  const u = unknowns(vocab, profile, w);
  const names = namesOf(vocab);
  const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  return [
    ...(u.incidentTypes ? ['the incident type'] : []),
    ...(u.severity ? ['the severity'] : []),
    ...(u.dataCategories ? ['the data affected'] : []),
    ...u.facts.map((f) => `whether ${lower(names.fact(f))}`),
    ...u.scales.map((s) => `the ${names.scale(s.id)}`),
  ];
}
