/**
 * The report page's HSEEP analysis: each objective's strengths and areas for improvement written as
 * observation, analysis, reference and recommendation (the exercise overview's rows come from
 * engine/aar-view.ts, as for the Markdown export). Text only: every value goes in as text.
 */
import type { ObjectiveAnalysis } from '../../engine/aar.ts';
import { objectiveFindingsView, type FindingView } from '../../engine/aar-view.ts';
import { h } from './dom.ts';

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
