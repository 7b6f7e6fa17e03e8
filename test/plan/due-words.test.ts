import { describe, expect, it } from 'vitest';
import { dueWords, repeatWords, resolveDueStart } from '../../src/plan/deadlines.ts';
import { ANCHOR_EVENTS } from '../../src/plan/anchor-events.ts';

const events = [{ id: 'call-started', name: 'the start of the incident call' }];
const titles = (key: string) => (key === 'pm/meeting' ? 'Hold the postmortem meeting' : undefined);

describe('what a due time counts from', () => {
  it('resolves an anchor event, a plan event and an activity of the same or another playbook', () => {
    expect(resolveDueStart('closure', false, 'pm', events, titles)).toEqual({
      kind: 'anchor',
      id: 'closure',
      label: 'closure',
    });
    expect(resolveDueStart('call-started', false, 'pm', events, titles)).toEqual({
      kind: 'event',
      id: 'call-started',
      label: 'the start of the incident call',
    });
    expect(resolveDueStart('activity:meeting', true, 'pm', events, titles)).toEqual({
      kind: 'activity',
      id: 'pm/meeting',
      label: '“Hold the postmortem meeting”',
      before: true,
    });
    expect(resolveDueStart('activity:other/step', false, 'pm', events, titles)).toMatchObject({
      kind: 'activity',
      id: 'other/step',
      label: 'other/step',
    });
  });

  it('treats every anchor event as an anchor, never as a plan event', () => {
    for (const a of ANCHOR_EVENTS)
      expect(resolveDueStart(a, false, 'pm', [{ id: a, name: 'x' }], titles).kind).toBe('anchor');
  });
});

describe('due times and recurrences in words', () => {
  it('words business days, plan events and activities', () => {
    expect(
      dueWords({ within: 'P5D', days: 'business', start: { kind: 'anchor', id: 'closure', label: 'closure' } }),
    ).toBe('within 5 business days of closure');
    expect(
      dueWords({
        within: 'PT24H',
        days: 'calendar',
        start: { kind: 'activity', id: 'pm/meeting', label: '“Meeting”', before: true },
      }),
    ).toBe('24 h before “Meeting”');
    expect(
      dueWords({
        within: 'P1D',
        days: 'calendar',
        start: { kind: 'activity', id: 'pm/meeting', label: '“Meeting”', before: false },
      }),
    ).toBe('within 1 day after “Meeting”');
  });

  it('words a due time of no time at all as immediately', () => {
    expect(
      dueWords({
        within: 'PT0M',
        days: 'calendar',
        start: { kind: 'anchor', id: 'declaration', label: 'declaration' },
      }),
    ).toBe('immediately on declaration');
    expect(
      dueWords({
        within: 'PT0S',
        days: 'business',
        start: { kind: 'event', id: 'call-started', label: 'the start of the incident call' },
      }),
    ).toBe('immediately on the start of the incident call');
    expect(
      dueWords({
        within: 'PT0M',
        days: 'calendar',
        start: { kind: 'activity', id: 'pm/meeting', label: '“Meeting”', before: false },
      }),
    ).toBe('immediately after “Meeting”');
    expect(
      dueWords({
        within: 'PT1M',
        days: 'calendar',
        start: { kind: 'anchor', id: 'declaration', label: 'declaration' },
      }),
    ).toBe('within 1 min of declaration');
  });

  it('words one cadence and a cadence that changes', () => {
    expect(repeatWords([{ every: 'PT10M' }])).toBe('every 10 min');
    expect(repeatWords([{ every: 'PT20M', for: 'PT2H' }, { every: 'PT1H' }])).toBe(
      'every 20 min for the first 2 h, then every 1 h',
    );
    expect(repeatWords([{ every: 'PT5M', for: 'PT30M' }, { every: 'PT15M', for: 'PT2H' }, { every: 'PT1H' }])).toBe(
      'every 5 min for the first 30 min, then every 15 min for 2 h, then every 1 h',
    );
  });
});
