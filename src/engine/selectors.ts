/**
 * Read-only views of an exercise state for the simulator UI: what has been delivered, which
 * decisions are waiting, which contingency injects the facilitator can fire, and when the next
 * scripted inject falls due. Pure functions of the state.
 */
import type { ScenarioTime } from '../plan/scenario-time.ts';
import type { AdHocInject } from './actions.ts';
import type { Condition, Decision, Inject } from '../plan/scenario.ts';
import type { DeliveredInject, ExerciseState } from './state.ts';
import { scenarioQuestions } from '../plan/scenario-modules.ts';

/** Why the last action was refused, or `undefined` if it was accepted (or none was applied yet). */
export function refusal(state: ExerciseState): string | undefined {
  const last = state.errors.at(-1);
  return last && last.seq === state.seq ? last.message : undefined;
}

/** A delivered inject with its content (scripted or ad hoc). */
export interface DeliveredView extends DeliveredInject {
  content: Inject | (AdHocInject & { id: string });
}

/** Delivered injects in delivery order, with their content. */
export function deliveredInjects(state: ExerciseState): DeliveredView[] {
  return state.delivered.map((d) => ({
    ...d,
    content: state.scenario.injects.find((i) => i.id === d.inject) ?? { ...d.adHoc!, id: d.inject },
  }));
}

/** A decision point that is open: its inject was delivered and no option has been chosen. */
export interface OpenDecision {
  decision: Decision;
  /** Inject that opened it. */
  inject: string;
  /** When it opened. */
  openedAt: ScenarioTime;
}

/** Decision points open now, in the order they opened. */
export function openDecisions(state: ExerciseState): OpenDecision[] {
  const out: OpenDecision[] = [];
  for (const d of state.delivered) {
    const inject = state.scenario.injects.find((i) => i.id === d.inject);
    for (const decision of inject?.decisions ?? [])
      if (!(decision.id in state.taken)) out.push({ decision, inject: d.inject, openedAt: d.at });
  }
  return out;
}

/** Contingency injects the facilitator can still fire. */
export function contingencyInjects(state: ExerciseState): Inject[] {
  return state.scenario.injects.filter((i) => i.contingency && !(i.id in state.deliveredAt));
}

/** Scenario time at which the next scripted inject falls due if nothing else happens, or `undefined`. */
export function nextInjectTime(state: ExerciseState): ScenarioTime | undefined {
  return state.due?.at;
}

const decidedIn = (c: Condition | undefined): string[] =>
  !c
    ? []
    : [
        ...(c.decided ? [c.decided.split('/')[0]] : []),
        ...[...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].flatMap(decidedIn),
      ];

/**
 * Why no scripted inject is due (`nextInjectTime` is undefined): `decision` when an undelivered
 * scripted inject's trigger waits for open decisions (listed, in the order they opened), `trigger`
 * when injects are left but wait on something else, `none` when every scripted inject was delivered.
 */
export function injectsWaitingFor(
  state: ExerciseState,
): { kind: 'decision'; decisions: Decision[] } | { kind: 'trigger' } | { kind: 'none' } {
  const left = state.scenario.injects.filter((i) => !i.contingency && !(i.id in state.deliveredAt));
  if (!left.length) return { kind: 'none' };
  const awaited = new Set(left.flatMap((i) => decidedIn(i.when)));
  const decisions = openDecisions(state)
    .map((o) => o.decision)
    .filter((d) => awaited.has(d.id));
  return decisions.length ? { kind: 'decision', decisions } : { kind: 'trigger' };
}

/** One line of the exercise timeline. */
export interface TimelineEntry {
  at: ScenarioTime;
  seq: number;
  kind: 'inject' | 'decision' | 'note' | 'answer' | 'observation';
  /** One-line description. */
  text: string;
  /** Role or person involved (decision taker, note author, inject sender). */
  who?: string;
}

/** Deliveries, decisions and notes in the order they happened; `roleName` words an inject's recipients. */
export function timeline(state: ExerciseState, roleName: (id: string) => string = (id) => id): TimelineEntry[] {
  const rows: TimelineEntry[] = [];
  for (const d of deliveredInjects(state))
    rows.push({
      at: d.at,
      seq: d.seq,
      kind: 'inject',
      text: `Inject "${d.content.subject}" (${d.content.channel}) to ${d.content.to.map(roleName).join(', ')}`,
      who: d.content.from,
    });
  for (const d of state.decisions) {
    const decision = state.scenario.injects.flatMap((i) => i.decisions).find((x) => x.id === d.decision);
    const label = decision?.options.find((o) => o.id === d.option)?.label ?? d.option;
    rows.push({
      at: d.at,
      seq: d.seq,
      kind: 'decision',
      text: `${decision?.prompt ?? d.decision} → ${label}${d.rationale ? ` (${d.rationale})` : ''}`,
      who: d.participant ? `${d.participant} (${roleName(d.by)})` : roleName(d.by),
    });
  }
  for (const n of state.notes)
    rows.push({ at: n.at, seq: n.seq, kind: 'note', text: n.text, ...(n.by ? { who: n.by } : {}) });
  rows.push(...discussionTimeline(state, roleName));
  const order = { inject: 0, decision: 1, note: 2, answer: 3, observation: 4 };
  return rows.sort((a, b) => a.at - b.at || a.seq - b.seq || order[a.kind] - order[b.kind]);
}

/** Answers and observations as timeline lines: the question or objective, then what was said. */
function discussionTimeline(state: ExerciseState, roleName: (id: string) => string): TimelineEntry[] {
  const questions = new Map(scenarioQuestions(state.scenario).map((q) => [q.id, q.text]));
  const objectives = new Map(state.scenario.objectives.map((o) => [o.id, o.title]));
  return [
    ...state.answers.map((a): TimelineEntry => ({
      at: a.at,
      seq: a.seq,
      kind: 'answer',
      text: `${questions.get(a.question) ?? a.question} → ${a.text}${a.rationale ? ` (${a.rationale})` : ''}`,
      ...(a.by ? { who: roleName(a.by) } : {}),
    })),
    ...state.observations.map((o): TimelineEntry => ({
      at: o.at,
      seq: o.seq,
      kind: 'observation',
      text: `${o.kind === 'strength' ? 'Strength' : 'Area for improvement'} (${objectives.get(o.objective) ?? o.objective}): ${o.text}`,
      ...(o.by ? { who: o.by } : {}),
    })),
  ];
}
