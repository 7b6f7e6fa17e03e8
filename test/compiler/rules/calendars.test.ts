import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

describe('calendar-no-working-days', () => {
  it('accepts the default calendar and one with a single working day', () => {
    expect(ofRule(compileWith(), 'calendar-no-working-days')).toEqual([]);
    const one = compileWith({
      'plan.yaml': replace('  timeZone: Europe/Amsterdam\n', '  timeZone: Europe/Amsterdam\n  workingDays: [3]\n'),
    });
    expect(ofRule(one, 'calendar-no-working-days')).toEqual([]);
  });

  it('rejects a plan calendar with no working days, at workingDays', () => {
    const result = compileWith({
      'plan.yaml': replace('  timeZone: Europe/Amsterdam\n', '  timeZone: Europe/Amsterdam\n  workingDays: []\n'),
    });
    expect(ofRule(result, 'calendar-no-working-days')).toEqual([
      expect.objectContaining({
        file: 'content/plan.yaml',
        line: 16,
        column: 16,
        message:
          'the plan\'s business calendar has no working days, so a deadline counted in business days never falls due; list the ISO weekdays that are working days, e.g. [1, 2, 3, 4, 5] for Monday to Friday, or leave "workingDays" out for that default',
      }),
    ]);
    expect(result.ok).toBe(false);
  });

  it("rejects an obligation's own calendar with no working days", () => {
    const result = compileWith({
      'obligations.yaml': (t) => `${t}    businessCalendar: { timeZone: America/New_York, workingDays: [] }\n`,
    });
    expect(ofRule(result, 'calendar-no-working-days').map((p) => [p.file, p.line, p.message.split(':')[0]])).toEqual([
      ['content/obligations.yaml', 15, 'obligation "gdpr-art33"'],
    ]);
  });
});

describe('business-hours-undefined', () => {
  const inBusinessHours = replace(
    'due: { within: PT15M, after: detection }',
    'due: { within: PT6H, days: business, after: detection }',
  );

  it('rejects a business-time due time in hours without working hours, at within, with the fix', () => {
    const result = compileWith({ 'playbooks/breach.yaml': inBusinessHours });
    expect(ofRule(result, 'business-hours-undefined')).toEqual([
      expect.objectContaining({ file: 'content/playbooks/breach.yaml', line: 11, column: 20 }),
    ]);
    expect(ofRule(result, 'business-hours-undefined')[0].message).toContain(
      'add workingHours: { start: "09:00", end: "17:30" }',
    );
  });

  it('accepts it once the plan calendar states working hours, and business days without hours always', () => {
    const hours = replace(
      '  timeZone: Europe/Amsterdam\n',
      '  timeZone: Europe/Amsterdam\n  workingHours: { start: "09:00", end: "17:00" }\n',
    );
    expect(compileWith({ 'playbooks/breach.yaml': inBusinessHours, 'plan.yaml': hours }).problems).toEqual([]);
    const days = replace(
      'due: { within: PT15M, after: detection }',
      'due: { within: P2D, days: business, after: detection }',
    );
    expect(ofRule(compileWith({ 'playbooks/breach.yaml': days }), 'business-hours-undefined')).toEqual([]);
  });

  it('rejects an obligation stage in business hours against its own calendar', () => {
    const stage = (t: string) => t.replace(/deadline: PT72H/, 'deadline: PT8H\n        days: business');
    const result = compileWith({ 'obligations.yaml': stage });
    expect(ofRule(result, 'business-hours-undefined').map((p) => p.message)).toEqual([
      expect.stringContaining('stage "authority"'),
    ]);
  });

  it('refuses working hours that end before they start', () => {
    const result = compileWith({
      'plan.yaml': replace(
        '  timeZone: Europe/Amsterdam\n',
        '  timeZone: Europe/Amsterdam\n  workingHours: { start: "17:00", end: "09:00" }\n',
      ),
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('working hours must end after they start'),
    ]);
  });
});
