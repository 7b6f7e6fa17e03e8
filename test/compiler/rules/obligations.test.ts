import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

const stage = (id: string, from: string, deadline = 'P1M') =>
  `      - id: ${id}\n        name: ${id}\n        deadline: ${deadline}\n        from: ${from}\n`;

describe('obligation-stage-duration', () => {
  it('accepts positive deadlines and outer limits', () => {
    const result = compileWith({
      'obligations.yaml': replace(
        'from: { event: awareness }',
        'from: { event: awareness }\n        noLaterThan: { deadline: PT96H, from: { event: detection } }',
      ),
    });
    expect(result.problems).toEqual([]);
  });

  it('rejects a zero stage deadline, at the deadline', () => {
    const result = compileWith({ 'obligations.yaml': replace('deadline: PT72H', 'deadline: PT0S') });
    expect(ofRule(result, 'obligation-stage-duration')).toEqual([
      expect.objectContaining({
        line: 13,
        column: 19,
        message:
          'obligation "gdpr-art33", stage "authority" has a zero deadline (PT0S); give the time allowed, e.g. PT72H',
      }),
    ]);
  });

  it('rejects a zero outer limit', () => {
    const result = compileWith({
      'obligations.yaml': replace(
        'from: { event: awareness }',
        'from: { event: awareness }\n        noLaterThan: { deadline: P0D, from: { event: detection } }',
      ),
    });
    expect(ofRule(result, 'obligation-stage-duration').map((p) => [p.line, p.message])).toEqual([
      [
        15,
        'obligation "gdpr-art33", stage "authority" has a zero outer limit (P0D); give the time allowed, e.g. PT24H',
      ],
    ]);
  });
});

describe('obligation-chain', () => {
  it('accepts a stage counted from an earlier stage', () => {
    const result = compileWith({ 'obligations.yaml': (t) => t + stage('final', '{ stage: authority }') });
    expect(result.problems).toEqual([]);
    expect(planOf(result).obligations[0].stages.map((s) => s.key)).toEqual([
      'gdpr-art33/authority',
      'gdpr-art33/final',
    ]);
  });

  it('rejects a stage counted from a stage the obligation does not have, listing the earlier ones', () => {
    const result = compileWith({ 'obligations.yaml': (t) => t + stage('final', '{ stage: intermediate }') });
    expect(ofRule(result, 'obligation-chain')).toEqual([
      expect.objectContaining({
        line: 18,
        column: 24,
        message:
          'obligation "gdpr-art33", stage "final" counts from stage "intermediate", which this obligation does not have; use one of "authority"',
      }),
    ]);
  });

  it('rejects a stage counted from a later stage', () => {
    const result = compileWith({
      'obligations.yaml': (t) =>
        replace('from: { event: awareness }', 'from: { stage: final }')(t) + stage('final', '{ event: awareness }'),
    });
    expect(ofRule(result, 'obligation-chain').map((p) => [p.line, p.column, p.message])).toEqual([
      [
        14,
        24,
        'obligation "gdpr-art33", stage "authority" counts from stage "final", which is not an earlier stage; a stage can only count from the submission of a stage listed before it',
      ],
    ]);
  });

  it('rejects a stage counted from itself', () => {
    const result = compileWith({
      'obligations.yaml': replace('from: { event: awareness }', 'from: { stage: authority }'),
    });
    expect(ofRule(result, 'obligation-chain')[0].message).toContain(
      'counts from stage "authority", which is not an earlier stage',
    );
  });

  it('checks the outer limit of a stage too', () => {
    const result = compileWith({
      'obligations.yaml': replace(
        'from: { event: awareness }',
        'from: { event: awareness }\n        noLaterThan: { deadline: PT96H, from: { stage: later } }',
      ),
    });
    expect(ofRule(result, 'obligation-chain').map((p) => [p.line, p.message])).toEqual([
      [
        15,
        'obligation "gdpr-art33", stage "authority" counts from stage "later", which this obligation does not have; it is the first stage, so count from an event instead, e.g. { event: awareness }',
      ],
    ]);
  });
});

describe('stage-event', () => {
  const planEvent = replace(
    'changeLog:',
    'events:\n  - { id: decision-to-notify, name: the decision to notify }\nchangeLog:',
  );
  const fromEvent = (event: string) => replace('from: { event: awareness }', `from: { event: ${event} }`);

  it('accepts a stage that counts from an event of plan.yaml', () => {
    expect(
      compileWith({ 'plan.yaml': planEvent, 'obligations.yaml': fromEvent('decision-to-notify') }).problems,
    ).toEqual([]);
  });

  it('rejects an event that is neither an anchor nor a plan event, with did-you-mean over both', () => {
    const result = compileWith({ 'plan.yaml': planEvent, 'obligations.yaml': fromEvent('decision-to-notfy') });
    expect(ofRule(result, 'stage-event')).toEqual([
      expect.objectContaining({ file: 'content/obligations.yaml', line: 14 }),
    ]);
    expect(ofRule(result, 'stage-event')[0].message).toContain('(did you mean "decision-to-notify"?)');
  });

  it('stays silent while plan.yaml cannot be read', () => {
    const result = compileWith({
      'plan.yaml': (t) => planEvent(t).replace('reviewCycle: P12M', 'reviewCycle: yearly'),
      'obligations.yaml': fromEvent('decision-to-notify'),
    });
    expect(ofRule(result, 'stage-event')).toEqual([]);
  });
});
