/**
 * `<db-report>`: the after-action report of the session in the URL hash, built by the engine
 * (`buildAar`): ratings per objective, strengths and areas for improvement, every scored expectation
 * with its outcome and plan clause, those not reached before the end (not rated), the timeline, and
 * the editable improvement plan. Exports: print to PDF, Markdown (`renderAarMarkdown`), the exercise
 * record for `content/exercises/`, the session file.
 */
import {
  buildAar,
  notReachedIntro,
  openAtEndIntro,
  outOfScopeIntro,
  type AfterActionReport,
} from '../../engine/aar.ts';
import { dueWords, STATUS_LABEL, statusWords } from '../../engine/status-words.ts';
import { reviewControls } from './review-controls.ts';
import { renderAarMarkdown } from '../../engine/aar-markdown.ts';
import { findingView, WITHOUT_OBJECTIVE_NOTE } from '../../engine/aar-view.ts';
import { formatClock } from '../../plan/scenario-time.ts';
import { indexRefs } from '../../plan/refs.ts';
import { byId } from '../../plan/lookup.ts';
import { recordWithImprovements, withImprovements, improvementsOf } from '../report-data.ts';
import { sessionFile } from '../session-file.ts';
import { clauseLink } from './expectations-view.ts';
import { download, fill, h, markdown } from './dom.ts';
import { improvementEditor } from './improvement-plan.ts';
import { openSession, type OpenedSession } from './open-session.ts';
import { discussionSection, observationsOf } from './report-discussion.ts';
import { findingList, objectiveFindings } from './report-analysis.ts';
import { overviewRows } from '../../engine/aar-view.ts';

const table = (caption: string, head: string[], rows: (Node | string)[][]) =>
  h(
    'table',
    {},
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          r.map((c) => h('td', {}, c)),
        ),
      ),
    ),
  );
const section = (id: string, title: string, ...body: (Node | string | false)[]) =>
  h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...body);

/** Downloads the exercise record YAML; the YAML writer is loaded only when asked for. */
async function downloadRecord({ plan, store }: OpenedSession, aar: AfterActionReport): Promise<void> {
  const { exportRecord, recordToYaml } = await import('../../engine/record.ts');
  const { session } = store.get();
  const record = exportRecord(plan, session.scenario, session.scenarioText, session.log, {
    playedAt: session.createdAt,
  });
  const rows = improvementsOf(aar, session.improvements);
  const edited = recordWithImprovements(
    record,
    rows,
    plan.roles.map((r) => r.id),
    aar.improvementPlan[0]?.dueDate ?? record.date,
  );
  download(`${record.id}.yaml`, recordToYaml(edited), 'text/yaml');
}

/** Defines `<db-report>`. */
export function defineReport(): void {
  customElements.define(
    'db-report',
    class extends HTMLElement {
      /** Ends the store subscription when the report leaves the page. */
      stop?: () => void;
      disconnectedCallback() {
        this.stop?.();
      }
      async connectedCallback() {
        const opened = await openSession(this);
        if (!opened) return;
        const { plan, store } = opened;
        // Re-rendered when the log grows (an evaluator's review), not on improvement-plan edits, which keep their focus.
        let shown = -1;
        const render = () => {
          const { session, state } = store.get();
          const refs = indexRefs(plan);
          const roleName = byId(plan).roleName;
          const aar = buildAar(plan, state, { playedAt: session.createdAt });
          const o = aar.overview;
          document.title = `After-Action Report / Improvement Plan: ${o.name}`;
          const button = (label: string, run: () => void) =>
            h('button', { type: 'button', class: 'db-button', onclick: run }, label);
          const status = h('p', { role: 'status', class: 'db-status' });
          fill(
            this,
            h(
              'div',
              { class: 'db-report-actions db-screen-only' },
              button('Print or save as PDF', () => print()),
              button('Download Markdown', () =>
                download(
                  `aar-${session.scenarioId}-${o.date}.md`,
                  renderAarMarkdown(withImprovements(aar, store.get().session.improvements)),
                  'text/markdown',
                ),
              ),
              button('Download exercise record', () =>
                downloadRecord(opened, aar).catch(
                  (e) => (status.textContent = `The record could not be made: ${(e as Error).message}`),
                ),
              ),
              button('Export session file', () =>
                download(
                  `drillbook-session-${session.scenarioId}-${session.id}.json`,
                  sessionFile(store.get().session),
                  'application/json',
                ),
              ),
              h('a', { href: `/exercises/run/#${session.id}` }, 'Back to the console'),
              status,
            ),
            state.status !== 'ended' &&
              h(
                'p',
                { class: 'db-warning' },
                `The exercise has not ended (${formatClock(state.now)}); this report scores it as if it ended now.`,
              ),
            h('h2', { class: 'db-report-title' }, `After-Action Report / Improvement Plan: ${o.name}`),
            table('Exercise overview', ['Item', 'Detail'], overviewRows(aar.overview)),
            markdown(o.scenario.summary),
            section('db-summary', 'Executive summary', h('p', {}, aar.executiveSummary)),
            section(
              'db-ratings',
              'Ratings per objective',
              table(
                'HSEEP ratings',
                ['Objective', 'Capability', 'Rating', 'Why'],
                aar.objectives.map((x) => [
                  x.title,
                  x.capability,
                  h(
                    'strong',
                    { class: `db-rating db-rating-${x.rating ?? 'none'}` },
                    x.rating ? `${x.rating} — ${x.meaning}` : x.meaning,
                  ),
                  x.reason,
                ]),
              ),
              ...aar.objectives.map((x) =>
                h(
                  'section',
                  { 'aria-label': x.title },
                  h('h3', {}, x.title),
                  ...objectiveFindings(x),
                  observationsOf(aar, x.id, roleName),
                ),
              ),
              aar.withoutObjective.length > 0 &&
                h(
                  'section',
                  { 'aria-label': 'Expectations without an objective' },
                  h('h3', {}, 'Expectations without an objective'),
                  h('p', {}, WITHOUT_OBJECTIVE_NOTE),
                  findingList(aar.withoutObjective.map(findingView), ''),
                ),
            ),
            section('db-rules-h', 'How this exercise is scored', markdown(aar.ratingRule)),
            section(
              'db-expectations-h',
              'Expectations',
              table(
                "Every expectation, its computed outcome and the evaluator's",
                ['Expectation', 'Owner', 'Deadline', 'Computed', 'Evaluator', 'Evidence', 'Plan clause'],
                [...aar.scorecard.expectations, ...aar.scorecard.notApplicable].map((e) => [
                  e.description,
                  e.owner ? roleName(e.owner) : '—',
                  dueWords(e),
                  e.computed ? STATUS_LABEL[e.computed] : statusWords(e),
                  h(
                    'div',
                    {},
                    e.review ? `${STATUS_LABEL[e.review.outcome]}: ${e.review.reason}` : 'Not reviewed',
                    reviewControls(store, e, state.scenario.roles, roleName, true),
                  ),
                  e.evidence ? `${formatClock(e.evidence.at)} by ${roleName(e.evidence.by)}` : '—',
                  clauseLink(refs, e.clause),
                ]),
              ),
            ),
            discussionSection(aar, roleName),
            section(
              'db-not-reached-h',
              'Not reached before the exercise ended',
              h('p', {}, notReachedIntro(aar)),
              aar.notReached.length > 0 &&
                table(
                  'Expectations not reached, not rated',
                  ['Expectation', 'Owner', 'Due', 'Rule', 'Plan clause'],
                  aar.notReached.map((x) => [
                    x.description,
                    x.owner ? roleName(x.owner) : '—',
                    x.due ?? 'clock not started',
                    x.rule,
                    clauseLink(refs, x.clause),
                  ]),
                ),
            ),
            aar.openAtEnd.length > 0 &&
              section(
                'db-open-at-end-h',
                'Open at the end',
                h('p', {}, openAtEndIntro(aar)),
                table(
                  'Expectations open at the end, not rated',
                  ['Expectation', 'Owner', 'Rule', 'Plan clause'],
                  aar.openAtEnd.map((x) => [
                    x.description,
                    x.owner ? roleName(x.owner) : '—',
                    x.rule,
                    clauseLink(refs, x.clause),
                  ]),
                ),
              ),
            aar.outOfScope.length > 0 &&
              section(
                'db-out-of-scope-h',
                "Outside the exercise's scope",
                h('p', {}, outOfScopeIntro(aar)),
                table(
                  'Expectations outside the scope, not rated',
                  ['Expectation', 'Owner', 'Rule', 'Plan clause'],
                  aar.outOfScope.map((x) => [
                    x.description,
                    x.owner ? roleName(x.owner) : '—',
                    x.rule,
                    clauseLink(refs, x.clause),
                  ]),
                ),
              ),
            section(
              'db-improvement-h',
              'Improvement plan',
              improvementEditor(
                store,
                improvementsOf(aar, session.improvements),
                plan.roles.map((r) => ({ id: r.id, name: r.name })),
              ),
            ),
            section(
              'db-timeline-h',
              'Timeline',
              table(
                'Injects, decisions and notes',
                ['Time', 'Event', 'Detail', 'Who'],
                aar.timeline.map((t) => [t.time, t.kind, t.text, t.who ? roleName(t.who) : '']),
              ),
            ),
            section(
              'db-participants-h',
              'Participants',
              table(
                'Roles taking part',
                ['Role', 'Decisions taken'],
                aar.participants.map((p) => [p.name, String(p.decisions)]),
              ),
            ),
          );
        };
        this.stop = store.subscribe((snap) => {
          if (snap.session.log.length === shown) return;
          shown = snap.session.log.length;
          render();
        });
      }
    },
  );
}
