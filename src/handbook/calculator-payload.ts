/**
 * The deadline calculator's data as the page embeds it, packed and unpacked. The calculator's code
 * unpacks it when it loads; this file imports no date arithmetic (`handbook/calculator.ts` on Temporal),
 * only the one-line wording of anchor events.
 *
 * Every obligation adds its own clock to the page, so each is written without what the page can
 * work out again: the plan's calendar is written once; a stage's key is its id (the key is always
 * `obligation/stage`); a clock start's label only when it is not the usual words ("awareness",
 * "submission of Early warning"); `days` only when business days; the status only when proposed;
 * a condition without its empty lists. {@link unpackCalculator} gives back exactly the clocks
 * {@link packCalculator} was given.
 */
import type { AppliesWhen } from '../plan/model.ts';
import { anchorWords, type AnchorEvent } from '../plan/anchor-events.ts';
import type { BusinessCalendar } from '../plan/time.ts';
import type { CalculatorObligation, CalculatorStage } from './calculator.ts';

/** The calculator's data as the page embeds it: the plan's calendar once, and the packed clocks. */
export interface CalculatorPayload {
  timeZone: string;
  calendar: BusinessCalendar;
  clocks: PackedClock[];
}
type ClockStart = CalculatorStage['from'];
/** A clock start without its label, kept apart for each form (an event or a stage). */
type BareStart = ClockStart extends infer T ? (T extends unknown ? Omit<T, 'label'> : never) : never;
type PackedStart = BareStart & { label?: string };
type PackedStage = Omit<CalculatorStage, 'key' | 'days' | 'from' | 'noLaterThan'> & {
  /** The stage's id when its key is `obligation/id`; else `key` is written. */
  id?: string;
  key?: string;
  days?: 'business';
  from: PackedStart;
  noLaterThan?: { deadline: string; from: PackedStart };
};
type PackedClock = Omit<CalculatorObligation, 'calendar' | 'stages' | 'status' | 'appliesWhen'> & {
  calendar?: BusinessCalendar;
  status?: 'proposed';
  appliesWhen?: Partial<AppliesWhen>;
  stages: PackedStage[];
};

/** The lists a compiled condition always carries, empty when it sets nothing. */
const CONDITION_LISTS = ['dataCategories', 'incidentTypes', 'severities', 'facts', 'levels'] as const;

const sameCalendar = (a: BusinessCalendar, b: BusinessCalendar) => JSON.stringify(a) === JSON.stringify(b);

/** The usual words for what starts a clock: the anchor event's, or the submission of the named stage. */
function usualLabel(from: BareStart, stages: readonly Pick<CalculatorStage, 'key' | 'name'>[], id: string) {
  if ('event' in from) return anchorWords(from.event as AnchorEvent);
  const stage = stages.find((s) => s.key === `${id}/${from.stage}`);
  return stage ? `submission of ${stage.name}` : undefined;
}

/** Packs `clocks` for the page, against the plan's `calendar` (whose time zone the anchor times are entered in). */
export function packCalculator(clocks: readonly CalculatorObligation[], calendar: BusinessCalendar): CalculatorPayload {
  const packed = clocks.map(({ calendar: own, stages, status, appliesWhen, ...rest }): PackedClock => {
    const start = ({ label, ...from }: ClockStart): PackedStart =>
      label === usualLabel(from, stages, rest.id) ? from : { ...from, label };
    return {
      ...rest,
      ...(status === 'in-force' ? {} : { status }),
      ...(sameCalendar(own, calendar) ? {} : { calendar: own }),
      ...(appliesWhen ? { appliesWhen: packCondition(appliesWhen) } : {}),
      stages: stages.map(({ key, days, from, noLaterThan, ...stage }) => ({
        ...(key.startsWith(`${rest.id}/`) ? { id: key.slice(rest.id.length + 1) } : { key }),
        ...stage,
        ...(days === 'business' ? { days } : {}),
        from: start(from),
        ...(noLaterThan ? { noLaterThan: { deadline: noLaterThan.deadline, from: start(noLaterThan.from) } } : {}),
      })),
    };
  });
  return { timeZone: calendar.timeZone, calendar, clocks: packed };
}

/** The clocks of a packed payload, each with its calendar, stage keys, labels and every stage's `days`. */
export function unpackCalculator(payload: CalculatorPayload): CalculatorObligation[] {
  return payload.clocks.map(({ calendar, stages: packed, status, appliesWhen, ...rest }) => {
    const keyed = packed.map(({ id, key, ...s }) => ({ ...s, key: key ?? `${rest.id}/${id}` }));
    const start = ({ label, ...from }: PackedStart): ClockStart => ({
      ...from,
      label: label ?? usualLabel(from, keyed, rest.id) ?? '',
    });
    return {
      ...rest,
      status: status ?? 'in-force',
      calendar: calendar ?? payload.calendar,
      ...(appliesWhen ? { appliesWhen: unpackCondition(appliesWhen) } : {}),
      stages: keyed.map(({ key, days, from, noLaterThan, ...s }) => ({
        key,
        ...s,
        days: days ?? 'calendar',
        from: start(from),
        ...(noLaterThan ? { noLaterThan: { deadline: noLaterThan.deadline, from: start(noLaterThan.from) } } : {}),
      })),
    };
  });
}

/** A condition without its empty lists, its nested conditions too. */
function packCondition(w: AppliesWhen): Partial<AppliesWhen> {
  const out: Partial<AppliesWhen> = { ...w };
  for (const list of CONDITION_LISTS) if (out[list]?.length === 0) delete out[list];
  if (w.all) out.all = w.all.map(packCondition) as AppliesWhen[];
  if (w.any) out.any = w.any.map(packCondition) as AppliesWhen[];
  if (w.not) out.not = packCondition(w.not) as AppliesWhen;
  return out;
}

/** A packed condition with its empty lists back, its nested conditions too. */
function unpackCondition(w: Partial<AppliesWhen>): AppliesWhen {
  const out = { ...w } as AppliesWhen;
  for (const list of CONDITION_LISTS) out[list] ??= [];
  if (w.all) out.all = w.all.map(unpackCondition);
  if (w.any) out.any = w.any.map(unpackCondition);
  if (w.not) out.not = unpackCondition(w.not);
  return out;
}
