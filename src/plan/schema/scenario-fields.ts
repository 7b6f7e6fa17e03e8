/**
 * The building blocks of the scenario format (scenario.ts): ids, scenario time `T+hh:mm`, durations
 * and the scenario's length bounds, anchor events, what a Markdown field may hold, and the
 * "exactly one key" rule of conditions and plan actions.
 */
import { z } from 'zod';
import { ANCHOR_EVENTS, durationError } from './common.ts';
import { parseClock } from '../scenario-time.ts';
import { durationToMs, parseDuration } from '../time.ts';
import { MAX_ID_LENGTH } from '../routes.ts';

/** A scenario element's id; ids become page URLs. */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'must be an id of lower-case letters, digits and hyphens, such as "edr-alert"',
    abort: true,
  })
  // The refine words the message (too_big gets a generic one); .max puts maxLength in the JSON Schema.
  .refine((s) => s.length <= MAX_ID_LENGTH, {
    error: (i) =>
      `must be an id of at most ${MAX_ID_LENGTH} characters (got ${String(i.input).length}); ids become page URLs, so shorten it`,
    abort: true,
  })
  .max(MAX_ID_LENGTH)
  .meta({
    description: `Stable identifier: lower-case letters, digits and hyphens, at most ${MAX_ID_LENGTH} characters.`,
  });

/** Scenario time `T+hh:mm`. */
export const clockText = z
  .string()
  .refine((s) => parseClock(s) !== undefined, {
    error: (i) =>
      `must be a scenario time written T+hh:mm, such as T+00:15 or T+26:30 (got ${JSON.stringify(i.input)})`,
  })
  .meta({ description: 'Scenario time T+hh:mm, e.g. T+00:15.', pattern: '^T\\+\\d{1,3}:[0-5]\\d$' });

/** An ISO-8601 duration such as PT6H. */
export const duration = z
  .string()
  .refine((s) => parseDuration(s) !== undefined, {
    error: (i) => durationError(String(i.input)),
  })
  .meta({ description: 'ISO-8601 duration, e.g. PT6H.', pattern: '^P' });

/** The shortest and longest scenario a tabletop can run: a quarter of an hour to a month of scenario time. */
export const SCENARIO_DURATION = { min: 'PT15M', max: 'P30D' } as const;

/** A scenario's planned length: a duration within SCENARIO_DURATION. */
export const scenarioDuration = z
  .string()
  .refine((s) => parseDuration(s) !== undefined, {
    error: (i) => `must be an ISO-8601 duration such as PT15M, PT6H or P2D (got ${JSON.stringify(i.input)})`,
    abort: true,
  })
  .refine(
    (s) =>
      durationToMs(s) >= durationToMs(SCENARIO_DURATION.min) && durationToMs(s) <= durationToMs(SCENARIO_DURATION.max),
    {
      error: (i) =>
        `must be between ${SCENARIO_DURATION.min} (15 minutes) and ${SCENARIO_DURATION.max} (30 days) of scenario time, what a tabletop exercise can cover (got ${JSON.stringify(i.input)}); give the planned length, e.g. PT4H`,
    },
  )
  .meta({
    description: `Planned length of the exercise in scenario time, ${SCENARIO_DURATION.min} to ${SCENARIO_DURATION.max}, e.g. PT4H.`,
    pattern: '^P',
  });

/** What a Markdown field of a scenario may hold; every other text field is plain text, shown as written. */
export const SCENARIO_MARKDOWN =
  'Raw HTML is shown as text; links and images only to http:, https:, mailto:, tel: and relative URLs.';

/** An anchor event of the plan's vocabulary. */
export const anchor = z.enum(ANCHOR_EVENTS).meta({ description: `Anchor event: ${ANCHOR_EVENTS.join(', ')}.` });

/** The refinement "exactly one of `keys`", with an example for the message. */
export const exactlyOne = (keys: string[], example: string) =>
  [
    (v: Record<string, unknown>) => Object.keys(v).filter((k) => v[k] !== undefined && keys.includes(k)).length === 1,
    { message: `must have exactly one of ${keys.join(', ')}, e.g. ${example}` },
  ] as const;
