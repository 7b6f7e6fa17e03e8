/**
 * The after-action report's findings as both its renderers show them: the Markdown export
 * (aar-markdown.ts) and the report page (src/simulator/views/report-analysis.ts, improvement-plan.ts).
 * One view model of a finding (its title, then labelled parts in the HSEEP template's order), of an
 * objective's strengths and areas for improvement, of a facilitator observation, and the improvement
 * plan's columns, so that the two renderers write the same structure and differ only in markup.
 * Pure: text in, text out; each renderer escapes it its own way.
 */
import type { AfterActionReport, ObjectiveAnalysis } from './aar.ts';
import type { ObservationRecord } from './aar-discussion.ts';
import type { Finding } from './aar-findings.ts';

/** A finding as the template writes it: its title, then observation, analysis, reference and recommendation. */
export interface FindingView {
  title: string;
  /** Each part with its label ("Observation", "Recommendation (Planning)"), in the template's order. */
  parts: { label: string; text: string }[];
}

/** The parts of `f`, the recommendation only when it has one. */
export function findingView(f: Finding): FindingView {
  return {
    title: f.title,
    parts: [
      { label: 'Observation', text: f.observation },
      { label: 'Analysis', text: f.analysis },
      { label: 'Reference', text: f.reference },
      ...(f.recommendation ? [{ label: `Recommendation (${f.element})`, text: f.recommendation }] : []),
    ],
  };
}

/** One objective's analysis as the template lists it: strengths, then areas for improvement. */
export interface ObjectiveFindingsView {
  strengths: FindingView[];
  improvements: FindingView[];
  /**
   * For an objective with no finding at all (not exercised), its areas for improvement in plain
   * sentences, shown instead of the findings; `undefined` when it has findings.
   */
  areasInWords?: string[];
}

/** The findings of objective `x`, split by kind. */
export function objectiveFindingsView(x: ObjectiveAnalysis): ObjectiveFindingsView {
  const of = (kind: Finding['kind']) => x.findings.filter((f) => f.kind === kind).map(findingView);
  return {
    strengths: of('strength'),
    improvements: of('improvement'),
    ...(x.findings.length ? {} : { areasInWords: x.areasForImprovement }),
  };
}

/** Why the expectations without an objective are listed, and how they count. */
export const WITHOUT_OBJECTIVE_NOTE =
  'The plan expects these in this scenario, but no objective names their plan elements: they count in the totals and no rating.';

/** A facilitator observation in one line: "Strength: … (T+00:20, Incident Commander)"; `name` names who recorded it. */
export function observationWords(o: ObservationRecord, name: (id: string) => string = (id) => id): string {
  return `${o.kind === 'strength' ? 'Strength' : 'Area for improvement'}: ${o.text} (${o.time}${o.by ? `, ${name(o.by)}` : ''})`;
}

/** The improvement plan's columns, as the HSEEP template heads them. */
export const IMPROVEMENT_PLAN_COLUMNS = [
  'Core capability',
  'Issue / area for improvement',
  'Corrective action',
  'Capability element',
  'Primary responsible organisation',
  'Organisation POC',
  'Start date',
  'Completion date',
] as const;

/**
 * The exercise overview as the HSEEP template lists it, item and detail, leaving out what the
 * scenario does not say: the same rows in the Markdown export and on the report page.
 */
export function overviewRows(o: AfterActionReport['overview']): [string, string][] {
  const poc = o.pointsOfContact.map((p) => [p.name, p.role, p.organisation, p.contact].filter(Boolean).join(', '));
  const rows: [string, string | undefined][] = [
    ['Exercise name', o.name],
    ['Exercise dates', `${o.date} (played); story date ${o.storyDate}`],
    ['Type', 'Tabletop exercise (discussion-based)'],
    ['Scope', o.scope || undefined],
    ['Mission areas', o.missionAreas.join(', ')],
    ['Core capabilities', o.coreCapabilities.join('; ')],
    ['Threat or hazard', o.threat],
    ['Scenario', o.scenario.title],
    ['Sponsor', o.sponsor || undefined],
    ['Participating organisations', o.organisations.join('; ')],
    ['Points of contact', poc.length ? poc.join('; ') : undefined],
    ['Plan', `${o.plan.title}, version ${o.plan.version} (digest ${o.plan.digest.slice(0, 12)})`],
    ['Length played', o.duration],
    ['Source', o.source || undefined],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined);
}
