/**
 * The console's "Discussion questions" pane: the current module's questions, each with the
 * answers recorded so far and a form (answer, rationale, who answered) that records
 * `question/answer` (an answer to a question that covers plan work can be marked insufficient,
 * `answer/insufficient`, which withdraws its credit); below them, an observation form (objective, strength or area for
 * improvement, text) that records `observation/add`. When the next module jumps the clock it says so.
 *
 *   pane = questionsPane(store, names)   pane.element in the console   pane.update(snap) on every change
 *
 * The forms are rebuilt only when the module changes, so typing is never interrupted.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { scenarioQuestions, type ScenarioQuestion } from '../../plan/scenario-modules.ts';
import { currentModule, nextModuleJump } from '../../engine/discussion.ts';
import type { ExerciseStore, StoreSnapshot } from '../store.ts';
import { fill, h } from './dom.ts';

/** The pane and how to bring it up to date. */
export interface QuestionsPane {
  element: HTMLElement;
  update(snap: StoreSnapshot): void;
}

/** The discussion-questions pane of the console; `name` turns a role or team id into its name. */
export function questionsPane(store: ExerciseStore, name: (id: string) => string): QuestionsPane {
  const scenario = store.get().session.scenario;
  const questions = scenarioQuestions(scenario);
  const heading = h('p', { class: 'db-module-title' });
  const jump = h('p', { class: 'db-hint' });
  const list = h('ol', { class: 'db-question-list' });
  const answers = new Map<string, HTMLElement>();
  let shown: string | undefined | null = null;

  const questionItem = (q: ScenarioQuestion) => {
    const id = `db-q-${q.id}`;
    const text = h('textarea', { id: `${id}-text`, rows: 2, required: true });
    const rationale = h('input', { id: `${id}-why` });
    const by = h('input', { id: `${id}-by`, list: 'db-q-people' });
    const recorded = h('ul', { class: 'db-answers', 'aria-label': 'Answers recorded' });
    answers.set(q.id, recorded);
    const form = h(
      'form',
      {
        'aria-labelledby': `${id}-q`,
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (!text.value.trim()) return void text.focus();
          const before = store.get().state.answers.length;
          store.answer({
            question: q.id,
            text: text.value.trim(),
            ...(rationale.value.trim() ? { rationale: rationale.value.trim() } : {}),
            ...(by.value.trim() ? { by: by.value.trim() } : {}),
          });
          if (store.get().state.answers.length > before) form.reset();
        },
      },
      h('p', {}, h('label', { for: `${id}-text` }, 'Answer (notes)'), text),
      h('p', {}, h('label', { for: `${id}-why` }, 'Rationale'), rationale),
      h('p', {}, h('label', { for: `${id}-by` }, 'Answered by'), by),
      h('button', { type: 'submit', class: 'db-button' }, 'Record answer'),
    );
    return h(
      'li',
      {},
      h(
        'p',
        { id: `${id}-q`, class: 'db-question' },
        q.text,
        q.roles.length ? h('span', { class: 'db-meta' }, ` (${q.roles.map(name).join(', ')})`) : '',
      ),
      recorded,
      h('details', {}, h('summary', {}, 'Record an answer'), form),
    );
  };

  const kind = h(
    'select',
    { id: 'db-obs-kind' },
    h('option', { value: 'strength' }, 'Strength'),
    h('option', { value: 'improvement' }, 'Area for improvement'),
  );
  const objective = h(
    'select',
    { id: 'db-obs-objective' },
    scenario.objectives.map((o) => h('option', { value: o.id }, o.title)),
  );
  const obsText = h('textarea', { id: 'db-obs-text', rows: 2, required: true });
  const observation = h(
    'form',
    {
      class: 'db-observation',
      'aria-label': 'Record an observation',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!obsText.value.trim()) return void obsText.focus();
        const before = store.get().state.observations.length;
        store.observe({
          objective: objective.value,
          kind: kind.value as 'strength' | 'improvement',
          text: obsText.value.trim(),
          by: 'facilitator',
        });
        if (store.get().state.observations.length > before) obsText.value = '';
      },
    },
    h('p', {}, h('label', { for: 'db-obs-objective' }, 'Objective'), objective),
    h('p', {}, h('label', { for: 'db-obs-kind' }, 'Kind'), kind),
    h('p', {}, h('label', { for: 'db-obs-text' }, 'Observation'), obsText),
    h('button', { type: 'submit', class: 'db-button' }, 'Add observation'),
  );
  const people = h(
    'datalist',
    { id: 'db-q-people' },
    scenario.roles.map((r) => h('option', { value: r }, name(r))),
  );

  const element = h(
    'div',
    {},
    heading,
    jump,
    list,
    people,
    h('h3', {}, 'Facilitator observation'),
    h(
      'p',
      { class: 'db-meta' },
      'Goes into the after-action report beside the rating of its objective; it does not change the rating.',
    ),
    observation,
  );

  return {
    element,
    update({ state }) {
      const module = currentModule(state);
      if ((module?.id ?? undefined) !== shown) {
        shown = module?.id;
        answers.clear();
        heading.textContent = module
          ? module.title
          : state.status === 'ready'
            ? 'The questions of the first module appear when the exercise starts.'
            : 'The scenario has no modules.';
        const own = questions.filter((q) => q.module === module?.id);
        fill(
          list,
          own.length
            ? own.map(questionItem)
            : module
              ? h('li', { class: 'db-empty' }, 'This module has no discussion questions.')
              : '',
        );
      }
      for (const [id, ul] of answers) {
        const given = state.answers.filter((a) => a.question === id);
        // An answer to a question that covers plan work counts as that work until the facilitator judges it insufficient.
        const covers = questions.find((q) => q.id === id)?.covers.length;
        fill(
          ul,
          given.map((a) =>
            h(
              'li',
              {},
              h('span', { class: 'db-time' }, formatClock(a.at)),
              ` ${a.by ? `${name(a.by)}: ` : ''}${a.text}${a.rationale ? ` (${a.rationale})` : ''}`,
              a.insufficient
                ? h('span', { class: 'db-meta' }, ' — judged insufficient, no credit')
                : covers
                  ? h(
                      'button',
                      { type: 'button', class: 'db-button', onclick: () => store.insufficient({ answer: a.seq }) },
                      'Mark insufficient',
                    )
                  : '',
            ),
          ),
        );
      }
      const next = nextModuleJump(state);
      jump.textContent = next
        ? `Next: ${next.module.title} at ${formatClock(next.at)}. Jump moves the clock there; every plan deadline on the way is counted.`
        : '';
      jump.hidden = !next;
    },
  };
}
