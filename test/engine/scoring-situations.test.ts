/**
 * The situations of issue #11, scored as a facilitator expects: card-scheme work only with card
 * data, nothing due before it arises (and `check` says so), no out-of-order mark from phase order,
 * a stated scope, and one vocabulary of statuses from the console to the report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { evaluate } from '../../src/engine/expectations.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { dueWords, STATUS_LABEL } from '../../src/engine/status-words.ts';
import { SCORING_RULES } from '../../src/engine/scoring-rules.ts';
import { buildAar } from '../../src/engine/aar.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { describeAppliesWhen } from '../../src/plan/applies-when.ts';
import { formatClock } from '../../src/plan/scenario-time.ts';
import { changedPlan, MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const H = 3_600_000;
const M = 60_000;
const example = planOf(compilePlan('content', { today: '2026-11-27' }));
const scenarioOf = (plan: typeof example, text: string, file = 'scenario.yaml') => {
  const r = validateScenario(plan, text, file);
  if (!r.scenario) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return { scenario: r.scenario, problems: r.problems };
};
// The card-scheme filings are scored once, on their stages; their activities are the stages' steps.
const CARD = [
  'stage:pci-dss-card-brands/immediate-notice',
  'activity:data-breach/engage-pci-forensic-investigator',
  'stage:pci-dss-card-brands/visa-incident-report',
];

describe('scoring situations a facilitator must be able to defend', () => {
  it('expects no card-scheme work until cardholder data is revealed, then expects it', () => {
    const { scenario } = scenarioOf(example, readFileSync('scenarios/customer-data-breach.yaml', 'utf8'));
    const start: ExerciseAction = { type: 'exercise/start', at: 0 };
    const before = replay(example, scenario, [start, { type: 'clock/tick', at: 2 * H }]);
    const ids = (s: typeof before) => evaluate(example, s).map((e) => e.id);
    expect(ids(before)).toContain('stage:gdpr-art33/initial');
    expect(ids(before).filter((id) => CARD.includes(id))).toEqual([]);
    const pan: ExerciseAction = {
      type: 'inject/ad-hoc',
      at: 3 * H,
      inject: {
        to: ['security-lead'],
        channel: 'chat',
        from: 'Fraud lead',
        subject: 'PAN in the dump',
        body: 'Card numbers too.',
        reveals: { dataCategories: ['cardholder-data'] },
      },
    };
    const after = replay(example, scenario, [start, { type: 'clock/tick', at: 2 * H }, pan]);
    expect(
      ids(after)
        .filter((id) => CARD.includes(id))
        .sort(),
    ).toEqual([...CARD].sort());
    // The acquirer notice arose at T+03:00 and is due with the card brands' stage, not before it arose.
    const notice = evaluate(example, after).find((e) => e.id === CARD[0])!;
    expect(notice.since).toBe(3 * H);
  });

  it('does not make "declare the incident" due before the incident type is known, and check warns about it', () => {
    const text = readFileSync('scenarios/weekend-ransomware.yaml', 'utf8');
    const { scenario, problems } = scenarioOf(example, text, 'weekend-ransomware.yaml');
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['scenario-due-before-arising', 'warning']]);
    expect(problems[0].message).toContain(
      '"Declare a SEV-1 incident and name the Incident Commander" (within 15 min of detection, at T+00:00)',
    );
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/weekend-ransomware.log.json', 'utf8'),
    ) as ExerciseAction[];
    const card = scoreExercise(example, replay(example, scenario, log));
    const declare = card.expectations.find((e) => e.id === 'activity:ransomware/declare-incident')!;
    expect([formatClock(declare.since), formatClock(declare.deadline!), declare.status]).toEqual([
      'T+00:20',
      'T+00:35',
      'met',
    ]);
  });

  it('does not mark containment done on time out of order because a later-phase step came after it', () => {
    const text = readFileSync('scenarios/weekend-ransomware.yaml', 'utf8');
    const { scenario } = scenarioOf(example, text);
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/weekend-ransomware.log.json', 'utf8'),
    ) as ExerciseAction[];
    const card = scoreExercise(example, replay(example, scenario, log));
    expect(card.totals['out-of-order']).toBe(0);
    expect(card.expectations.find((e) => e.id === 'activity:ransomware/isolate-affected-hosts')!.status).toBe('met');
  });

  it('warns once per inject about scripted activities that arise after their due anchor, naming them', () => {
    const text = readFileSync(MINIMAL_SCENARIO, 'utf8')
      .replace('      incidentType: data-breach\n', '')
      .replace(
        '    subject: Has the authority been told?\n',
        '    subject: Has the authority been told?\n    reveals: { incidentType: data-breach }\n',
      );
    const { problems } = scenarioOf(minimalPlan(), text, 'late-type.yaml');
    expect(problems.map((p) => `${p.line}  ${p.rule}  ${p.message}`)).toEqual([
      '80  scenario-due-before-arising  inject "dpa-reminder" makes 2 activities of the plan arise at T+48:00, after the event their due time counts from: "Declare the incident and its severity" (within 15 min of detection, at T+00:00), "Notify the data protection authority" (within 72 h of awareness, at T+00:00); nothing is due before it arises, so they are scored from T+48:00: reveal the incident type (and data categories) with that event if they should count from it',
    ]);
  });

  it('lists expectations outside the stated scope apart, rates nothing on them, and reports an objective left with none as not exercised', () => {
    const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
      'roles: [incident-commander, deputy, dpo]\n',
      'roles: [incident-commander, deputy, dpo]\nscope: { phases: [detect] }\n',
    );
    const plan = minimalPlan();
    const { scenario } = scenarioOf(plan, text);
    const log: ExerciseAction[] = [
      { type: 'exercise/start', at: 0 },
      { type: 'decision/take', at: 5 * M, decision: 'declare-severity', option: 'sev1', by: 'incident-commander' },
      { type: 'decision/take', at: 5 * M, decision: 'page', option: 'major', by: 'incident-commander' },
      { type: 'exercise/end', at: 80 * H },
    ];
    const card = scoreExercise(plan, replay(plan, scenario, log));
    expect(card.outOfScope.map((e) => e.id)).toEqual(['stage:gdpr-art33/authority']);
    expect(card.expectations.map((e) => e.id)).not.toContain('stage:gdpr-art33/authority');
    const notify = card.objectives.find((o) => o.objective.id === 'notify')!;
    expect([notify.rating, notify.outOfScope.length]).toEqual([undefined, 1]);
    const md = renderAarMarkdown(buildAar(plan, replay(plan, scenario, log)));
    expect(md).toContain("## Outside the exercise's scope");
    expect(md).toContain('**Rating:** Not exercised');
  });

  it('uses the same words for a clock that has not started while running and in the final outcome', () => {
    const plan = changedPlan(
      'obligations.yaml',
      (t) =>
        `${t}      - id: follow-up\n        name: Follow-up report\n        deadline: PT72H\n        from: { stage: authority }\n`,
    );
    const { scenario } = scenarioOf(plan, readFileSync(MINIMAL_SCENARIO, 'utf8'));
    const running = replay(plan, scenario, [
      { type: 'exercise/start', at: 0 },
      { type: 'clock/tick', at: H },
    ]);
    const live = evaluate(plan, running).find((e) => e.id === 'stage:gdpr-art33/follow-up')!;
    const final = scoreExercise(plan, running).openAtEnd.find((e) => e.id === 'stage:gdpr-art33/follow-up')!;
    expect([dueWords(live), STATUS_LABEL[live.status]]).toEqual(['clock not started', 'Pending']);
    expect([dueWords(final), STATUS_LABEL[final.status]]).toEqual(['clock not started', 'Open at the end']);
  });

  it('prints the scoring rules, one source, in every report', () => {
    const plan = minimalPlan();
    const { scenario } = scenarioOf(plan, readFileSync(MINIMAL_SCENARIO, 'utf8'));
    const aar = buildAar(plan, replay(plan, scenario, [{ type: 'exercise/start', at: 0 }]));
    expect(aar.ratingRule).toBe(SCORING_RULES);
    expect(renderAarMarkdown(aar)).toContain(SCORING_RULES);
  });

  it('words an activity condition with names, never ids', () => {
    const w = {
      incidentTypes: ['ransomware'],
      severities: ['sev1'],
      dataCategories: ['cardholder-data', 'personal-data'],
      major: true,
    };
    expect(describeAppliesWhen(example, w)).toBe(
      'only for Ransomware incidents and for major incidents and when SEV-1 Critical is declared and when cardholder data or personal data are affected',
    );
    expect(describeAppliesWhen(example, { incidentTypes: [], severities: [], dataCategories: [] })).toBeUndefined();
  });
});
