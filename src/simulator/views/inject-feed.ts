/**
 * The delivered injects, newest first, as articles: time, channel, sender, recipients, subject
 * and the body rendered as safe Markdown. The console adds each inject's expected action and
 * facilitator notes — revealed only with their inject, open on the latest and folded on older ones;
 * the projector never passes `facilitator`, so they are not in its DOM.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { deliveredInjects } from '../../engine/selectors.ts';
import type { ExerciseState } from '../../engine/state.ts';
import { h, markdown } from './dom.ts';

/** Options of `renderInjectFeed`. */
export interface FeedOptions {
  /** Role id → display name. */
  roleName: (id: string) => string;
  /** Whether to show the expected action and facilitator notes. Default false. */
  facilitator?: boolean;
  /** Heading level of each inject's subject. Default 3. */
  level?: 2 | 3;
}

/** The feed as a list of articles. */
export function renderInjectFeed(
  state: ExerciseState,
  { roleName, facilitator = false, level = 3 }: FeedOptions,
): HTMLElement {
  const injects = deliveredInjects(state).reverse();
  if (!injects.length) return h('p', { class: 'db-empty' }, 'No inject has been delivered yet.');
  return h(
    'ol',
    { class: 'db-feed', reversed: true },
    injects.map((d, i) => {
      const c = d.content;
      const scripted = 'notes' in c || 'expectedAction' in c ? (c as { notes?: string; expectedAction?: string }) : {};
      return h(
        'li',
        {},
        h(
          'article',
          {
            class: i === 0 ? 'db-inject db-latest' : 'db-inject',
            'aria-label': `${i === 0 ? 'Latest: ' : ''}${formatClock(d.at)} ${c.subject}`,
          },
          h(
            'p',
            { class: 'db-inject-meta' },
            i === 0 && h('span', { class: 'db-latest-tag' }, 'Latest · '),
            h('span', { class: 'db-time' }, formatClock(d.at)),
            ` · ${c.channel} · from ${c.from} · to ${c.to.map(roleName).join(', ')}`,
            d.by === 'ad-hoc' ? ' · ad hoc' : '',
          ),
          h(`h${level}`, {}, c.subject),
          markdown(c.body),
          facilitator &&
            scripted.expectedAction &&
            h('p', { class: 'db-facilitator' }, h('strong', {}, 'Expected action: '), scripted.expectedAction),
          facilitator &&
            scripted.notes &&
            h(
              'details',
              { class: 'db-facilitator', open: i === 0 },
              h('summary', {}, 'Facilitator notes'),
              markdown(scripted.notes),
            ),
        ),
      );
    }),
  );
}
