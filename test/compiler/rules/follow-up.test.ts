import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

const withAction = (status: string) => ({
  'exercises/2026-02-tabletop.yaml': (t: string) =>
    `${t.trimEnd()}\nimprovements:\n  - { id: ia-1, issue: Slow paging, action: Add a backup pager, owner: incident-commander, due: 2026-05-31, status: ${status} }\n`,
});

describe('improvement-overdue', () => {
  it('accepts an open action up to its due date, and a done one after it', () => {
    expect(ofRule(compileWith(withAction('open'), '2026-05-31'), 'improvement-overdue')).toEqual([]);
    expect(ofRule(compileWith(withAction('done'), '2026-06-01'), 'improvement-overdue')).toEqual([]);
  });

  it('warns the day after an open or in-progress action was due, at its due date, naming the owner role', () => {
    const result = compileWith(withAction('in-progress'), '2026-06-01');
    expect(ofRule(result, 'improvement-overdue')).toEqual([
      expect.objectContaining({
        file: 'content/exercises/2026-02-tabletop.yaml',
        severity: 'warning',
        message:
          'improvement action "Add a backup pager" (Incident Commander) of exercise "Breach tabletop" was due on 2026-05-31 and is in-progress; finish it and set status: done, or agree a new due date',
      }),
    ]);
  });
});

describe('improvement-dates', () => {
  const withStart = (start: string) => ({
    'exercises/2026-02-tabletop.yaml': (t: string) =>
      `${t.trimEnd()}\nimprovements:\n  - { id: ia-1, issue: Slow paging, action: Add a backup pager, element: Equipment, owner: incident-commander, start: ${start}, due: 2026-05-31 }\n`,
  });

  it('accepts a start date on or before the completion date, and a record without one', () => {
    expect(ofRule(compileWith(withStart('2026-05-31'), '2026-05-01'), 'improvement-dates')).toEqual([]);
    expect(ofRule(compileWith(withAction('open'), '2026-05-01'), 'improvement-dates')).toEqual([]);
  });

  it('rejects a start date after the completion date, at the start date, naming both dates', () => {
    const result = compileWith(withStart('2026-06-01'), '2026-05-01');
    expect(result.ok).toBe(false);
    expect(ofRule(result, 'improvement-dates').map((p) => [p.severity, p.line, p.message])).toEqual([
      [
        'error',
        12,
        'improvement action "Add a backup pager" of exercise "Breach tabletop" starts on 2026-06-01, after its due date 2026-05-31: the completion date comes on or after the start; correct start or due',
      ],
    ]);
  });
});

describe('exercise-plan-version', () => {
  it("accepts the plan's version and versions in its change log", () => {
    expect(ofRule(compileWith(), 'exercise-plan-version')).toEqual([]);
  });

  it('warns about a plan version the plan never had', () => {
    const result = compileWith({
      'exercises/2026-02-tabletop.yaml': replace('planVersion: "1.0"', 'planVersion: "9.9"'),
    });
    expect(ofRule(result, 'exercise-plan-version').map((p) => [p.line, p.message])).toEqual([
      [
        6,
        `exercise "Breach tabletop" tested plan version 9.9, which is neither the plan's version (1.0) nor in its change log; correct the version the exercise was played against`,
      ],
    ]);
  });
});

describe('playbook-tested-unrecorded', () => {
  it("accepts a lastTested that is an exercise record's date", () => {
    const result = compileWith({
      'playbooks/breach.yaml': replace(
        'name: Personal-data breach',
        'name: Personal-data breach\nlastTested: 2026-02-20',
      ),
    });
    expect(ofRule(result, 'playbook-tested-unrecorded')).toEqual([]);
  });

  it('warns about a lastTested no exercise record shows', () => {
    const result = compileWith({
      'playbooks/breach.yaml': replace(
        'name: Personal-data breach',
        'name: Personal-data breach\nlastTested: 2026-05-07',
      ),
    });
    expect(ofRule(result, 'playbook-tested-unrecorded').map((p) => [p.line, p.message])).toEqual([
      [
        3,
        'playbook "Personal-data breach" says it was last tested on 2026-05-07, but no exercise record has that date; add the record to the exercises folder, or correct lastTested',
      ],
    ]);
  });
});
