/**
 * The report's discussion parts: every module's questions with the answers recorded, and the
 * facilitator's observations printed beside an objective's computed rating (never changing it).
 */
import type { AfterActionReport } from '../../engine/aar.ts';
import { observationWords } from '../../engine/aar-view.ts';
import { h } from './dom.ts';

/** The observations on objective `id`, or nothing when there are none. */
export function observationsOf(aar: AfterActionReport, id: string, name: (id: string) => string): HTMLElement | false {
  const obs = aar.discussion.observations[id] ?? [];
  if (!obs.length) return false;
  return h(
    'div',
    { class: 'db-observations' },
    h('h4', {}, 'Facilitator observations'),
    h('p', { class: 'db-meta' }, 'Recorded during the exercise; they do not change the rating.'),
    h(
      'ul',
      {},
      obs.map((o) => h('li', {}, observationWords(o, name))),
    ),
  );
}

/** The "Discussion questions" section, or nothing when the scenario asks none. */
export function discussionSection(aar: AfterActionReport, name: (id: string) => string): HTMLElement | false {
  const modules = aar.discussion.modules;
  if (!modules.length) return false;
  return h(
    'section',
    { 'aria-labelledby': 'db-discussion-h' },
    h('h2', { id: 'db-discussion-h' }, 'Discussion questions'),
    modules.map((m) =>
      h(
        'section',
        { 'aria-label': m.title },
        h('h3', {}, m.title, m.startsAt ? ` (from ${m.startsAt})` : ''),
        h(
          'ol',
          {},
          m.questions.map((q) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'db-question' },
                q.text,
                q.roles.length ? h('span', { class: 'db-meta' }, ` (${q.roles.map(name).join(', ')})`) : '',
              ),
              q.answers.length
                ? h(
                    'ul',
                    {},
                    q.answers.map((a) =>
                      h(
                        'li',
                        {},
                        `${a.time}${a.by ? ` ${name(a.by)}` : ''}: ${a.text}${a.rationale ? ` (why: ${a.rationale})` : ''}`,
                      ),
                    ),
                  )
                : h('p', { class: 'db-empty' }, 'No answer recorded.'),
            ),
          ),
        ),
      ),
    ),
  );
}
