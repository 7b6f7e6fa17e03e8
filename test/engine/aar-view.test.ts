/**
 * The one view model of the after-action report's findings that the Markdown export and the report
 * page both render: a finding's parts in the HSEEP template's order, and an objective's strengths
 * and areas for improvement, with the plain sentences only for an objective that has no finding.
 */
import { describe, expect, it } from 'vitest';
import { findingView, objectiveFindingsView, observationWords, overviewRows } from '../../src/engine/aar-view.ts';
import type { AfterActionReport, ObjectiveAnalysis } from '../../src/engine/aar.ts';
import type { Finding } from '../../src/engine/aar-findings.ts';

const strength: Finding = {
  kind: 'strength',
  expectation: 'declare',
  title: 'Declare a SEV-1',
  observation: 'Declared at T+00:10.',
  analysis: 'Within the 15 minutes the plan allows.',
  reference: 'Severity SEV-1 (severity:sev1)',
};
const area: Finding = {
  kind: 'improvement',
  expectation: 'notify',
  title: 'Notify the authority',
  observation: 'Not submitted.',
  analysis: 'The 72-hour clock ran out.',
  reference: 'GDPR Art. 33 (obligation:gdpr-art33)',
  recommendation: 'Rehearse the notification form.',
  element: 'Training',
};
const objective = (findings: Finding[], areasForImprovement: string[] = []): ObjectiveAnalysis => ({
  id: 'o1',
  title: 'Notify on time',
  capability: 'Operational Coordination',
  meaning: 'Not exercised',
  reason: 'no expectation was scored',
  strengths: [],
  areasForImprovement,
  findings,
});

describe('the AAR view model', () => {
  it("lists a finding's parts in the template's order, the recommendation with its capability element last", () => {
    expect(findingView(area)).toEqual({
      title: 'Notify the authority',
      parts: [
        { label: 'Observation', text: 'Not submitted.' },
        { label: 'Analysis', text: 'The 72-hour clock ran out.' },
        { label: 'Reference', text: 'GDPR Art. 33 (obligation:gdpr-art33)' },
        { label: 'Recommendation (Training)', text: 'Rehearse the notification form.' },
      ],
    });
    expect(findingView(strength).parts.map((p) => p.label)).toEqual(['Observation', 'Analysis', 'Reference']);
  });

  it("splits an objective's findings into strengths and areas for improvement, with no plain sentences", () => {
    const view = objectiveFindingsView(objective([area, strength], ['ignored when there are findings']));
    expect(view.strengths.map((f) => f.title)).toEqual(['Declare a SEV-1']);
    expect(view.improvements.map((f) => f.title)).toEqual(['Notify the authority']);
    expect(view.areasInWords).toBeUndefined();
  });

  it('gives an objective with no finding its areas for improvement as plain sentences', () => {
    const view = objectiveFindingsView(objective([], ['The objective was not exercised.']));
    expect(view).toEqual({ strengths: [], improvements: [], areasInWords: ['The objective was not exercised.'] });
  });

  it('words an observation with its time and who recorded it, by name', () => {
    const o = { kind: 'improvement' as const, text: 'Slow to page', time: 'T+00:20', by: 'ic' };
    expect(observationWords(o, () => 'Incident Commander')).toBe(
      'Area for improvement: Slow to page (T+00:20, Incident Commander)',
    );
    expect(observationWords({ ...o, kind: 'strength', by: undefined })).toBe('Strength: Slow to page (T+00:20)');
  });
});

describe('the exercise overview (HSEEP template rows)', () => {
  const overview: AfterActionReport['overview'] = {
    name: 'Cloud compromise',
    date: '2026-12-01',
    storyDate: '2026-09-03',
    scenario: { id: 'cloud', title: 'Cloud compromise', summary: 'A key leaks.', incidentType: 'breach' },
    duration: 'T+01:00',
    plan: { id: 'imp', title: 'Acme IMP', version: '3.2', digest: 'abcdef0123456789' },
    objectives: [],
    missionAreas: ['Response'],
    coreCapabilities: ['Operational Coordination'],
    threat: 'Data breach',
    organisations: ['Acme'],
    pointsOfContact: [],
  };

  it('leaves out the rows the scenario does not fill: scope, sponsor, points of contact and source', () => {
    expect(overviewRows(overview).map(([item]) => item)).toEqual([
      'Exercise name',
      'Exercise dates',
      'Type',
      'Mission areas',
      'Core capabilities',
      'Threat or hazard',
      'Scenario',
      'Participating organisations',
      'Plan',
      'Length played',
    ]);
  });

  it('shows them in the template’s order when it does, with both dates and the plan’s short digest', () => {
    const rows = new Map(
      overviewRows({
        ...overview,
        scope: 'Detection to containment',
        sponsor: 'CISO',
        pointsOfContact: [{ name: 'Eva Jansen', role: 'Facilitator', contact: 'eva@example.org' }],
        source: 'CIS Six Tabletop Exercises',
      }),
    );
    expect([...rows.keys()].slice(3, 4)).toEqual(['Scope']);
    expect(rows.get('Sponsor')).toBe('CISO');
    expect(rows.get('Points of contact')).toBe('Eva Jansen, Facilitator, eva@example.org');
    expect(rows.get('Source')).toBe('CIS Six Tabletop Exercises');
    expect(rows.get('Exercise dates')).toBe('2026-12-01 (played); story date 2026-09-03');
    expect(rows.get('Plan')).toBe('Acme IMP, version 3.2 (digest abcdef012345)');
  });
});
