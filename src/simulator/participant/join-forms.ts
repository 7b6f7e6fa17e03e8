/**
 * The forms of a participant's page, each made from a projected item and calling `send` with a
 * submission: a vote or proposal on a decision (with the room's tally so far), an answer to a
 * discussion question, a note. Also how a sent item is described and how far it got, in words.
 * Every text from the projection is set as text.
 */
import type { ParticipantProjection, ProjectedDecision, ProjectedQuestion } from '../../engine/projection.ts';
import { LIMITS, type SubmissionBody } from '../../relay/protocol.ts';
import { h } from '../views/dom.ts';
import type { SentItem } from './join-controller.ts';

/** Sends a submission; `warn` shows a sentence when there is nothing to send. */
export interface FormActions {
  send(body: SubmissionBody): void;
  warn(text: string): void;
}

/** What a sent item was, in words, named from the projection when it still lists it. */
export function describeSent(body: SubmissionBody, p: ParticipantProjection | undefined): string {
  const decision = (id: string) => p?.decisions.find((d) => d.id === id);
  const option = (d: string, o: string) => decision(d)?.options.find((x) => x.id === o)?.label ?? 'an option';
  switch (body.kind) {
    case 'vote':
      return `Vote on "${decision(body.decision)?.prompt ?? 'a decision'}": ${option(body.decision, body.option)}`;
    case 'proposal':
      return `Proposal on "${decision(body.decision)?.prompt ?? 'a decision'}": ${option(body.decision, body.option)}`;
    case 'answer':
      return `Answer to "${p?.questions.find((q) => q.id === body.question)?.text ?? 'a discussion question'}": ${body.text}`;
    case 'note':
      return `Note: ${body.text}`;
  }
}

/** How far a sent item got, in words. */
export function sentState(item: SentItem): string {
  switch (item.state) {
    case 'waiting':
      return 'waiting to be sent';
    case 'queued':
      return `queued, sent again by itself: ${item.reason}`;
    case 'delivered':
      return 'delivered to the relay';
    case 'seen':
      return 'seen by the facilitator';
    case 'refused':
      return `not accepted: ${item.reason}`;
  }
}

/** The votes so far on a decision, as the facilitator's console tallied them ("Isolate 3 · Wait 1"); undefined before any. */
export function tallyLine(d: ProjectedDecision, tallies: ParticipantProjection['tallies']): string | undefined {
  const votes = tallies[d.id];
  if (!votes || !Object.values(votes).some((n) => n > 0)) return undefined;
  return `${d.prompt}: ${d.options.map((o) => `${o.label} ${votes[o.id] ?? 0}`).join(' · ')}`;
}

/** Vote on or propose an option of a decision. */
export function decisionForm(d: ProjectedDecision, act: FormActions): HTMLFormElement {
  const group = `db-join-d-${d.id}`;
  const rationale = h('textarea', { id: `${group}-why`, maxlength: LIMITS.text, rows: 2 });
  const form = h(
    'form',
    { class: 'db-panel db-join-decision', 'aria-labelledby': `${group}-h` },
    h('h3', { id: `${group}-h` }, d.prompt),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Options'),
      d.options.map((o, i) =>
        h(
          'label',
          { class: 'db-join-option' },
          h('input', { type: 'radio', name: group, value: o.id, required: true, checked: i === 0 }),
          ` ${o.label}`,
        ),
      ),
    ),
    h('label', { for: `${group}-why` }, 'Why (for a proposal)'),
    rationale,
    h('button', { type: 'submit', name: 'vote', class: 'db-button' }, 'Vote'),
    ' ',
    h('button', { type: 'submit', name: 'proposal', class: 'db-button db-primary' }, 'Propose'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const option = (form.querySelector(`input[name="${group}"]:checked`) as HTMLInputElement | null)?.value;
    if (!option) return;
    const kind = ((e as SubmitEvent).submitter as HTMLButtonElement | null)?.name === 'vote' ? 'vote' : 'proposal';
    const why = rationale.value.trim();
    act.send(
      kind === 'vote'
        ? { kind, decision: d.id, option }
        : { kind, decision: d.id, option, ...(why ? { rationale: why } : {}) },
    );
    rationale.value = '';
  });
  return form;
}

/** Answer a discussion question, with an optional why. */
export function questionForm(q: ProjectedQuestion, act: FormActions): HTMLFormElement {
  const id = `db-join-q-${q.id}`;
  const text = h('textarea', { id: `${id}-text`, maxlength: LIMITS.text, rows: 2, required: true });
  const why = h('textarea', { id: `${id}-why`, maxlength: LIMITS.text, rows: 1 });
  const form = h(
    'form',
    { class: 'db-panel db-join-question', 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h` }, q.text),
    h('label', { for: `${id}-text` }, 'Your answer'),
    text,
    h('label', { for: `${id}-why` }, 'Why (optional)'),
    why,
    h('button', { type: 'submit', class: 'db-button db-primary' }, 'Send answer'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) return act.warn('The answer is empty.');
    act.send({
      kind: 'answer',
      question: q.id,
      text: text.value.trim(),
      ...(why.value.trim() ? { rationale: why.value.trim() } : {}),
    });
    text.value = '';
    why.value = '';
  });
  return form;
}

/** A free note to the facilitator. */
export function noteForm(act: FormActions): HTMLFormElement {
  const text = h('textarea', { id: 'db-join-note', maxlength: LIMITS.text, rows: 3 });
  const form = h(
    'form',
    { class: 'db-panel db-join-note' },
    h('label', { for: 'db-join-note' }, 'A note or answer for the facilitator'),
    text,
    h('button', { type: 'submit', class: 'db-button' }, 'Send'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) return act.warn('The note is empty.');
    act.send({ kind: 'note', text: text.value.trim() });
    text.value = '';
  });
  return form;
}
