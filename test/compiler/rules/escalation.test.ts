import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

const policies = 'escalation-policies.yaml';

describe('escalation-first-timeout', () => {
  it('accepts a first timeout equal to the acknowledgement target', () => {
    const result = compileWith({ [policies]: replace('timeout: PT10M', 'timeout: PT15M') });
    expect(ofRule(result, 'escalation-first-timeout')).toEqual([]);
  });

  it('rejects a first level that waits longer than the severity may go unacknowledged', () => {
    const result = compileWith({ [policies]: replace('timeout: PT10M', 'timeout: PT16M') });
    expect(ofRule(result, 'escalation-first-timeout')).toEqual([
      expect.objectContaining({
        file: 'content/escalation-policies.yaml',
        line: 6,
        column: 18,
        message:
          'escalation policy "major" waits 16 min before escalating, longer than the 15 min acknowledgement target of severity "sev1"; shorten the first level\'s timeout to PT15M or less',
      }),
    ]);
  });

  it('compares durations written in different units', () => {
    const result = compileWith({ [policies]: replace('timeout: PT10M', 'timeout: PT1H') });
    expect(ofRule(result, 'escalation-first-timeout')[0].message).toContain('waits 1 h before escalating');
  });
});

describe('escalation-cycle', () => {
  it('accepts a policy that hands over to another that ends with a role', () => {
    // standard → major, and major pages roles only.
    expect(ofRule(compileWith(), 'escalation-cycle')).toEqual([]);
  });

  it('rejects two policies that hand over to each other, once, at the first hand-over', () => {
    const result = compileWith({
      [policies]: replace('targets: [{ role: deputy }]', 'targets: [{ policy: standard }]'),
    });
    expect(ofRule(result, 'escalation-cycle')).toEqual([
      expect.objectContaining({
        line: 7,
        column: 29,
        message:
          'escalation policies hand over in a circle (major → standard → major); end one of them with a role, team or person instead of a policy',
      }),
    ]);
  });

  it('rejects a policy that hands over to itself', () => {
    const result = compileWith({ [policies]: replace('targets: [{ role: deputy }]', 'targets: [{ policy: major }]') });
    expect(ofRule(result, 'escalation-cycle').map((p) => p.message)).toEqual([
      'escalation policies hand over in a circle (major → major); end one of them with a role, team or person instead of a policy',
    ]);
  });
});
