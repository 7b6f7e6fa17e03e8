import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

describe('calendar-no-working-days', () => {
  it('accepts the default calendar and one with a single working day', () => {
    expect(ofRule(compileWith(), 'calendar-no-working-days')).toEqual([]);
    const one = compileWith({ 'plan.yaml': replace('  timeZone: Europe/Amsterdam\n', '  timeZone: Europe/Amsterdam\n  workingDays: [3]\n') });
    expect(ofRule(one, 'calendar-no-working-days')).toEqual([]);
  });

  it("rejects a plan calendar with no working days, at workingDays", () => {
    const result = compileWith({ 'plan.yaml': replace('  timeZone: Europe/Amsterdam\n', '  timeZone: Europe/Amsterdam\n  workingDays: []\n') });
    expect(ofRule(result, 'calendar-no-working-days')).toEqual([
      expect.objectContaining({
        file: 'content/plan.yaml',
        line: 16,
        column: 16,
        message:
          "the plan's business calendar has no working days, so a deadline counted in business days never falls due; list the ISO weekdays that are working days, e.g. [1, 2, 3, 4, 5] for Monday to Friday, or leave \"workingDays\" out for that default",
      }),
    ]);
    expect(result.ok).toBe(false);
  });

  it("rejects an obligation's own calendar with no working days", () => {
    const result = compileWith({ 'obligations.yaml': (t) => `${t}    businessCalendar: { timeZone: America/New_York, workingDays: [] }\n` });
    expect(ofRule(result, 'calendar-no-working-days').map((p) => [p.file, p.line, p.message.split(':')[0]])).toEqual([
      ['content/obligations.yaml', 15, 'obligation "gdpr-art33"'],
    ]);
  });
});
