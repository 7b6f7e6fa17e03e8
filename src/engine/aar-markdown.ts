/**
 * Renders an after-action report as Markdown in the HSEEP AAR/IP order (pure; the simulator and
 * the CLI print the same text): exercise overview, executive summary, analysis of each objective
 * and core capability with its findings (observation, analysis, reference, recommendation), the
 * scoring rules, the discussion, the evaluator's review, what was not rated, and the improvement
 * plan as the template's table. Every text an author, participant or evaluator wrote goes through
 * `mdText` (md-escape.ts): it reaches the Markdown as text, never as HTML or markup.
 */
import { notReachedIntro, openAtEndIntro, outOfScopeIntro, type AfterActionReport } from './aar.ts';
import type { ObservationRecord } from './aar-discussion.ts';
import {
  findingView,
  IMPROVEMENT_PLAN_COLUMNS,
  objectiveFindingsView,
  observationWords,
  WITHOUT_OBJECTIVE_NOTE,
  type FindingView,
  overviewRows,
} from './aar-view.ts';
import { mdBlock, mdText } from './md-escape.ts';
import { STATUS_LABEL } from './status-words.ts';

const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdText).join(' | ')} |`),
  ].join('\n');
const list = (items: string[], none: string) =>
  items.length ? items.map((i) => `- ${mdText(i)}`).join('\n') : `- ${none}`;

/** The report as a Markdown document in the HSEEP AAR/IP order. */
export function renderAarMarkdown(r: AfterActionReport): string {
  const o = r.overview;
  // Readers get names: of roles and teams (owners, the responsible role of an edited row) and of objectives.
  const role = (id: string | undefined) => (id === undefined ? '' : (r.roleNames[id] ?? id));
  const objective = (id: string) => o.objectives.find((x) => x.id === id)?.title ?? id;
  const out: string[] = [
    `# After-Action Report / Improvement Plan: ${mdText(o.name)}`,
    '',
    '## Exercise overview',
    '',
    table(['Item', 'Detail'], overviewRows(o)),
    '',
    '### Scenario summary',
    '',
    mdBlock(o.scenario.summary),
    '',
    '### Objectives',
    '',
    ...o.objectives.map((x) => `- **${mdText(x.title)}** — ${mdText(x.capability)}`),
    '',
    '## Executive summary',
    '',
    mdText(r.executiveSummary),
    '',
    '## Analysis of core capabilities',
    '',
  ];
  for (const x of r.objectives) {
    out.push(
      `### ${mdText(x.title)}`,
      '',
      `**Core capability:** ${mdText(x.capability)}  `,
      `**Rating:** ${x.rating ? `${x.rating} — ${x.meaning}` : x.meaning} (${mdText(x.reason)})`,
      '',
    );
    const view = objectiveFindingsView(x);
    const more = view.areasInWords ?? [];
    out.push('#### Strengths', '', ...findingLines(view.strengths, 'None recorded.'));
    out.push(
      '#### Areas for improvement',
      '',
      ...findingLines(view.improvements, more.length ? '' : 'None.'),
      ...(more.length ? [list(more, ''), ''] : []),
    );
    out.push(...observationLines(r.discussion.observations[x.id] ?? []));
  }
  if (r.withoutObjective.length)
    out.push(
      '### Expectations without an objective',
      '',
      WITHOUT_OBJECTIVE_NOTE,
      '',
      ...findingLines(r.withoutObjective.map(findingView), ''),
    );
  out.push('### How this exercise is scored', '', r.ratingRule, '');
  out.push(...discussionLines(r));
  out.push(...reviewLines(r));
  out.push('## Not reached before the exercise ended', '');
  out.push(
    r.notReached.length
      ? [
          notReachedIntro(r),
          '',
          table(
            ['Expectation', 'Owner', 'Due', 'Rule', 'Objectives'],
            r.notReached.map((x) => [
              x.description,
              role(x.owner),
              x.due ?? 'clock not started',
              x.rule,
              x.objectives.map(objective).join(', '),
            ]),
          ),
        ].join('\n')
      : notReachedIntro(r),
    '',
  );
  if (r.openAtEnd.length)
    out.push(
      '## Open at the end',
      '',
      openAtEndIntro(r),
      '',
      table(
        ['Expectation', 'Owner', 'Rule', 'Objectives'],
        r.openAtEnd.map((x) => [
          x.description,
          role(x.owner),
          x.due ? `${x.rule} (due ${x.due})` : x.rule,
          x.objectives.map(objective).join(', '),
        ]),
      ),
      '',
    );
  if (r.outOfScope.length)
    out.push(
      "## Outside the exercise's scope",
      '',
      outOfScopeIntro(r),
      '',
      table(
        ['Expectation', 'Owner', 'Due', 'Rule', 'Objectives'],
        r.outOfScope.map((x) => [
          x.description,
          role(x.owner),
          x.due ?? '',
          x.rule,
          x.objectives.map(objective).join(', '),
        ]),
      ),
      '',
    );
  out.push('## Appendix A: Improvement plan', '');
  out.push(
    r.improvementPlan.length
      ? table(
          [...IMPROVEMENT_PLAN_COLUMNS],
          r.improvementPlan.map((p) => [
            p.capability ?? (p.objective ? objective(p.objective) : ''),
            p.issue,
            p.correctiveAction,
            p.element ?? '',
            p.organisation ?? '',
            role(p.responsibleRole),
            p.startDate ?? '',
            p.dueDate,
          ]),
        )
      : 'No corrective action needed.',
    '',
  );
  out.push(
    '## Appendix B: Timeline',
    '',
    table(
      ['Time', 'Event', 'Detail', 'Who'],
      r.timeline.map((t) => [t.time, t.kind, t.text, t.who ?? '']),
    ),
    '',
  );
  out.push(
    '## Appendix C: Participants',
    '',
    table(
      ['Role', 'Decisions taken'],
      r.participants.map((p) => [p.name, String(p.decisions)]),
    ),
    '',
  );
  return out.join('\n');
}

/** Findings in the template's form: title, then observation, analysis, reference and recommendation. */
function findingLines(findings: FindingView[], none: string): string[] {
  if (!findings.length) return none ? [`- ${none}`, ''] : [];
  return findings
    .flatMap((f) => [`- **${mdText(f.title)}**`, ...f.parts.map((p) => `  - ${p.label}: ${mdText(p.text)}`)])
    .concat('');
}

/** The facilitator's observations on one objective, printed beside (after) its computed rating. */
function observationLines(obs: ObservationRecord[]): string[] {
  if (!obs.length) return [];
  return [
    '**Facilitator observations** (recorded during the exercise; they do not change the rating)',
    '',
    list(
      obs.map((o) => observationWords(o)),
      '',
    ),
    '',
  ];
}

/** The "Discussion questions" section: each module's questions with the answers recorded. None when the scenario asks none. */
function discussionLines(r: AfterActionReport): string[] {
  const modules = r.discussion.modules;
  if (!modules.length) return [];
  const out = ['## Discussion questions', ''];
  for (const m of modules) {
    out.push(`### ${mdText(m.title)}${m.startsAt ? ` (from ${m.startsAt})` : ''}`, '');
    m.questions.forEach((q, i) => {
      out.push(`${i + 1}. **${mdText(q.text)}**${q.roles.length ? ` (${mdText(q.roles.join(', '))})` : ''}`);
      if (!q.answers.length) out.push('   - No answer recorded.');
      for (const a of q.answers)
        out.push(
          `   - ${a.time}${a.by ? ` ${mdText(a.by)}` : ''}: ${mdText(a.text)}${a.rationale ? ` (why: ${mdText(a.rationale)})` : ''}`,
        );
    });
    out.push('');
  }
  return out;
}

/** The evaluator's review: each expectation whose outcome the evaluator confirmed or changed, computed and reviewed side by side. */
function reviewLines(r: AfterActionReport): string[] {
  const card = r.scorecard;
  const reviewed = [
    ...card.expectations,
    ...card.notReached,
    ...card.openAtEnd,
    ...card.notApplicable,
    ...card.outOfScope,
  ].filter((e) => e.review);
  if (!reviewed.length) return [];
  const label = (s: string | undefined) => (s ? STATUS_LABEL[s as keyof typeof STATUS_LABEL] : '');
  return [
    "## Evaluator's review",
    '',
    "The ratings use the evaluator's outcome where the evaluator confirmed or changed the computed one.",
    '',
    table(
      ['Expectation', 'Computed', 'Evaluator', 'Reason'],
      reviewed.map((e) => [e.description, label(e.computed), label(e.status), e.review!.reason]),
    ),
    '',
  ];
}
