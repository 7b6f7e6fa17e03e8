/**
 * Building blocks shared by every plan file schema: ids, references, ISO-8601 durations,
 * calendar dates and contact channels.
 */
import { z } from 'zod';
import { durationToMs, parseDuration } from '../time.ts';
import { depthMessage, MAX_MARKDOWN_DEPTH, markdownNesting } from '../markdown-depth.ts';
import { MAX_ID_LENGTH } from '../routes.ts';
import { ELEMENT_KINDS, REF_KINDS, type ElementKindInfo } from '../element-kinds.ts';
import { ANCHOR_EVENTS } from '../anchor-events.ts';

/**
 * A stable identifier: lower-case letters, digits and hyphens, e.g. `incident-commander`, at most
 * MAX_ID_LENGTH (64) characters: ids become page URLs and file names of the handbook.
 */
export const id = idWithExample('incident-commander');

/** How a bad id is reported, with an id of the right kind as the example (`contain` for a phase). */
export function idMessage(example: string): string {
  return `must be an id of lower-case letters, digits and hyphens, such as "${example}"`;
}

/** The id schema whose message shows `example`. */
function idWithExample(example: string) {
  return (
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, {
        error: idMessage(example),
        abort: true, // one message for a bad id, not two
      })
      // The refine words the message (schema errors of kind too_big get a generic one); .max puts maxLength in the JSON Schema.
      .refine((s) => s.length <= MAX_ID_LENGTH, {
        error: (issue) =>
          `must be an id of at most ${MAX_ID_LENGTH} characters (got ${String(issue.input).length}); ids become page URLs, so shorten it`,
        abort: true,
      })
      .max(MAX_ID_LENGTH)
      .meta({
        description: `Stable identifier: lower-case letters, digits and hyphens, at most ${MAX_ID_LENGTH} characters.`,
      })
  );
}

/** An id of the kind messages name `kind` (`phase`, `incident type`) could have, from the vocabulary. */
export function exampleId(kind: string): string | undefined {
  return Object.values(ELEMENT_KINDS as Record<string, ElementKindInfo>).find((k) => k.name === kind)?.example;
}

/** A reference to another element by its id; the compiler checks that it resolves. */
export const ref = (kind: string) =>
  idWithExample(exampleId(kind) ?? 'incident-commander').meta({ description: `Id of a ${kind} defined in the plan.` });

/** The longest duration a plan may give: beyond it dates overflow and nothing in a plan needs it. */
const MAX_DURATION = 'P100Y';

const durationOf = (positive: boolean) =>
  z
    .string()
    .refine(
      (s) =>
        parseDuration(s) !== undefined &&
        durationToMs(s) <= durationToMs(MAX_DURATION) &&
        (!positive || durationToMs(s) > 0),
      {
        error: (issue) => durationError(String(issue.input), positive),
      },
    )
    .meta({
      description: `ISO-8601 duration, e.g. PT15M (15 minutes), PT72H, P4D, P1M${positive ? '; longer than zero' : ''}.`,
      pattern: '^P',
    });

/** An ISO-8601 duration such as `PT15M`, `PT72H`, `P4D` or `P1M`, at most 100 years. */
export const duration = durationOf(false);

/** A duration that must be longer than zero: an acknowledgement target, a timeout, a review cycle. */
export const positiveDuration = durationOf(true);

const UNITS: Record<string, string> = {
  s: 'S',
  sec: 'S',
  m: 'M',
  min: 'M',
  h: 'H',
  hr: 'H',
  hour: 'H',
  d: 'D',
  day: 'D',
  w: 'W',
  week: 'W',
};

/** Explains a bad duration, suggesting the ISO-8601 spelling of common shorthands such as `72h` or `30 min`. */
export function durationError(text: string, positive = false): string {
  if (parseDuration(text)) {
    if (durationToMs(text) > durationToMs(MAX_DURATION))
      return `must be at most ${MAX_DURATION} (100 years) (got ${JSON.stringify(text)}); check the number`;
    if (positive) return `must be longer than zero (got ${JSON.stringify(text)}); give the time allowed, e.g. PT15M`;
  }
  const fraction = /[.,]/.test(text) ? FRACTIONAL.exec(text.trim()) : null;
  if (fraction)
    return `must be written in whole units: fractions are not supported (got ${JSON.stringify(text)}); ${wholeUnits(fraction)}`;
  if (/^-/.test(text.trim()) && parseDuration(text.trim().slice(1)))
    return `must be a positive duration (got ${JSON.stringify(text)}); durations cannot be negative: remove the minus sign`;
  const short = /^(\d+)\s*([a-z]+?)s?$/i.exec(text.trim());
  const unit = short && UNITS[short[2].toLowerCase()];
  const hint = unit ? `; write ${unit === 'D' || unit === 'W' ? 'P' : 'PT'}${short![1]}${unit}` : '';
  return `must be an ISO-8601 duration such as PT15M, PT72H, P4D or P1M (got ${JSON.stringify(text)})${hint}`;
}

// An ISO-8601 duration some part of which has a fraction (`PT0.25H`, `P1,5D`), which ISO allows
// on its smallest part and plans do not: deadlines are counted in whole minutes, hours and days.
const NUM = '(\\d+(?:[.,]\\d+)?)';
const FRACTIONAL = new RegExp(
  `^P(?!$)(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?=\\d)(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`,
);
const PARTS = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'] as const;
/** How many of the next smaller part one of each part is; months and seconds do not split evenly. */
const SPLIT = [12, undefined, 7, 24, 60, 60, undefined];

/** What to write instead: the same length in whole units (`PT0.25H` → `write PT15M`, `P1.5D` → `write P1DT12H`). */
function wholeUnits(match: RegExpExecArray): string {
  const values = PARTS.map((_, i) => Number((match[i + 1] ?? '0').replace(',', '.')));
  for (let i = 0; i < values.length; i++) {
    const whole = Math.round(values[i]);
    if (Math.abs(values[i] - whole) < 1e-6) {
      values[i] = whole;
      continue;
    }
    if (SPLIT[i] === undefined)
      return i === 1 ? 'count months in whole months or write days instead, such as P45D' : 'round it to whole seconds';
    const fraction = values[i] - Math.floor(values[i]);
    values[i] -= fraction;
    values[i + 1] += fraction * SPLIT[i]!;
  }
  const part = (from: number, to: number) =>
    values
      .slice(from, to)
      .map((v, i) => (v ? `${v}${PARTS[from + i]}` : ''))
      .join('');
  const time = part(4, 7);
  return `write P${part(0, 4)}${time ? `T${time}` : ''}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written `YYYY-MM-DD`. */
export const date = z
  .string()
  .refine(
    (s) => {
      const m = isoDate.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
    },
    { error: (issue) => `must be a date written YYYY-MM-DD, such as 2026-03-31 (got ${JSON.stringify(issue.input)})` },
  )
  .meta({ description: 'Calendar date, YYYY-MM-DD.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** An IANA time zone name such as `Europe/Amsterdam` or `UTC`, as the runtime's Intl knows it. */
export const timeZone = z
  .string()
  .refine(
    (s) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: s });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `must be an IANA time zone such as Europe/Amsterdam, America/New_York or UTC (got ${JSON.stringify(issue.input)})`,
    },
  )
  .meta({ description: 'IANA time zone, e.g. Europe/Amsterdam.' });

/**
 * What a Markdown field may hold, said in its description. Every text field not described as
 * Markdown is plain text, shown exactly as written (never as markup).
 */
export const MARKDOWN_RULE =
  'Raw HTML is shown as text; links and images only to http:, https:, mailto:, tel: and relative URLs, or a typed reference such as role:incident-commander.';

/** Markdown text (a paragraph or a few): CommonMark with GFM, under {@link MARKDOWN_RULE}, nested at most MAX_MARKDOWN_DEPTH levels (measured without parsing). */
export const markdown = z
  .string()
  .min(1, { error: 'must not be empty' })
  .refine((s) => markdownNesting(s, MAX_MARKDOWN_DEPTH).depth <= MAX_MARKDOWN_DEPTH, {
    error: (issue) =>
      `is ${depthMessage(markdownNesting(String(issue.input), MAX_MARKDOWN_DEPTH).depth, MAX_MARKDOWN_DEPTH)}`,
  })
  .meta({ description: `Markdown. ${MARKDOWN_RULE}` });

/** How someone or something can be reached. */
export const contact = z
  .strictObject({
    /** Kind of channel. */
    channel: z
      .enum(['phone', 'sms', 'email', 'chat', 'pager', 'signal', 'radio', 'portal', 'other'])
      .meta({ description: 'Kind of channel.' }),
    /** Number, address, handle or URL. */
    value: z.string().min(1).meta({ description: 'Number, address, handle or URL.' }),
    /** 1 is tried first. Default 1. */
    priority: z.int().min(1).default(1).meta({ description: 'Order in which channels are tried; 1 first. Default 1.' }),
    /** Usable when the corporate network, e-mail or paging is down. Default false. */
    outOfBand: z
      .boolean()
      .default(false)
      .meta({ description: 'Still works when the corporate network, e-mail or paging is down. Default false.' }),
    /** Left out of the public/auditor handbook. Default true: contact details are personal data. */
    private: z.boolean().default(true).meta({ description: 'Left out of the public/auditor build. Default true.' }),
  })
  .meta({ description: 'A contact channel.' });

/** A typed reference to any plan element, `kind:id`, e.g. `role:incident-commander`, `activity:ransomware/isolate-hosts`. */
export const elementRef = z
  .string()
  .regex(new RegExp(`^(${REF_KINDS.join('|')}):[a-z0-9][a-z0-9/-]*$`), {
    error:
      'must be a typed reference kind:id, such as role:incident-commander, playbook:ransomware, activity:ransomware/isolate-hosts or obligation:gdpr-art33',
  })
  .meta({ description: 'Typed reference to a plan element: kind:id.' });

/** Events from which deadlines are counted: the vocabulary lives with the deadlines (src/plan/deadlines.ts). */
export { ANCHOR_EVENTS };

/** An anchor event name. */
export const anchorEvent = z.enum(ANCHOR_EVENTS).meta({ description: `One of: ${ANCHOR_EVENTS.join(', ')}.` });

/** A wall-clock time of day, `HH:MM` (24-hour). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: (i) => `must be a time of day written HH:MM, such as 09:00 (got ${JSON.stringify(i.input)}); quote it in YAML`,
});

/** Working days used for business-day deadlines (e.g. SEC 8-K's four business days). */
export const businessCalendar = z.strictObject({
  /** IANA time zone in which days are counted. Default `UTC`. */
  timeZone: timeZone.default('UTC').meta({ description: 'IANA time zone, e.g. Europe/Amsterdam. Default UTC.' }),
  /** ISO weekdays (1 = Monday ... 7 = Sunday) that are working days. Default Monday to Friday. */
  workingDays: z
    .array(z.int().min(1).max(7))
    .default([1, 2, 3, 4, 5])
    .meta({ description: 'ISO weekdays that are working days, 1 = Monday. Default [1,2,3,4,5].' }),
  /** Public holidays that are not working days. */
  holidays: z.array(date).default([]).meta({ description: 'Holidays, YYYY-MM-DD.' }),
  /**
   * The working hours of each working day, in the calendar's time zone: a deadline in business days
   * given in hours (`PT6H`) counts only these hours. Default: none (such a deadline is an error).
   */
  workingHours: z
    .strictObject({
      /** When work starts, `HH:MM`. */
      start: clockTime.meta({ description: 'When work starts, HH:MM, e.g. 09:00.' }),
      /** When work ends, `HH:MM`, after `start`. */
      end: clockTime.meta({ description: 'When work ends, HH:MM, e.g. 17:30.' }),
    })
    .refine((h) => h.start < h.end, {
      error: 'working hours must end after they start, e.g. { start: "09:00", end: "17:30" }',
    })
    .optional()
    .meta({
      description:
        'Working hours of each working day, e.g. { start: "09:00", end: "17:30" }; business-day deadlines in hours count only these.',
    }),
});
