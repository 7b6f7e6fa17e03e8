/**
 * Notification deadlines: from the anchor times a responder enters (awareness, classification,
 * materiality determination...) to each stage's absolute deadline. Pure and browser-safe: the
 * deadline calculator island bundles this module and `plan/time.ts`, and never re-implements them.
 */
import type { AnchorEvent, Obligation, Stage } from '../plan/model.ts';
import { stageDue } from '../plan/deadlines.ts';
import { anchorWords } from '../plan/anchor-events.ts';
import { formatDuration } from '../plan/time.ts';
import { unconditional } from '../engine/applies-when.ts';

/** The parts of a stage the calculator computes with. */
export type CalculatorStage = Pick<Stage, 'key' | 'name' | 'deadline' | 'days' | 'from' | 'noLaterThan'>;

/**
 * The parts of an obligation the calculator needs (what the island receives as JSON): its clock, the
 * words of a row's short name (regime and recipient), and its condition when it has one, so that
 * during an incident what applies comes first.
 */
export type CalculatorObligation = Pick<Obligation, 'id' | 'citation' | 'status' | 'calendar'> & {
  stages: CalculatorStage[];
  /** The regime, as a row's short name begins: "NIS2". */
  regime?: string;
  /** The recipient's short name, as a row's short name ends: "NCSC-NL". */
  recipient?: string;
  /** The obligation's `appliesWhen`, only when it sets a condition. */
  appliesWhen?: Obligation['appliesWhen'];
};

/**
 * A party's name cut to what fits a row: its abbreviation when the name ends with one in brackets
 * ("Nationaal Cyber Security Centrum (NCSC-NL)" → "NCSC-NL"), else the name before any bracket
 * ("Autoriteit Persoonsgegevens (Dutch Data Protection Authority)" → "Autoriteit Persoonsgegevens").
 */
export function shortPartyName(name: string): string {
  const bracket = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  if (!bracket) return name;
  const [, before, inside] = bracket;
  return /^[A-Z0-9][A-Za-z0-9.&-]{1,14}$/.test(inside!) && /[A-Z].*[A-Z]/.test(inside!) ? inside! : before!;
}

/** An obligation cut down to its clock, so the page's JSON carries no text the page already shows. */
export function toCalculatorObligation(o: Obligation, recipientName?: string): CalculatorObligation {
  const stages = o.stages.map(({ key, name, deadline, days, from, noLaterThan }) => ({
    key,
    name,
    deadline,
    days,
    from,
    ...(noLaterThan ? { noLaterThan } : {}),
  }));
  const conditional = !unconditional(o.appliesWhen);
  return {
    id: o.id,
    citation: o.citation,
    status: o.status,
    calendar: o.calendar,
    stages,
    regime: o.regime,
    ...(recipientName ? { recipient: shortPartyName(recipientName) } : {}),
    ...(conditional ? { appliesWhen: o.appliesWhen } : {}),
  };
}

/**
 * A row's short name: "NIS2: Early warning → NCSC-NL". The stage's name is kept as the plan writes it
 * (a stage may begin with a proper name: "Visa incident report", "Form 8-K filing").
 */
export function shortStageName(
  o: Pick<CalculatorObligation, 'regime' | 'recipient' | 'citation'>,
  stageName: string,
): string {
  return `${o.regime ?? o.citation}: ${stageName}${o.recipient ? ` → ${o.recipient}` : ''}`;
}

/** Known times: anchor events and stage submissions (`obligation/stage` keys), ms since the epoch. */
export interface DeadlineInputs {
  anchors: Partial<Record<AnchorEvent, number>>;
  /** Times stages were actually submitted; a chained stage counts from its predecessor's submission. */
  submitted?: Record<string, number>;
}

/** One stage's computed deadline. */
export interface StageDeadline {
  /** `obligation/stage`. */
  key: string;
  name: string;
  /** What starts the clock, in words (the stage's `from.label`). */
  startsAt: string;
  /** Absolute deadline (ms), or `undefined` while a needed time is missing. */
  due?: number;
  /** Anchor events that must be entered before the deadline is known. */
  missing: AnchorEvent[];
  /** True when the deadline counts from a predecessor's deadline because its submission time is unknown. */
  assumed: boolean;
  /** Milliseconds left at `now` (negative when overdue). */
  remaining?: number;
}

/** Anchor events used by the stages of `obligations`, in first-use order. */
export function anchorsUsed(obligations: readonly CalculatorObligation[]): AnchorEvent[] {
  const out = new Set<AnchorEvent>();
  for (const o of obligations)
    for (const s of o.stages) {
      // A plan event (plan.yaml events) is asked for like an anchor event, worded from its id (see README: incident mode).
      if ('event' in s.from) out.add(s.from.event as AnchorEvent);
      if (s.noLaterThan && 'event' in s.noLaterThan.from) out.add(s.noLaterThan.from.event as AnchorEvent);
    }
  return [...out];
}

/** Computes every stage deadline of one obligation at `now`, in the obligation's business calendar. */
export function stageDeadlines(obligation: CalculatorObligation, inputs: DeadlineInputs, now: number): StageDeadline[] {
  const done = new Map<string, StageDeadline>();
  const start = (from: CalculatorStage['from']) => {
    if ('event' in from) {
      const event = from.event as AnchorEvent;
      const t = inputs.anchors[event];
      return { at: t, missing: t === undefined ? [event] : [], assumed: false };
    }
    const key = `${obligation.id}/${from.stage}`;
    const prev = done.get(key);
    const sent = inputs.submitted?.[key];
    const at = sent ?? prev?.due;
    return { at, missing: prev?.missing ?? [], assumed: sent === undefined };
  };
  return obligation.stages.map((s) => {
    const from = start(s.from);
    const outer = s.noLaterThan ? start(s.noLaterThan.from) : undefined;
    const due = stageDue(s, from.at, outer?.at, obligation.calendar);
    const missing = [...from.missing, ...(outer?.missing ?? []).filter((m) => !from.missing.includes(m))];
    const result: StageDeadline = {
      key: s.key,
      name: s.name,
      startsAt: s.from.label,
      missing,
      assumed: from.assumed && !('event' in s.from),
      ...(due !== undefined ? { due, remaining: due - now } : {}),
    };
    done.set(s.key, result);
    return result;
  });
}

/**
 * A stage's deadline in words, as the obligations page lists it: "4 business days",
 * "4 h, no later than 24 h after awareness". The outer limit is worded in calendar days whatever
 * the stage's own day kind, because that is how `stageDue` counts it (a regulation's "no later
 * than" is elapsed time from the event).
 */
export function deadlineWords(stage: Pick<Stage, 'deadline' | 'days' | 'noLaterThan'>): string {
  const own = formatDuration(stage.deadline, stage.days);
  return stage.noLaterThan
    ? `${own}, no later than ${formatDuration(stage.noLaterThan.deadline, 'calendar')} after ${stage.noLaterThan.from.label}`
    : own;
}

/** An anchor event as the calculator's field names it: `materiality-determination` → "Materiality determination". */
export function anchorLabel(event: AnchorEvent): string {
  return anchorWords(event).replace(/^./, (c) => c.toUpperCase());
}

/** "2 d 4 h left", "3 h 5 min overdue". */
export function formatRemaining(ms: number): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / 86_400_000);
  const h = Math.floor((abs % 86_400_000) / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const parts = d ? [`${d} d`, `${h} h`] : h ? [`${h} h`, `${m} min`] : [`${m} min`];
  return `${parts.join(' ')} ${ms < 0 ? 'overdue' : 'left'}`;
}
