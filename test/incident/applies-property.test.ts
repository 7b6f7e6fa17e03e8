/**
 * "May apply" is sound, for any condition over facts, a scale, severities and `all`/`any`/`not`:
 * what applies (or does not) while something is not known still applies (or does not) however the
 * responders answer the rest, and once everything it reads is answered it never "may apply". With
 * everything known, the answer is the engine's evaluator's own.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conditionApplies, factsOf } from '../../src/incident/applies.ts';
import type { IncidentProfile } from '../../src/incident/profile.ts';
import type { IncidentVocabulary } from '../../src/incident/vocabulary.ts';
import { holdsSince } from '../../src/engine/applies-when.ts';
import type { AppliesWhen } from '../../src/plan/model.ts';

const FACTS = ['publicly-reported', 'customer-data', 'fraud'];
const LEVELS = ['p1', 'p2', 'p3'];
const SEVERITIES = ['sev1', 'sev2'];
const vocab: IncidentVocabulary = {
  incidentTypes: [],
  severities: [
    { id: 'sev1', label: 'SEV-1', major: true },
    { id: 'sev2', label: 'SEV-2', major: false },
  ],
  dataCategories: [],
  scales: [{ id: 'priority', name: 'Priority', levels: LEVELS.map((id) => ({ id, label: id.toUpperCase() })) }],
};

const leaf: fc.Arbitrary<AppliesWhen> = fc
  .record({
    facts: fc.subarray(FACTS, { minLength: 0, maxLength: 2 }),
    levels: fc.subarray(LEVELS.map((l) => `priority:${l}`)),
    severities: fc.subarray(SEVERITIES, { maxLength: 1 }),
    major: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((x) => ({ incidentTypes: [], dataCategories: [], ...x }));

const condition: fc.Arbitrary<AppliesWhen> = fc.letrec<{ w: AppliesWhen }>((tie) => ({
  w: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('w'), { maxLength: 2 }) }).map((x) => ({ ...empty(), ...x })),
    fc.record({ any: fc.array(tie('w'), { minLength: 1, maxLength: 2 }) }).map((x) => ({ ...empty(), ...x })),
    tie('w').map((not) => ({ ...empty(), not })),
  ),
})).w;

function empty(): AppliesWhen {
  return { incidentTypes: [], dataCategories: [], severities: [], facts: [], levels: [] };
}

/** A profile answering everything: each fact yes or no, a level, a severity. */
const full: fc.Arbitrary<IncidentProfile> = fc.record({
  incidentTypes: fc.constant([]),
  dataCategories: fc.constant([]),
  facts: fc.record(Object.fromEntries(FACTS.map((f) => [f, fc.boolean()]))),
  levels: fc.record({ priority: fc.constantFrom(...LEVELS) }),
  severity: fc.constantFrom(...SEVERITIES),
});

/** `p` with some of its answers forgotten (not known). */
const forget = (p: IncidentProfile, drop: boolean[]): IncidentProfile => ({
  incidentTypes: [],
  dataCategories: [],
  facts: Object.fromEntries(Object.entries(p.facts!).filter((_, i) => !drop[i])),
  ...(drop[3] ? {} : { levels: p.levels }),
  ...(drop[4] ? {} : { severity: p.severity }),
});

describe('what applies while something is not known', () => {
  it('agrees with the engine once everything is known, and then never says "may apply"', () => {
    fc.assert(
      fc.property(condition, full, (w, p) => {
        const engine = holdsSince(vocab, factsOf(p), w) !== undefined ? 'applies' : 'not';
        expect(conditionApplies(vocab, p, w)).toBe(engine);
      }),
    );
  });

  it('never changes "applies" or "does not apply" when a fact, level or severity not known is answered', () => {
    fc.assert(
      fc.property(condition, full, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (w, p, drop) => {
        const partial = conditionApplies(vocab, forget(p, drop), w);
        if (partial !== 'unknown') expect(conditionApplies(vocab, p, w)).toBe(partial);
      }),
    );
  });
});
