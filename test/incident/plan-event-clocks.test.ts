/**
 * Clocks counted from the plan's own events (`plan.yaml` `events`) in incident mode: a row waits
 * with the event named ("starts when … is recorded") rather than asking for a time by its id, starts
 * counting down once the event is recorded, and a time that cannot be true is refused with the
 * event's name, by the same check as every anchor time.
 */
import { describe, expect, it } from 'vitest';
import type { CalculatorObligation } from '../../src/handbook/calculator.ts';
import { countdownRows, eventsToRecord, missingAnchors } from '../../src/handbook/countdown.ts';
import { anchorRefusal, planEventSubject } from '../../src/incident/anchor-check.ts';
import type { AnchorEvent } from '../../src/plan/model.ts';

const H = 3_600_000;
const T0 = Date.UTC(2026, 5, 1, 9, 0);
const EVENT = 'decision-to-notify-customers' as AnchorEvent;
const NAMES = { [EVENT]: 'the decision to notify customers' };

const notice: CalculatorObligation = {
  id: 'customer-notice',
  citation: 'Customer agreement, clause 9',
  status: 'in-force',
  calendar: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] },
  regime: 'Contract',
  stages: [
    {
      key: 'customer-notice/notice',
      name: 'Customer notice',
      deadline: 'PT6H',
      days: 'calendar',
      from: { event: EVENT, label: 'the decision to notify customers' },
      noLaterThan: { deadline: 'PT24H', from: { event: 'awareness', label: 'awareness' } },
    },
  ],
};

describe('a clock counted from a plan event', () => {
  it('waits with the event named, apart from the anchor times to enter', () => {
    const [row] = countdownRows([notice], {}, T0, undefined, NAMES);
    expect(row!.statusWords).toBe('Enter the awareness time; starts when the decision to notify customers is recorded');
    expect(row!.missing).toEqual(['Awareness']);
    expect(row!.waitingFor).toEqual(['the decision to notify customers']);
    expect(missingAnchors([row!])).toEqual(['Awareness']);
    expect(eventsToRecord([row!])).toEqual(['the decision to notify customers']);
    const alone = { ...notice, stages: notice.stages.map(({ noLaterThan: _, ...s }) => s) };
    const [only] = countdownRows([alone], {}, T0, undefined, NAMES);
    expect(only!.statusWords).toBe('Starts when the decision to notify customers is recorded');
    // Without the names, the event is asked for as before: by its id in words.
    expect(countdownRows([alone], {}, T0)[0]!.statusWords).toBe('Enter the decision to notify customers time');
  });

  it('starts counting down once the event is recorded', () => {
    const [row] = countdownRows([notice], { awareness: T0, [EVENT]: T0 + H }, T0 + 2 * H, undefined, NAMES);
    expect(row!.status).toBe('later');
    expect(row!.statusWords).toBe('5 h 0 min left');
    expect(row!.due).toBe(T0 + 7 * H);
    expect(row!.waitingFor).toEqual([]);
  });

  it('is refused with the event’s name when in the future or before the declaration', () => {
    const subject = planEventSubject(NAMES[EVENT]);
    expect(anchorRefusal(EVENT, T0 + H, {}, T0, 'UTC', subject)).toMatch(
      /^The time of “the decision to notify customers”, .* is in the future/,
    );
    expect(anchorRefusal(EVENT, T0 - H, { declaration: T0 }, T0 + H, 'UTC', subject)).toMatch(
      /^The time of “the decision to notify customers”, .* is before the incident was declared/,
    );
    expect(anchorRefusal(EVENT, T0 + H, { declaration: T0 }, T0 + H, 'UTC', subject)).toBeUndefined();
  });
});
