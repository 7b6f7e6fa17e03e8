/**
 * What participants on their own devices may see of an exercise: the participant-safe projection the
 * facilitator's console publishes into a relay room. Built by listing what goes in, never by taking
 * the state and removing what must not: facilitator notes, inject facts (`reveals`), option actions,
 * expectations, objectives and scores are simply never read here. Pure and deterministic.
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { ExerciseState, ExerciseStatus } from './state.ts';
import { deliveredInjects, openDecisions } from './selectors.ts';
import { currentModule } from './discussion.ts';
import { scenarioQuestions } from '../plan/scenario-modules.ts';

/** A delivered inject as participants see it: addressees, channel, sender, subject and Markdown body. */
export interface ProjectedInject {
  id: string;
  at: ScenarioTime;
  /** Role or team ids addressed. */
  to: string[];
  channel: string;
  from: string;
  subject: string;
  /** Markdown, rendered by the browser's safe renderer. */
  body: string;
}

/** An open decision: the prompt, its owner and the options by label (not what they do in the plan). */
export interface ProjectedDecision {
  id: string;
  prompt: string;
  owner: string;
  options: { id: string; label: string }[];
  freeText: boolean;
}

/** A discussion question of the module now running: its text and who is asked (empty: everyone). */
export interface ProjectedQuestion {
  id: string;
  text: string;
  roles: string[];
}

/** The whole projection: plain JSON, one top-level key per part so a change rewrites only its part. */
export interface ParticipantProjection {
  title: string;
  status: ExerciseStatus;
  /** Scenario time when published. */
  now: ScenarioTime;
  /** Roles (and teams) a participant may join as, with names. */
  roles: { id: string; name: string }[];
  injects: ProjectedInject[];
  decisions: ProjectedDecision[];
  /** The module now running, by title, and its discussion questions (never the answers). */
  module: { id: string; title: string } | null;
  questions: ProjectedQuestion[];
  /** Option id → votes, per decision, as the facilitator tallied them. */
  tallies: Record<string, Record<string, number>>;
}

/** The projection of `state`; `names` gives a role's name for the join form. */
export function projectForParticipants(
  state: ExerciseState,
  names: (roleId: string) => string,
  tallies: Record<string, Record<string, number>> = {},
): ParticipantProjection {
  const module = currentModule(state);
  return {
    title: state.scenario.title,
    status: state.status,
    now: state.now,
    roles: joinable(state).map((id) => ({ id, name: names(id) })),
    injects: deliveredInjects(state).map(({ inject, at, content }) => ({
      id: inject,
      at,
      to: [...content.to],
      channel: content.channel,
      from: content.from,
      subject: content.subject,
      body: content.body,
    })),
    decisions: openDecisions(state).map(({ decision }) => ({
      id: decision.id,
      prompt: decision.prompt,
      owner: decision.owner,
      options: decision.options.map((o) => ({ id: o.id, label: o.label })),
      freeText: decision.freeText,
    })),
    module: module ? { id: module.id, title: module.title } : null,
    questions: scenarioQuestions(state.scenario)
      .filter((q) => q.module === module?.id)
      .map((q) => ({ id: q.id, text: q.text, roles: [...q.roles] })),
    tallies,
  };
}

/** The scenario's roles, then the teams it addresses, owns decisions by or asks questions of: who a participant can join as. */
function joinable(state: ExerciseState): string[] {
  const s = state.scenario;
  const named = [
    ...s.injects.flatMap((i) => [...i.to, ...i.decisions.map((d) => d.owner)]),
    ...s.modules.flatMap((m) => m.questions.flatMap((q) => q.roles)),
  ];
  return [...new Set([...s.roles, ...named])];
}

/** Whether an inject addressed to `to` is for a participant who is any of `ids` (the role or team they joined as). */
export const isAddressedTo = (to: readonly string[], ids: readonly string[]): boolean =>
  to.some((t) => ids.includes(t));
