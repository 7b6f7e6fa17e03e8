/**
 * The evaluator's controls on one expectation, for the console's expectations view and the report:
 * confirm or change its outcome with a reason (`review/outcome`), and, for plan work not done yet,
 * mark it done by a role without a scripted option (`activity/done`). Behind a disclosure, so the
 * table stays readable; every text goes in as text.
 */
import type { Expectation } from '../../engine/expectation-base.ts';
import { STATUS_LABEL } from '../../engine/status-words.ts';
import { REVIEW_OUTCOMES } from '../../engine/review.ts';
import type { ExerciseStore } from '../store.ts';
import { h } from './dom.ts';

/** Ids that stay unique per expectation inside one page. */
const slug = (id: string) => id.replace(/[^a-z0-9-]/gi, '-');

/** The disclosure with the review form (and the mark-done form for an activity or stage not done). */
export function reviewControls(
  store: ExerciseStore,
  e: Expectation,
  roles: string[],
  roleName: (id: string) => string,
  ended: boolean,
): HTMLElement {
  const id = `db-review-${slug(e.id)}`;
  const outcome = h(
    'select',
    { id: `${id}-outcome`, name: 'outcome' },
    REVIEW_OUTCOMES.map((o) =>
      h('option', { value: o, selected: o === (e.review?.outcome ?? e.status) }, STATUS_LABEL[o]),
    ),
  );
  const reason = h('input', {
    id: `${id}-reason`,
    name: 'reason',
    type: 'text',
    required: true,
    value: e.review?.reason ?? '',
  });
  const review = h(
    'form',
    {
      class: 'db-review',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        if (!reason.value.trim()) return void reason.focus();
        store.review({
          expectation: e.id,
          outcome: outcome.value as (typeof REVIEW_OUTCOMES)[number],
          reason: reason.value.trim(),
        });
      },
    },
    h('label', { for: `${id}-outcome` }, 'Outcome '),
    outcome,
    h('label', { for: `${id}-reason` }, ' Reason '),
    reason,
    h('button', { type: 'submit', class: 'db-button' }, e.review ? 'Change' : 'Confirm or change'),
  );
  // A stage is filed through its step, the activity that submits it.
  const target = (
    e.kind === 'activity' ? e.id : e.kind === 'stage' ? e.refs.find((r) => r.startsWith('activity:')) : undefined
  )?.slice('activity:'.length);
  const canMark = !ended && target && !e.evidence;
  const by = h(
    'select',
    { id: `${id}-by`, name: 'by' },
    [...new Set([...(e.owners ?? []).filter((r) => roles.includes(r)), ...roles])].map((r) =>
      h('option', { value: r }, roleName(r)),
    ),
  );
  const mark =
    canMark &&
    h(
      'form',
      {
        class: 'db-mark-done',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          store.markDone({ activity: target, by: by.value });
        },
      },
      h('label', { for: `${id}-by` }, 'Done by '),
      by,
      h('button', { type: 'submit', class: 'db-button' }, 'Mark done now'),
    );
  return h(
    'details',
    { class: 'db-review-controls' },
    h('summary', {}, e.review ? `Evaluator: ${STATUS_LABEL[e.review.outcome]}` : 'Review'),
    review,
    mark,
  );
}
