/** The finished facts the compiler hands over, so no view sorts, picks or words them again. */
import { describe, expect, it } from 'vitest';
import { compileWith, planOf } from './helpers.ts';

/** The minimal plan's list in `file` (items start with `  - id:`) written in reverse. */
const reversed = (list: string) => (text: string) => {
  const [head, rest] = text.split(`${list}:\n`);
  return `${head}${list}:\n${rest
    .split(/\n(?=  - id: )/)
    .map((item) => item.replace(/\n*$/, ''))
    .reverse()
    .join('\n')}\n`;
};

describe('finished facts', () => {
  it('lists severities by rank and phases by order, however the files write them', () => {
    const plan = planOf(compileWith({ 'severities.yaml': reversed('severities'), 'phases.yaml': reversed('phases') }));
    expect(plan.severities.map((s) => s.rank)).toEqual([1, 2]);
    expect(plan.phases.map((p) => p.order)).toEqual([...plan.phases.map((p) => p.order)].sort((a, b) => a - b));
    expect(plan.phases[0].id).toBe('detect');
  });

  it('lists chapters by order, then by id', () => {
    const chapter = (title: string, order: number) => `---\ntitle: ${title}\norder: ${order}\n---\n\nText.\n`;
    const plan = planOf(
      compileWith({
        'chapters/b-second.mdx': chapter('Second', 2),
        'chapters/a-also-second.mdx': chapter('Also second', 2),
        'chapters/c-first.mdx': chapter('First', 1),
      }),
    );
    expect(plan.chapters.map((c) => c.id)).toEqual(['c-first', 'purpose', 'a-also-second', 'b-second']);
  });

  it('gives each activity its Accountable role, whether written A or AR', () => {
    const plan = planOf(
      compileWith({
        'playbooks/breach.yaml': (t) =>
          t.replace('{ dpo: A, incident-commander: R, deputy: I }', '{ dpo: I, incident-commander: AR, deputy: I }'),
      }),
    );
    expect(plan.playbooks[0].activities.map((a) => [a.id, a.accountable])).toEqual([
      ['declare', 'incident-commander'],
      ['notify-dpa', 'incident-commander'],
    ]);
  });

  it('words what starts each clock: the anchor event, or the submission of the earlier stage by its name', () => {
    const plan = planOf(
      compileWith({
        'obligations.yaml': (t) =>
          t.replace('from: { event: awareness }', 'from: { event: materiality-determination }') +
          '      - id: follow-up\n        name: Follow-up report\n        deadline: P30D\n        from: { stage: authority }\n        noLaterThan: { deadline: P40D, from: { event: awareness } }\n',
      }),
    );
    const [first, second] = plan.obligations[0].stages;
    expect(first.from.label).toBe('materiality determination');
    expect(second.from.label).toBe('submission of Notification to the authority');
    expect(second.noLaterThan?.from.label).toBe('awareness');
  });

  it('dates the next exercise from the latest exercise record and the default interval of 12 months', () => {
    const plan = planOf(compileWith({}));
    expect(plan.document.exerciseInterval).toBe('P12M');
    expect(plan.document.nextExercise).toBe('2027-02-20');
  });

  it('dates the next exercise with the interval the plan sets', () => {
    const plan = planOf(
      compileWith({ 'plan.yaml': (t) => t.replace('reviewCycle: P12M', 'reviewCycle: P12M\nexerciseInterval: P6M') }),
    );
    expect(plan.document.nextExercise).toBe('2026-08-20');
  });

  it('gives no next exercise date to a plan without exercise records', () => {
    const plan = planOf(compileWith({ 'exercises/2026-02-tabletop.yaml': null }));
    expect(plan.document).not.toHaveProperty('nextExercise');
  });
});
