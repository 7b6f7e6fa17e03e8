/** `content/obligations.yaml`: regulatory and contractual notification obligations with their clocks. */
import { z } from 'zod';
import { anchorEvent, businessCalendar, duration, id, ref } from './common.ts';
import { appliesWhen } from './applies-when.ts';

/** When a stage's clock starts: an anchor event or a plan event, or the submission of an earlier stage. */
export const clockStart = z.union(
  [
    z.strictObject({
      /** An anchor event, or an event of the plan's own (`plan.yaml` `events`), checked by rule `stage-event`. */
      event: z.union([anchorEvent, id]).meta({
        description:
          'An anchor event, or an event of plan.yaml events, e.g. awareness or decision-to-notify-customers.',
      }),
    }),
    z.strictObject({
      /** Id of an earlier stage of the same obligation; the clock starts when that stage is submitted. */
      stage: id.meta({ description: 'Earlier stage of this obligation whose submission starts the clock.' }),
    }),
  ],
  {
    error:
      'must be { event: <anchor event or plan event> } or { stage: <earlier stage id> }, e.g. { event: awareness }',
  },
);

/** One stage of an obligation, e.g. NIS2's 24 h early warning. */
export const stageSchema = z.strictObject({
  /** Id unique within the obligation. */
  id,
  /** Display name, e.g. `Early warning`. */
  name: z.string().min(1),
  /** Time allowed, e.g. `PT24H`, `P4D`, `P1M`. Must be positive. */
  deadline: duration,
  /** What starts the clock. */
  from: clockStart,
  /** Count calendar or business days. Default `calendar`. */
  days: z.enum(['calendar', 'business']).default('calendar'),
  /** An outer limit that also applies, e.g. DORA's "no later than 24 h after awareness". */
  noLaterThan: z.strictObject({ deadline: duration, from: clockStart }).optional(),
  /** What the submission must contain. */
  content: z.array(z.string().min(1)).default([]),
  /** Template used for the submission. */
  template: ref('template').optional(),
});

/** A notification obligation. */
export const obligationSchema = z.strictObject({
  id,
  /** Short name, e.g. `GDPR breach notification to the supervisory authority`. */
  name: z.string().min(1),
  /** Regime, e.g. `GDPR`, `NIS2`, `DORA`, `SEC`, `CIRCIA`. */
  regime: z.string().min(1),
  /** Legal citation, e.g. `GDPR Art. 33`. */
  citation: z.string().min(1),
  /** `in-force`, or `proposed` for rules not yet in force (shown, never scored as late). */
  status: z.enum(['in-force', 'proposed']),
  /** Who must be notified. */
  recipient: ref('party'),
  /** Role accountable for meeting the obligation. */
  accountable: ref('role'),
  /** When the obligation applies; all given conditions must hold. */
  appliesWhen: appliesWhen.prefault({}),
  /** Plain-language test of applicability. */
  applicability: z.string().optional(),
  /** Stages in order. */
  stages: z.array(stageSchema).min(1),
  /**
   * Working calendar for this obligation's business days, when it is not the plan's: SEC 8-K counts
   * US federal business days in New York. Default: the plan's `businessCalendar`.
   */
  businessCalendar: businessCalendar.optional().meta({
    description:
      "Working calendar for this obligation's business days (e.g. the US federal calendar for SEC 8-K). Default: the plan's.",
  }),
});

/** Schema of `content/obligations.yaml`. */
export const obligationsFile = z
  .strictObject({ obligations: z.array(obligationSchema).min(1) })
  .meta({ title: 'Drillbook notification obligations' });
