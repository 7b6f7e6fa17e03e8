/**
 * "May apply" is sound, for any condition over facts, a scale, severities and `all`/`any`/`not`:
 * what applies (or does not) while something is not known still applies (or does not) however the
 * responders answer the rest, and once everything it reads is answered it never "may apply". With
 * everything known, the answer is the engine's evaluator's own; with some not known, it is what
 * trying every full answer with the engine's evaluator says (the code tries only the answers that
 * matter to the condition).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepRuns } from '../setup/fast-check.ts';
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

/** One kind of condition at a time (nested `all`/`any` combine them), so each kind is tried alone too. */
const leaf: fc.Arbitrary<AppliesWhen> = fc
  .oneof(
    fc.record({ facts: fc.subarray(FACTS, { minLength: 1, maxLength: 2 }) }),
    fc.record({
      levels: fc.subarray(
        LEVELS.map((l) => `priority:${l}`),
        { minLength: 1 },
      ),
    }),
    fc.record({ severities: fc.subarray(SEVERITIES, { minLength: 1, maxLength: 1 }) }),
    fc.record({ major: fc.boolean() }),
  )
  .map((x) => ({ ...empty(), ...x }));

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

/** Every full answer consistent with `p`: each fact not known yes or no, each level, each severity. */
function everyAnswer(p: IncidentProfile): IncidentProfile[] {
  let out: IncidentProfile[] = [p];
  for (const f of FACTS.filter((f) => p.facts?.[f] === undefined))
    out = out.flatMap((q) => [true, false].map((yes) => ({ ...q, facts: { ...q.facts, [f]: yes } })));
  if (!p.levels) out = out.flatMap((q) => LEVELS.map((l) => ({ ...q, levels: { priority: l } })));
  if (!p.severity) out = out.flatMap((q) => SEVERITIES.map((severity) => ({ ...q, severity })));
  return out;
}

describe('what applies while something is not known', () => {
  it('"may apply" exactly when some full answer makes it hold and another does not (checked against every answer)', () => {
    fc.assert(
      fc.property(condition, full, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (w, p, drop) => {
        const partial = forget(p, drop);
        const holds = everyAnswer(partial).map((q) => holdsSince(vocab, factsOf(q), w) !== undefined);
        const expected = holds.every(Boolean) ? 'applies' : holds.some(Boolean) ? 'unknown' : 'not';
        expect(conditionApplies(vocab, partial, w)).toBe(expected);
      }),
      { numRuns: deepRuns() },
    );
  });

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
