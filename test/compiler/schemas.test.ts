import { describe, expect, it } from 'vitest';
import { compileWith, replace } from './helpers.ts';

describe('schema values a rule relies on', () => {
  it('rejects a zero escalation timeout in the schema, before any rule compares it', () => {
    const result = compileWith({ ['escalation-policies.yaml']: replace('timeout: PT10M', 'timeout: PT0M') });
    expect(result.problems.map((p) => [p.rule, p.line, p.message])).toEqual([
      [
        'schema-value',
        6,
        'escalation policy "major", level #1: "timeout" must be longer than zero (got "PT0M"); give the time allowed, e.g. PT15M',
      ],
    ]);
  });

  it('rejects a duration so long that dates overflow', () => {
    const result = compileWith({
      'people.yaml': replace('lastVerified: 2026-05-10', 'lastVerified: 2026-05-10\n    verifyInterval: P999999999Y'),
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      'person "ada": "verifyInterval" must be at most P100Y (100 years) (got "P999999999Y"); check the number',
    ]);
  });

  it('rejects a time zone the runtime does not know', () => {
    const result = compileWith({ 'plan.yaml': replace('timeZone: Europe/Amsterdam', 'timeZone: Europe/Amsterdan') });
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [
        15,
        'plan "minimal-plan": "businessCalendar.timeZone" must be an IANA time zone such as Europe/Amsterdam, America/New_York or UTC (got "Europe/Amsterdan")',
      ],
    ]);
  });
});
