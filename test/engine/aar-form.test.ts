/**
 * The after-action report in the HSEEP AAR/IP form: the overview from scenario fields, findings as
 * observation, analysis, reference and recommendation, the template's improvement-plan table,
 * expectations without an objective in their own section, names never ids, and every text a
 * participant or author wrote escaped in the Markdown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { buildAar } from '../../src/engine/aar.ts';
import { renderAarMarkdown } from '../../src/engine/aar-markdown.ts';
import { replay } from '../../src/engine/reduce.ts';
import { type ExerciseAction } from '../../src/engine/actions.ts';
import { mdText } from '../../src/engine/md-escape.ts';
import { renderSafeMarkdown } from '../../src/markdown/safe-markdown.ts';
import { MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';

const M = 60_000;
const H = 60 * M;
const plan = minimalPlan();
const overview = `overview:
  scope: The first hour of a breach and the authority's 72-hour clock; customer notices are out of scope.
  missionAreas: [Response, Recovery]
  threat: Exfiltration of a customer export
  sponsor: Chief Executive
  organisations: [Example Ltd, Example Payments BV]
  pointsOfContact:
    - { name: Anna de Vries, role: Exercise director, organisation: Example Ltd, contact: anna@example.test }
`;
const load = (text: string) => {
  const r = validateScenario(plan, text, 'aar.yaml');
  if (!r.scenario) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
};
const scenario = load(
  readFileSync(MINIMAL_SCENARIO, 'utf8').replace('facilitatorNotes:', `${overview}facilitatorNotes:`),
);
const HOSTILE = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | cell\n# heading';
const log: ExerciseAction[] = [
  { type: 'exercise/start', at: 0 },
  {
    type: 'question/answer',
    at: 5 * M,
    question: 'detection-q1',
    text: HOSTILE,
    rationale: HOSTILE,
    by: 'incident-commander',
  },
  { type: 'note/add', at: 6 * M, text: HOSTILE, by: HOSTILE },
  { type: 'observation/add', at: 7 * M, objective: 'declare', kind: 'improvement', text: HOSTILE },
  {
    type: 'decision/take',
    at: 20 * M,
    decision: 'declare-severity',
    option: 'sev2',
    by: 'incident-commander',
    rationale: HOSTILE,
  },
  { type: 'exercise/end', at: 80 * H },
];
const aar = buildAar(plan, replay(plan, scenario, log));
const md = renderAarMarkdown(aar);

describe('the after-action report in the HSEEP form', () => {
  it('opens with the exercise overview the template asks for, from the scenario', () => {
    const section = md.slice(md.indexOf('## Exercise overview'), md.indexOf('## Executive summary'));
    for (const row of [
      "| Scope | The first hour of a breach and the authority's 72-hour clock; customer notices are out of scope. |",
      '| Mission areas | Response, Recovery |',
      '| Core capabilities | Operational Coordination; Public Information and Warning |',
      '| Threat or hazard | Exfiltration of a customer export |',
      '| Sponsor | Chief Executive |',
      '| Participating organisations | Example Ltd; Example Payments BV |',
      '| Points of contact | Anna de Vries, Exercise director, Example Ltd, anna@example.test |',
    ])
      expect(section).toContain(row);
  });

  it('summarises in sentences that name the major strengths and areas for improvement', () => {
    expect(aar.executiveSummary).toMatch(
      /Primary areas for improvement: "GDPR: submit "Notification to the authority" to Data Protection Authority", not done when the exercise ended; "Declare SEV-1 Critical or a more severe level, as the facts indicate", not done/,
    );
    expect(aar.executiveSummary).toContain('"Notify the authority within 72 hours" was unable to be performed (U');
  });

  it('writes each area for improvement as observation, analysis, reference and recommendation, with the lower declaration as a finding', () => {
    const declare = aar.objectives[0].findings.find((f) => f.expectation === 'declare:sev1')!;
    expect(declare.observation).toBe(
      'Not done when the exercise ended (by the end of the exercise). Declared SEV-2 High at T+00:20, the scenario indicated SEV-1 Critical at T+00:00.',
    );
    expect([declare.reference, declare.element]).toEqual(['SEV-1 Critical', 'Planning']);
    expect(md).toContain('  - Recommendation (Planning): ');
  });

  it("prints the improvement plan as the template's table, with names and dates", () => {
    const section = md.slice(md.indexOf('## Appendix A: Improvement plan'), md.indexOf('## Appendix B'));
    expect(section).toContain(
      '| Core capability | Issue / area for improvement | Corrective action | Capability element | Primary responsible organisation | Organisation POC | Start date | Completion date |',
    );
    const stage = aar.improvementPlan.find((r) => r.clause === 'stage:gdpr-art33/authority')!;
    expect([
      stage.capability,
      stage.element,
      stage.organisation,
      stage.responsibleRole,
      stage.startDate,
      stage.dueDate,
    ]).toEqual(['Public Information and Warning', 'Planning', 'Example Ltd', 'dpo', '2026-03-13', '2026-04-12']);
    expect(section).toContain('| Planning | Example Ltd | Data Protection Officer | 2026-03-13 | 2026-04-12 |');
  });

  it('lists scored expectations that no objective names in their own section', () => {
    const orphan = load(
      readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
        'elements: [activity:breach/declare, severity:sev1, severity:sev2]',
        'elements: [severity:sev1]',
      ),
    );
    const report = buildAar(
      plan,
      replay(plan, orphan, [
        { type: 'exercise/start', at: 0 },
        { type: 'exercise/end', at: 80 * H },
      ]),
    );
    expect(report.withoutObjective.map((f) => f.expectation)).toEqual(['activity:breach/declare']);
    expect(renderAarMarkdown(report)).toContain(
      '### Expectations without an objective\n\nThe plan expects these in this scenario, but no objective names their plan elements',
    );
  });

  it('names roles in the timeline and the discussion, never their ids', () => {
    const timeline = md.slice(md.indexOf('## Appendix B'), md.indexOf('## Appendix C'));
    expect(timeline).toContain('| Incident Commander |');
    expect(md).not.toMatch(/\bincident-commander\b/);
  });

  it('lets no participant text reach the Markdown as HTML, a link, a heading or a table cell of its own', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).not.toMatch(/^# heading/m);
    const html = renderSafeMarkdown(md);
    expect(html).not.toMatch(/<img|<a [^>]*href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mdText('a|b')).toBe('a\\|b');
  });
});
