/**
 * The report page's HSEEP parts that read the after-action report data: the exercise overview as
 * the template lists it, and each objective's strengths and areas for improvement written as
 * observation, analysis, reference and recommendation. Text only: every value goes in as text.
 */
import type { AfterActionReport, ObjectiveAnalysis } from '../../engine/aar.ts';
import { objectiveFindingsView, type FindingView } from '../../engine/aar-view.ts';
import { h } from './dom.ts';

/** The overview rows: item and detail, leaving out what the scenario does not say. */
export function overviewRows(aar: AfterActionReport): string[][] {
  const o = aar.overview;
  const poc = o.pointsOfContact.map((p) => [p.name, p.role, p.organisation, p.contact].filter(Boolean).join(', '));
  return [
    ['Exercise name', o.name],
    ['Date played', o.date],
    ['Story date (scenario time)', o.storyDate],
    ...(o.scope ? [['Scope', o.scope]] : []),
    ['Mission areas', o.missionAreas.join(', ')],
    ['Core capabilities', o.coreCapabilities.join('; ')],
    ['Threat or hazard', o.threat],
    ['Scenario', o.scenario.title],
    ...(o.sponsor ? [['Sponsor', o.sponsor]] : []),
    ['Participating organisations', o.organisations.join('; ')],
    ...(poc.length ? [['Points of contact', poc.join('; ')]] : []),
    ['Length played', o.duration],
    ['Plan', `${o.plan.title}, version ${o.plan.version} (digest ${o.plan.digest.slice(0, 12)})`],
    ...(o.source ? [['Source', o.source]] : []),
  ];
}

/** A list of findings, each with its observation, analysis, reference and recommendation. */
export function findingList(findings: FindingView[], none: string): HTMLElement {
  if (!findings.length) return h('p', {}, none);
  return h(
    'ul',
    { class: 'db-findings' },
    findings.map((f) =>
      h(
        'li',
        {},
        h('strong', {}, f.title),
        h(
          'dl',
          {},
          f.parts.flatMap((p) => [h('dt', {}, p.label), h('dd', {}, p.text)]),
        ),
      ),
    ),
  );
}

/** One objective's analysis: its findings, or the sentences saying why it has none. */
export function objectiveFindings(x: ObjectiveAnalysis): (Node | false)[] {
  const view = objectiveFindingsView(x);
  return [
    h('p', {}, `Core capability: ${x.capability}`),
    h('h4', {}, 'Strengths'),
    findingList(view.strengths, 'None recorded.'),
    h('h4', {}, 'Areas for improvement'),
    view.areasInWords
      ? h(
          'ul',
          {},
          view.areasInWords.map((s) => h('li', {}, s)),
        )
      : findingList(view.improvements, 'None.'),
  ];
}
