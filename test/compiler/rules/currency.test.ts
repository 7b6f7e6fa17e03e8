import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';
import { modelOf } from '../../../src/compiler/compile.ts';

describe('review-overdue', () => {
  it('accepts a plan reviewed within its cycle, up to the due day itself', () => {
    expect(ofRule(compileWith({}, '2027-01-15'), 'review-overdue')).toEqual([]);
  });

  it('warns the day after the review is due, at the effective date when never reviewed since', () => {
    const result = compileWith({}, '2027-01-16');
    expect(ofRule(result, 'review-overdue')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/plan.yaml',
        line: 11,
        column: 16,
        message:
          "the plan's review was due on 2027-01-15 (last review 2026-01-15, reviewed every 12 months); review it and set lastReviewed",
      }),
    ]);
  });

  it('counts the cycle from lastReviewed when it is set, and reports there', () => {
    const result = compileWith({
      'plan.yaml': replace('reviewCycle: P12M', 'lastReviewed: 2025-03-01\nreviewCycle: P12M'),
    });
    expect(planOf(result).document.nextReview).toBe('2026-03-01');
    expect(ofRule(result, 'review-overdue').map((p) => [p.line, p.column])).toEqual([[12, 15]]);
  });
});

describe('contact-unverified', () => {
  it('accepts contacts verified within their interval', () => {
    expect(ofRule(compileWith(), 'contact-unverified')).toEqual([]);
  });

  it('warns when the verification is older than the default 90 days', () => {
    const result = compileWith({ 'people.yaml': replace('lastVerified: 2026-05-10', 'lastVerified: 2026-01-10') });
    expect(ofRule(result, 'contact-unverified')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 8,
        column: 19,
        message:
          'person "ada" last had contact details verified on 2026-01-10, due again 2026-04-10; confirm them and update lastVerified',
      }),
    ]);
  });

  it('honours a longer verifyInterval', () => {
    const result = compileWith({
      'people.yaml': replace('lastVerified: 2026-05-10', 'lastVerified: 2026-01-10\n    verifyInterval: P6M'),
    });
    expect(ofRule(result, 'contact-unverified')).toEqual([]);
  });

  it('warns about contact details that were never verified', () => {
    const result = compileWith({ 'people.yaml': replace('    lastVerified: 2026-05-10\n', '') });
    expect(ofRule(result, 'contact-unverified').map((p) => [p.line, p.message])).toEqual([
      [2, 'person "ada" has contact details that were never verified; confirm them and set lastVerified'],
    ]);
  });
});

describe('exercise-stale', () => {
  it('accepts an exercise within the last 12 months', () => {
    expect(ofRule(compileWith({}, '2027-02-20'), 'exercise-stale')).toEqual([]);
  });

  it('warns when the last exercise is more than 12 months old, at its date', () => {
    const result = compileWith({}, '2027-02-21');
    expect(ofRule(result, 'exercise-stale')).toEqual([
      expect.objectContaining({
        file: 'content/exercises/2026-02-tabletop.yaml',
        line: 4,
        column: 7,
        message:
          'the last exercise was on 2026-02-20, and the plan is exercised every 12 months, so the next was due on 2027-02-20; run another and add its record to content/exercises/',
      }),
    ]);
  });

  it('warns by the exercise interval the plan sets, and names it', () => {
    const plan = {
      'plan.yaml': (t: string) => t.replace('reviewCycle: P12M', 'reviewCycle: P12M\nexerciseInterval: P6M'),
    };
    expect(ofRule(compileWith(plan, '2026-08-20'), 'exercise-stale')).toEqual([]);
    expect(ofRule(compileWith(plan, '2026-08-21'), 'exercise-stale').map((p) => p.message)).toEqual([
      'the last exercise was on 2026-02-20, and the plan is exercised every 6 months, so the next was due on 2026-08-20; run another and add its record to content/exercises/',
    ]);
  });

  it("counts from the latest record's nextDue when it sets one, earlier than the interval, and reports there", () => {
    const record = { 'exercises/2026-02-tabletop.yaml': (t: string) => `${t.trimEnd()}\nnextDue: 2026-08-31\n` };
    expect(modelOf(compileWith(record, '2026-08-31'))!.document.nextExercise).toBe('2026-08-31');
    expect(ofRule(compileWith(record, '2026-08-31'), 'exercise-stale')).toEqual([]);
    expect(ofRule(compileWith(record, '2026-09-01'), 'exercise-stale')).toEqual([
      expect.objectContaining({
        message:
          'the last exercise was on 2026-02-20, and its record set the next one for 2026-08-31; run another and add its record to content/exercises/',
      }),
    ]);
  });

  it('warns at plan.yaml when the plan has no exercise record', () => {
    const result = compileWith({ 'exercises/2026-02-tabletop.yaml': null });
    expect(ofRule(result, 'exercise-stale').map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'content/plan.yaml',
        1,
        'the plan has no exercise record; run a tabletop exercise and add its record to content/exercises/',
      ],
    ]);
  });

  it('stays quiet while an exercise record is invalid', () => {
    const result = compileWith({ 'exercises/2026-02-tabletop.yaml': replace('type: tabletop', 'type: wargame') });
    expect(ofRule(result, 'schema-value')).toHaveLength(1);
    expect(ofRule(result, 'exercise-stale')).toEqual([]);
  });
});

describe('document-unapproved', () => {
  it('accepts an approved plan with approvers, and a draft without', () => {
    expect(
      ofRule(compileWith({ 'plan.yaml': replace('status: draft', 'status: approved') }), 'document-unapproved'),
    ).toEqual([]);
    const draft = compileWith({ 'plan.yaml': replace(/approvers:\n( {4}.*\n| {2}- .*\n)+/, '') });
    expect(draft.problems).toEqual([]);
  });

  it('warns about an approved plan that lists no approvers, at its status', () => {
    const result = compileWith({
      'plan.yaml': (t) =>
        replace('status: draft', 'status: approved')(t).replace(/approvers:\n( {4}.*\n| {2}- .*\n)+/, ''),
    });
    expect(ofRule(result, 'document-unapproved')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 5,
        column: 9,
        message: 'the plan is marked approved but lists no approvers; add who approved it and when under approvers',
      }),
    ]);
  });
});
