/**
 * Acknowledgement targets and escalation timeouts a published process leaves "when needed": the plan
 * compiles without them, pages say so in words, and an exercise expects the page without a clock.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSeverityTable } from '../../src/handbook/severity-table.ts';
import { describePolicy, policyToMermaid } from '../../src/handbook/escalation.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { changedPlan, MINIMAL_SCENARIO } from '../engine/helpers.ts';

const MIN = 60_000;
// Neither severity has an acknowledgement target; the major policy's levels have no timeouts.
const plan = changedPlan('severities.yaml', (t) => t.replace(/\n\s+acknowledgeWithin: PT\w+/g, ''), {
  'escalation-policies.yaml': (t) => t.replace(/\n\s+timeout: PT10M/g, ''),
});
const policy = (id: string) => plan.escalationPolicies.find((p) => p.id === id)!;

describe('a process that acknowledges and escalates when needed', () => {
  it('compiles, and the severity table says the acknowledgement comes when needed', () => {
    expect(plan.severities.map((s) => s.acknowledgeWithin)).toEqual([undefined, undefined]);
    expect(renderSeverityTable(plan)).toContain('<td data-label="Acknowledge within">when needed</td>');
  });

  it('words a level without a timeout as escalating when needed, and keeps the others timed', () => {
    expect(describePolicy(plan, policy('major')).map((l) => [l.timeout, l.escalates])).toEqual([
      [undefined, 'when needed'],
      [undefined, 'when needed'],
    ]);
    expect(describePolicy(plan, policy('standard'))[0]!.escalates).toBe('if not acknowledged within 30 min');
    expect(policyToMermaid(plan, policy('major'))).toContain('when needed');
  });

  it('expects the page after a declaration with no clock: open at the end if never made, met if made', () => {
    const { scenario } = validateScenario(plan, readFileSync(MINIMAL_SCENARIO, 'utf8'), 's.yaml');
    const page = (actions: { type: string; [k: string]: unknown }[]) =>
      evaluate(plan, replay(plan, scenario!, actions as never)).find((e) => e.id === 'page:sev1');
    const declared = [
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: MIN, decision: 'declare-severity', option: 'sev1', by: 'incident-commander' },
    ];
    const unpaged = page([...declared, { type: 'exercise/end', at: 600 * MIN }]);
    expect(unpaged).toMatchObject({
      timed: false,
      status: 'open',
      rule: 'when needed: no acknowledgement target of its own',
    });
    expect(unpaged?.deadline).toBeUndefined();
    expect(unpaged?.description).toContain('when needed after declaring');
    const paged = page([
      ...declared,
      { type: 'decision/take', at: 300 * MIN, decision: 'page', option: 'major', by: 'incident-commander' },
      { type: 'exercise/end', at: 600 * MIN },
    ]);
    expect(paged?.status).toBe('met');
  });
});
