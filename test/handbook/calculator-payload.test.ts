/**
 * The calculator's JSON on the obligations page carries each clock without what the page can work
 * out again (stage keys, the usual words for a clock start, empty condition lists, the usual status),
 * and gives back exactly the clocks it was given, the unusual ones included.
 */
import { describe, expect, it } from 'vitest';
import { packCalculator, unpackCalculator } from '../../src/handbook/calculator-payload.ts';
import type { CalculatorObligation } from '../../src/handbook/calculator.ts';
import { DEFAULT_CALENDAR } from '../../src/plan/time.ts';

const calendar = { ...DEFAULT_CALENDAR, timeZone: 'Europe/Amsterdam', holidays: ['2026-12-25'] };
const none = { dataCategories: [], incidentTypes: [], severities: [], facts: [], levels: [] };

/** A clock like a compiled plan's: three stages, the second chained, an outer limit, a condition. */
const usual: CalculatorObligation = {
  id: 'nis2-art23',
  citation: 'NIS2 Art. 23',
  status: 'in-force',
  calendar,
  regime: 'NIS2',
  recipient: 'NCSC-NL',
  appliesWhen: { ...none, incidentTypes: ['ransomware'], any: [{ ...none, facts: ['public'] }] },
  stages: [
    {
      key: 'nis2-art23/early-warning',
      name: 'Early warning',
      deadline: 'PT24H',
      days: 'calendar',
      from: { event: 'awareness', label: 'awareness' },
    },
    {
      key: 'nis2-art23/notification',
      name: 'Notification',
      deadline: 'PT72H',
      days: 'calendar',
      from: { stage: 'early-warning', label: 'submission of Early warning' },
      noLaterThan: { deadline: 'P4D', from: { event: 'ransom-payment', label: 'ransom payment' } },
    },
    {
      key: 'nis2-art23/final',
      name: 'Final report',
      deadline: 'P1M',
      days: 'business',
      from: { stage: 'notification', label: 'submission of Notification' },
    },
  ],
};

/** A clock whose words the page cannot work out: a plan event's own name, a proposed status, its own calendar. */
const unusual: CalculatorObligation = {
  id: 'contract-acme',
  citation: 'Contract § 9',
  status: 'proposed',
  calendar: { ...DEFAULT_CALENDAR, timeZone: 'America/New_York', holidays: ['2026-07-03'] },
  stages: [
    {
      key: 'contract-acme/tell',
      name: 'Tell the customer',
      deadline: 'PT4H',
      days: 'calendar',
      from: { event: 'decision-to-notify-customers', label: 'Decision to notify customers' },
    },
  ],
};

describe('the calculator payload', () => {
  it('gives back exactly the clocks it packed, after a trip through JSON', () => {
    const payload = JSON.parse(JSON.stringify(packCalculator([usual, unusual], calendar)));
    expect(unpackCalculator(payload)).toEqual([usual, unusual]);
  });

  it('writes no stage key, no usual clock-start words, no empty condition list and no in-force status', () => {
    const json = JSON.stringify(packCalculator([usual], calendar));
    expect(json).not.toContain('nis2-art23/');
    expect(json).not.toContain('"label"');
    expect(json).not.toContain('[]');
    expect(json).not.toContain('in-force');
    expect(json).toContain('"incidentTypes":["ransomware"]');
    expect(json).toContain('"facts":["public"]');
  });

  it('keeps the words, status and calendar of a clock that are not the usual ones', () => {
    const json = JSON.stringify(packCalculator([unusual], calendar));
    expect(json).toContain('"label":"Decision to notify customers"');
    expect(json).toContain('"status":"proposed"');
    expect(json).toContain('America/New_York');
  });
});
