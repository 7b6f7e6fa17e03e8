/** Renders an after-action report as Markdown (pure; the simulator and the CLI print the same text). */
import { notReachedIntro, openAtEndIntro, outOfScopeIntro, type AfterActionReport } from './aar.ts';
import type { ObservationRecord } from './aar-discussion.ts';
import { STATUS_LABEL } from './status-words.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const list = (items: string[], none: string) => (items.length ? items.map((i) => `- ${i}`).join('\n') : `- ${none}`);

/** The report as a Markdown document in the HSEEP AAR/IP order. */
export function renderAarMarkdown(r: AfterActionReport): string {
  const o = r.overview;
  // Readers get names: of roles (owners, the responsible role of an edited improvement row) and of objectives.
  const role = (id: string | undefined) => (id === undefined ? '' : (r.roleNames[id] ?? id));
  const objective = (id: string) => o.objectives.find((x) => x.id === id)?.title ?? id;
  const out: string[] = [
    `# After-action report: ${o.name}`,
    '',
    '## Exercise overview',
    '',
    table(['Item', 'Detail'], [
      ['Exercise', o.name],
      ['Date played', o.date],
      ['Story date (scenario time)', o.storyDate],
      ['Type', 'Tabletop'],
      ['Scenario', `${o.scenario.title} (${o.scenario.incidentType})`],
      ['Length played', o.duration],
      ['Plan', `${o.plan.title}, version ${o.plan.version} (digest ${o.plan.digest.slice(0, 12)})`],
    ]),
    '',
    o.scenario.summary,
    '',
    '### Objectives',
    '',
    ...o.objectives.map((x) => `- **${x.title}** — ${x.capability}`),
    '',
    '## Executive summary',
    '',
    r.executiveSummary,
    '',
    '## Analysis of objectives',
    '',
  ];
  for (const x of r.objectives) {
    out.push(`### ${x.title}`, '', `**Capability:** ${x.capability}  `, `**Rating:** ${x.rating ? `${x.rating} — ${x.meaning}` : x.meaning} (${x.reason})`, '');
    out.push('**Strengths**', '', list(x.strengths, 'None recorded.'), '');
    out.push('**Areas for improvement**', '', list(x.areasForImprovement, 'None.'), '');
    out.push(...observationLines(r.discussion.observations[x.id] ?? []));
  }
  out.push('### How this exercise is scored', '', r.ratingRule, '');
  out.push(...discussionLines(r));
  out.push('## Not reached before the exercise ended', '');
  out.push(
    r.notReached.length
      ? [
          notReachedIntro(r),
          '',
          table(['Expectation', 'Owner', 'Due', 'Rule', 'Objectives'], r.notReached.map((x) => [x.description, role(x.owner), x.due ?? 'clock not started', x.rule, x.objectives.map(objective).join(', ')])),
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
      table(['Expectation', 'Owner', 'Rule', 'Objectives'], r.openAtEnd.map((x) => [x.description, role(x.owner), x.due ? `${x.rule} (due ${x.due})` : x.rule, x.objectives.map(objective).join(', ')])),
      '',
    );
  if (r.outOfScope.length)
    out.push(
      "## Outside the exercise's scope",
      '',
      outOfScopeIntro(r),
      '',
      table(['Expectation', 'Owner', 'Due', 'Rule', 'Objectives'], r.outOfScope.map((x) => [x.description, role(x.owner), x.due ?? '', x.rule, x.objectives.map(objective).join(', ')])),
      '',
    );
  out.push('## Improvement plan', '');
  out.push(
    r.improvementPlan.length
      ? table(['#', 'Objective', 'Issue', 'Corrective action', 'Responsible role', 'Due', 'Plan clause'], r.improvementPlan.map((p) => [p.id, p.objective ? objective(p.objective) : '', p.issue, p.correctiveAction, role(p.responsibleRole), p.dueDate, p.clause ?? '']))
      : 'No corrective action needed.',
    '',
  );
  out.push(...reviewLines(r));
  out.push('## Timeline', '', table(['Time', 'Event', 'Detail', 'Who'], r.timeline.map((t) => [t.time, t.kind, t.text, t.who ?? ''])), '');
  out.push('## Participants', '', table(['Role', 'Decisions taken'], r.participants.map((p) => [p.name, String(p.decisions)])), '');
  return out.join('\n');
}

/** The facilitator's observations on one objective, printed beside (after) its computed rating. */
function observationLines(obs: ObservationRecord[]): string[] {
  if (!obs.length) return [];
  const line = (o: ObservationRecord) => `${o.kind === 'strength' ? 'Strength' : 'Area for improvement'}: ${o.text} (${o.time}${o.by ? `, ${o.by}` : ''})`;
  return ['**Facilitator observations** (recorded during the exercise; they do not change the rating)', '', list(obs.map(line), ''), ''];
}

/** The "Discussion questions" section: each module's questions with the answers recorded. None when the scenario asks none. */
function discussionLines(r: AfterActionReport): string[] {
  const modules = r.discussion.modules;
  if (!modules.length) return [];
  const out = ['## Discussion questions', ''];
  for (const m of modules) {
    out.push(`### ${m.title}${m.startsAt ? ` (from ${m.startsAt})` : ''}`, '');
    m.questions.forEach((q, i) => {
      out.push(`${i + 1}. **${q.text}**${q.roles.length ? ` (${q.roles.join(', ')})` : ''}`);
      if (!q.answers.length) out.push('   - No answer recorded.');
      for (const a of q.answers) out.push(`   - ${a.time}${a.by ? ` ${a.by}` : ''}: ${a.text}${a.rationale ? ` (why: ${a.rationale})` : ''}`);
    });
    out.push('');
  }
  return out;
}

/** The evaluator's review: each expectation whose outcome the evaluator confirmed or changed, computed and reviewed side by side. */
function reviewLines(r: AfterActionReport): string[] {
  const card = r.scorecard;
  const reviewed = [...card.expectations, ...card.notReached, ...card.openAtEnd, ...card.notApplicable, ...card.outOfScope].filter((e) => e.review);
  if (!reviewed.length) return [];
  const label = (s: string | undefined) => (s ? STATUS_LABEL[s as keyof typeof STATUS_LABEL] : '');
  return [
    "## Evaluator's review",
    '',
    'The ratings use the evaluator\'s outcome where the evaluator confirmed or changed the computed one.',
    '',
    table(['Expectation', 'Computed', 'Evaluator', 'Reason'], reviewed.map((e) => [e.description, label(e.computed), label(e.status), e.review!.reason])),
    '',
  ];
}
