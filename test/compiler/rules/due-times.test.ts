import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

const breach = 'playbooks/breach.yaml';
const declareDue = 'due: { within: PT15M, after: detection }';
const notifyDue = 'due: { within: PT72H, after: awareness }';
const withEvent = {
  'plan.yaml': replace('changeLog:', 'events:\n  - { id: call-started, name: the start of the call }\nchangeLog:'),
};

describe('due-start', () => {
  it('accepts anchor events, plan events and activities of the same or another playbook, after or before', () => {
    const result = compileWith({
      ...withEvent,
      [breach]: (t) =>
        replace(
          notifyDue,
          'due: { within: P5D, days: business, after: "activity:breach/declare" }',
        )(replace(declareDue, 'due: { within: PT15M, after: call-started }')(t)),
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [declare, notify] = planOf(result).playbooks[0]!.activities;
    expect(declare!.due!.start).toEqual({ kind: 'event', id: 'call-started', label: 'the start of the call' });
    expect(notify!.due!.start).toEqual({
      kind: 'activity',
      id: 'breach/declare',
      label: '“Declare the incident and its severity”',
      before: false,
    });
    const before = compileWith({
      [breach]: replace(declareDue, 'due: { within: PT1H, before: "activity:notify-dpa" }'),
    });
    expect(ofRule(before, 'due-start')).toEqual([]);
  });

  it('counts from declaration when a due time names nothing', () => {
    const result = compileWith({ [breach]: replace(declareDue, 'due: { within: PT15M }') });
    expect(planOf(result).playbooks[0]!.activities[0]!.due!.start).toEqual({
      kind: 'anchor',
      id: 'declaration',
      label: 'declaration',
    });
  });

  it('rejects an unknown event with the anchor or plan event it probably meant', () => {
    const result = compileWith({
      ...withEvent,
      [breach]: replace(declareDue, 'due: { within: PT15M, after: call-start }'),
    });
    const [p] = ofRule(result, 'due-start');
    expect([p!.line, p!.column]).toEqual([11, 34]);
    expect(p!.message).toContain(
      'counts its due time from "call-start", which is neither an anchor event nor an event in plan.yaml (did you mean "call-started"?)',
    );
  });

  it('rejects an unknown activity with the activity of the playbook it probably meant', () => {
    const result = compileWith({
      [breach]: replace(declareDue, 'due: { within: PT15M, after: "activity:notify-dap" }'),
    });
    expect(ofRule(result, 'due-start').map((p) => p.message)).toEqual([
      'activity "breach/declare" is due after activity "breach/notify-dap", which is not defined (did you mean "activity:notify-dpa"?); write activity:<id> of an activity in this playbook, or activity:<playbook>/<id>',
    ]);
  });

  it('rejects before an event, a due time counting from itself, and a loop, once each', () => {
    expect(
      ofRule(compileWith({ [breach]: replace(declareDue, 'due: { within: PT15M, before: detection }') }), 'due-start'),
    ).toHaveLength(1);
    expect(
      ofRule(
        compileWith({ [breach]: replace(declareDue, 'due: { within: PT15M, after: "activity:declare" }') }),
        'due-start',
      ).map((p) => p.message),
    ).toEqual(['activity "breach/declare" is due after itself; count from another activity or an event']);
    const loop = compileWith({
      [breach]: (t) =>
        replace(
          notifyDue,
          'due: { within: PT1H, after: "activity:declare" }',
        )(replace(declareDue, 'due: { within: PT15M, after: "activity:notify-dpa" }')(t)),
    });
    expect(ofRule(loop, 'due-start').map((p) => p.message)).toEqual([
      'due times count from each other in a loop ("Declare the incident and its severity" → "Notify the data protection authority" → "Declare the incident and its severity"); let one of them count from an event',
    ]);
  });

  it('rejects a plan event that takes the name of an anchor event', () => {
    const result = compileWith({
      'plan.yaml': replace('changeLog:', 'events:\n  - { id: closure, name: Closure }\nchangeLog:'),
    });
    expect(ofRule(result, 'due-start').map((p) => p.message)).toEqual([
      'plan event "closure" has the name of an anchor event; remove it (due times may count from closure already) or rename it',
    ]);
  });
});
