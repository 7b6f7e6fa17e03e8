import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, planOf } from '../helpers.ts';

const breach = 'playbooks/breach.yaml';
/** The minimal breach playbook with `after` lines added to its two activities. */
const after = (declare: string | undefined, notify: string | undefined) => (t: string) => {
  let out = t;
  if (declare)
    out = out.replace(
      '    due: { within: PT15M, after: detection }\n',
      `    due: { within: PT15M, after: detection }\n    after: ${declare}\n`,
    );
  if (notify) out = out.replace('    template: dpa-notice\n', `    template: dpa-notice\n    after: ${notify}\n`);
  return out;
};
/** A third activity, `review`, after `ids`. */
const review = (ids: string) => (t: string) =>
  `${t}  - id: review\n    title: Review the response\n    phase: respond\n    raci: { dpo: AR }\n    after: ${ids}\n`;

describe('activity-after-unknown', () => {
  it('accepts prerequisites that are activities of the same playbook', () => {
    const result = compileWith({ [breach]: after(undefined, '[declare]') });
    expect(ofRule(result, 'activity-after-unknown')).toEqual([]);
    expect(planOf(result).playbooks[0].activities.find((a) => a.id === 'notify-dpa')!.after).toEqual(['declare']);
  });

  it('rejects an unknown prerequisite at its entry, suggesting the id meant', () => {
    const result = compileWith({ [breach]: after(undefined, '[declar]') });
    expect(ofRule(result, 'activity-after-unknown')).toEqual([
      expect.objectContaining({
        line: 18,
        column: 13,
        message: expect.stringContaining(
          '"declar", which is not an activity of playbook "breach" (did you mean "declare"?)',
        ),
      }),
    ]);
  });
});

describe('activity-after-self', () => {
  it('rejects an activity that must come after itself', () => {
    const result = compileWith({ [breach]: after(undefined, '[declare, notify-dpa]') });
    expect(ofRule(result, 'activity-after-self')).toEqual([expect.objectContaining({ line: 18, column: 22 })]);
    expect(ofRule(result, 'activity-after-cycle')).toEqual([]);
  });
});

describe('activity-after-cycle', () => {
  it('accepts a chain of prerequisites that ends', () => {
    expect(
      ofRule(
        compileWith({ [breach]: (t) => review('[notify-dpa, declare]')(after(undefined, '[declare]')(t)) }),
        'activity-after-cycle',
      ),
    ).toEqual([]);
  });

  it('rejects a loop of three activities once, on the activity that closes it, naming the loop in order', () => {
    const result = compileWith({ [breach]: (t) => review('[notify-dpa]')(after('[review]', '[declare]')(t)) });
    const problems = ofRule(result, 'activity-after-cycle');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('declare → review → notify-dpa → declare');
  });
});
