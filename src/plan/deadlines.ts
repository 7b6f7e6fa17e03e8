/**
 * A notification stage's deadline from the times its clocks started: the one rule the exercise engine
 * and the handbook's deadline calculator share. Pure and browser-safe.
 */
import type { SeverityDue, Stage } from './model.ts';
import { clockWords } from './clock-times.ts';
import { levelTimesWords, type LevelTime } from './level-times.ts';
import { ACTIVITY_START_PREFIX, ANCHOR_EVENTS, anchorWords, type AnchorEvent, type DueStart } from './anchor-events.ts';

export type { DueStart };
import { addDuration, durationToMs, formatDuration, type BusinessCalendar, type DayKind } from './time.ts';

/** A plan-defined event a due time may count from. */
export interface PlanEvent {
  id: string;
  name: string;
}

/**
 * Resolves a due time's `after` / `before` text written in playbook `playbookId`. An activity is named
 * by its key (`playbook/activity`); an unknown name resolves to what it says (rule `due-start` reports it).
 */
export function resolveDueStart(
  text: string,
  before: boolean,
  playbookId: string,
  events: readonly PlanEvent[],
  activityTitle: (key: string) => string | undefined,
): DueStart {
  if (text.startsWith(ACTIVITY_START_PREFIX)) {
    const rest = text.slice(ACTIVITY_START_PREFIX.length);
    const id = rest.includes('/') ? rest : `${playbookId}/${rest}`;
    const title = activityTitle(id);
    return { kind: 'activity', id, label: title ? `“${title}”` : id, before };
  }
  if ((ANCHOR_EVENTS as readonly string[]).includes(text))
    return { kind: 'anchor', id: text as AnchorEvent, label: anchorWords(text as AnchorEvent) };
  const event = events.find((e) => e.id === text);
  return { kind: 'event', id: text, label: event?.name ?? text.replace(/-/g, ' ') };
}

/**
 * A time limit counted from a moment, as every page, console and report words it: "within 15 min of
 * declaration", "within 72 h of awareness".
 */
export function withinWords(time: string, start: string): string {
  return `within ${time} of ${start}`;
}

/**
 * A notification stage's deadline in words, from what starts its clock, with any outer limit:
 * "within 4 h of classification, no later than 24 h after awareness". The outer limit is elapsed
 * (calendar) time, as `stageDue` counts it. The engine's rules and the printed plan word stages so.
 */
export function stageWords(stage: Pick<Stage, 'deadline' | 'days' | 'from' | 'noLaterThan'>): string {
  // "3 business days" says its kind; "72 h" counted on business days needs saying.
  const span = formatDuration(stage.deadline, stage.days);
  const own = withinWords(
    `${span}${stage.days === 'business' && !span.includes('business') ? ' (business days)' : ''}`,
    stage.from.label,
  );
  return stage.noLaterThan
    ? `${own}, no later than ${formatDuration(stage.noLaterThan.deadline, 'calendar')} after ${stage.noLaterThan.from.label}`
    : own;
}

/** The per-severity due times of `bySeverity`, with each severity's label and rank, most severe first. */
export function resolveSeverityDue(
  bySeverity: Readonly<Record<string, string>> | undefined,
  severities: readonly { id: string; label: string; rank: number }[],
): SeverityDue[] | undefined {
  if (!bySeverity) return undefined;
  return Object.entries(bySeverity)
    .map(([severity, within]) => {
      const s = severities.find((x) => x.id === severity);
      return { severity, within, label: s?.label ?? severity, rank: s?.rank ?? Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.rank - b.rank);
}

/** The time allowed given the severities declared so far: that of the most severe declared one with an entry, else `within`. */
export function withinAt(
  due: { within: string; severities?: readonly SeverityDue[] | undefined },
  declared: readonly { severity: string }[],
): string {
  return due.severities?.find((e) => declared.some((d) => d.severity === e.severity))?.within ?? due.within;
}

/**
 * A due time in words: "within 15 min of declaration", "within 5 business days of declaration", "24 h
 * before “Hold the meeting”", and for no time at all (`PT0M`) "immediately on declaration".
 */
export function dueWords(due: {
  within: string;
  days: DayKind;
  start: DueStart;
  severities?: readonly SeverityDue[] | undefined;
  levels?: readonly LevelTime[] | undefined;
}): string {
  // Per-level times first, most severe first: "within 1 h of declaration at P1 Critical; 4 h at P2 High; otherwise 1 business day".
  if (due.levels?.length)
    return levelTimesWords(due.levels, due.days, (t) => dueWordsAt({ ...due, within: t }), due.within);
  const base = dueWordsAt(due);
  // Per-severity times after the general one: "within 4 h of detection; 15 min at SEV-1 Critical".
  const at = (due.severities ?? []).map(
    (e) => `${durationToMs(e.within) === 0 ? 'immediately' : formatDuration(e.within, due.days)} at ${e.label}`,
  );
  return at.length ? `${base}; ${at.join(', ')}` : base;
}

function dueWordsAt(due: { within: string; days: DayKind; start: DueStart }): string {
  if (durationToMs(due.within) === 0)
    return due.start.kind === 'activity'
      ? `immediately ${due.start.before ? 'before' : 'after'} ${due.start.label}`
      : `immediately on ${due.start.label}`;
  const time = formatDuration(due.within, due.days);
  if (due.start.kind === 'activity' && due.start.before) return `${time} before ${due.start.label}`;
  return due.start.kind === 'activity' ? `within ${time} after ${due.start.label}` : withinWords(time, due.start.label);
}

/** A recurrence in words: "every 20 min for the first 2 h, then every 1 h", "at 07:30 and 19:30 on Monday to Friday". */
export function repeatWords(
  steps: readonly {
    every?: string | undefined;
    at?: readonly string[] | undefined;
    on?: readonly number[] | undefined;
    for?: string | undefined;
    levels?: readonly LevelTime[] | undefined;
  }[],
): string {
  return steps
    .map(
      (s, i) =>
        `${s.every ? everyWords(s.every, s.levels, steps.length > 1 || s.for !== undefined) : clockWords(s.at ?? [], s.on)}${s.for ? ` for ${i === 0 ? 'the first ' : ''}${formatDuration(s.for)}` : ''}`,
    )
    .join(', then ');
}

/**
 * An interval in words, per level when it varies: "every 30 min at P1 Critical; otherwise 1 h", in
 * parentheses when it is one step of several or lasts a while, so the semicolons read as its own.
 */
function everyWords(every: string, levels: readonly LevelTime[] | undefined, enclose: boolean): string {
  if (!levels?.length) return `every ${formatDuration(every)}`;
  const words = levelTimesWords(levels, 'calendar', (t) => `every ${formatDuration(t)}`, every);
  return enclose ? `(${words})` : words;
}

/**
 * The instant a stage is due: `deadline` after `startAt` (in calendar or business days of `calendar`),
 * and at the latest its `noLaterThan` limit, counted in calendar time from `outerAt` — so DORA's initial
 * notification is due 24 h after awareness even while classification has not happened. Undefined
 * while neither clock has started.
 */
export function stageDue(
  stage: Pick<Stage, 'deadline' | 'days'> & {
    noLaterThan?: Pick<NonNullable<Stage['noLaterThan']>, 'deadline'> | undefined;
  },
  startAt: number | undefined,
  outerAt: number | undefined,
  calendar: BusinessCalendar,
): number | undefined {
  const own = startAt === undefined ? undefined : addDuration(startAt, stage.deadline, stage.days, calendar);
  const limit =
    !stage.noLaterThan || outerAt === undefined
      ? undefined
      : addDuration(outerAt, stage.noLaterThan.deadline, 'calendar', calendar);
  if (own === undefined) return limit;
  return limit === undefined ? own : Math.min(own, limit);
}
