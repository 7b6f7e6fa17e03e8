/** `content/playbooks/*.yaml`: a playbook is an ordered list of activities with RACI. */
import { z } from 'zod';
import { clockTime, date, duration, elementRef, id, markdown, MARKDOWN_RULE, positiveDuration, ref } from './common.ts';
import { appliesWhen } from './applies-when.ts';
import { approvals } from './approvals.ts';
import { byLevelOf } from './level-times.ts';
import { DUE_START_PATTERN } from '../anchor-events.ts';
import { RACI_TEAM_PREFIX } from '../element-kinds.ts';

/** R, A, C or I; `AR` when the accountable role also does the work. */
export const raciLetter = z.enum(['R', 'A', 'C', 'I', 'AR']).meta({
  description: 'R = Responsible, A = Accountable, C = Consulted, I = Informed; AR = Accountable and Responsible.',
});

/**
 * What a due time counts from: an anchor event (`declaration`), an event the plan defines in
 * `plan.yaml` `events` (`call-started`), or another activity, `activity:<id>` in the same playbook or
 * `activity:<playbook>/<id>`. The compiler checks the name (rule `due-start`).
 */
const dueStart = z
  .string()
  .regex(DUE_START_PATTERN, {
    error: 'must be an anchor event such as declaration, an event id from plan.yaml events, or activity:<activity-id>',
  })
  .meta({
    description:
      'An anchor event (declaration, awareness, ...), an event id from plan.yaml events, or activity:<id> / activity:<playbook>/<id>.',
  });

/** A due time: `within` after (or before) what its clock counts from, e.g. 15 minutes after declaration. */
export const dueSchema = z
  .strictObject({
    /** Time allowed, e.g. `PT15M`. */
    within: duration,
    /** What the time counts from. Default `declaration` (unless `before` is given). */
    after: dueStart.optional().meta({
      description: 'What the time counts from: an anchor event, a plan event or activity:<id>. Default declaration.',
    }),
    /** Due `within` before another activity, `activity:<id>` ("review the draft 24 h before the meeting"). */
    before: dueStart
      .optional()
      .meta({ description: 'Due this long before another activity, activity:<id>. Not with after.' }),
    /**
     * Time allowed at particular severities, by severity id (`{ sev1: PT15M, sev2: PT1H }`); `within`
     * holds at the others. The most severe declared severity with an entry counts. Default: none.
     */
    bySeverity: z.record(id, duration).optional().meta({
      description:
        'Time allowed at particular severities, e.g. { sev1: PT15M, sev2: PT1H }; within holds at the others.',
    }),
    /**
     * Time allowed at particular levels of one scale (`{ scale: priority, p1: PT1H, p2: PT4H }`);
     * `within` holds at the others. The most severe level in force with an entry counts. Default: none.
     */
    byLevel: byLevelOf(duration, '{ scale: priority, p1: PT1H, p2: PT4H }').optional(),
    /** Whether days count every calendar day or only business days of the plan's business calendar. Default `calendar`. */
    days: z
      .enum(['calendar', 'business'])
      .default('calendar')
      .meta({ description: "calendar or business (the plan's businessCalendar). Default calendar." }),
  })
  .refine((d) => !(d.after && d.before), { error: 'must give either after or before, not both' })
  .refine((d) => !(d.bySeverity && d.byLevel), {
    error: 'must give either bySeverity or byLevel, not both; write the severities as byLevel: { scale: severity, … }',
  });

/**
 * One step of a recurrence: every `every`, or at the wall-clock times `at` (in the plan's business
 * calendar's time zone) on the weekdays `on`; for `for` (the last step may run until the incident closes).
 */
export const repeatStep = z
  .strictObject({
    /** Interval between occurrences, e.g. `PT20M`. */
    every: positiveDuration
      .optional()
      .meta({ description: 'Interval between occurrences, e.g. PT20M. Give this or at.' }),
    /** Wall-clock times of day, in the time zone of the plan's businessCalendar: shift hand-offs, a daily call. */
    at: z.array(clockTime).min(1).optional().meta({
      description:
        'Times of day, HH:MM in the plan\'s businessCalendar time zone, e.g. ["07:30", "19:30"]. Give this or every.',
    }),
    /** ISO weekdays (1 = Monday … 7 = Sunday) the `at` times hold on. Default: every day. */
    on: z.array(z.int().min(1).max(7)).min(1).optional().meta({
      description: 'ISO weekdays the at times hold on, 1 = Monday, e.g. [1, 2, 3, 4, 5]. Default: every day.',
    }),
    /** The interval at particular levels of one scale (`{ scale: priority, p1: PT30M }`); `every` holds at the others. */
    byLevel: byLevelOf(positiveDuration, '{ scale: priority, p1: PT30M }').optional(),
    /** How long this cadence lasts before the next step; absent on the last step: until the incident is closed. */
    for: positiveDuration
      .optional()
      .meta({ description: 'How long this cadence lasts, e.g. PT2H; leave out on the last step (until closure).' }),
  })
  .refine((s) => (s.every === undefined) !== (s.at === undefined), {
    error: 'must give either every (an interval, e.g. PT20M) or at (times of day, e.g. ["07:30", "19:30"]), not both',
  })
  .refine((s) => s.byLevel === undefined || s.every !== undefined, {
    error: 'gives byLevel without every; byLevel varies the interval every gives at the levels it lists',
  })
  .refine((s) => s.on === undefined || s.at !== undefined, {
    error: 'gives on (weekdays) without at; on says which days the at times hold on',
  });

/** A recurrence: cadences in order, e.g. every 20 min for 2 h, then hourly. */
export const repeatsSchema = z
  .array(repeatStep)
  .min(1)
  .refine((steps) => steps.slice(0, -1).every((s) => s.for !== undefined), {
    error:
      'must give for on every step but the last (how long that cadence lasts), e.g. [{ every: PT20M, for: PT2H }, { every: PT1H }]',
  })
  .meta({
    description:
      "Recurring work: cadences in order, e.g. [{ every: PT20M, for: PT2H }, { every: PT1H }]. The first occurrence is due one interval after the due time's start (declaration by default).",
  });

/** A RACI key: a role id, or `team:<id>` for a team (Responsible, Consulted or Informed only). */
const raciKey = z
  .string()
  .regex(new RegExp(`^(${RACI_TEAM_PREFIX})?[a-z0-9][a-z0-9-]*$`), {
    error:
      'must be an id of lower-case letters, digits and hyphens, such as "incident-commander", or team:<team-id> for a team',
  })
  .meta({ description: 'A role id, or team:<team-id> (a team may be R, C or I, never A).' });

/** One activity of a playbook. */
export const activitySchema = z.strictObject({
  /** Id unique within the playbook; referenced elsewhere as `playbook-id/activity-id`. */
  id,
  /** What to do, as an imperative sentence. */
  title: z.string().min(1),
  /** Markdown: how to do it. */
  description: markdown.optional().meta({ description: `Markdown: how to do it. ${MARKDOWN_RULE}` }),
  /** Phase the activity belongs to. */
  phase: ref('phase'),
  /** RACI: each role id mapped to R, A, C, I or AR. Exactly one A (or AR), at least one R (or AR). */
  raci: z.record(raciKey, raciLetter).meta({ description: 'Map of role id (or team:<team-id>) to R, A, C, I or AR.' }),
  /** When it is due. */
  due: dueSchema.optional(),
  /** Evidence the activity produces (log, ticket, form). */
  evidence: z.array(z.string().min(1)).default([]),
  /** Control ids this activity satisfies, as `framework:control`, e.g. `iso27001:A.5.26`. */
  controls: z
    .array(z.string().regex(/^[a-z0-9-]+:\S+$/, { error: 'must be framework:control, e.g. iso27001:A.5.26' }))
    .default([]),
  /** Communication template this activity sends. */
  template: ref('template').optional(),
  /** Notification obligation stage this activity submits, as `obligation-id/stage-id`. */
  submits: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be obligation-id/stage-id, e.g. gdpr-art33/authority' })
    .optional(),
  /**
   * When the activity applies, on the same vocabulary as an obligation's `appliesWhen`. Default:
   * whenever its playbook does. An exercise expects it only while its condition holds.
   */
  /** A quorum that must approve the activity's outcome ("2 of the 4 required groups"). Default: none. */
  approvals: approvals.optional(),
  appliesWhen: appliesWhen.optional().meta({
    description:
      "When the activity applies, as an obligation's appliesWhen (incident types, severities, major, data categories), e.g. { dataCategories: [cardholder-data] }. Default: whenever its playbook applies.",
  }),
  /**
   * Activities of the same playbook that must be done before this one: the only order an exercise
   * scores (phase order is guidance). Default: none.
   */
  after: z.array(id).default([]).meta({
    description:
      'Ids of activities of this playbook that must be done before this one; an exercise marks it out of order only against these. Default: none.',
  }),
  /** Recurring work (planformat): the cadences it repeats at. */
  repeats: repeatsSchema.optional(),
});

/** Schema of one playbook file. */
export const playbookSchema = z
  .strictObject({
    id,
    /** Display name. */
    name: z.string().min(1),
    /** Markdown: when to use it, one paragraph. */
    summary: markdown.meta({ description: `Markdown: when to use the playbook, one paragraph. ${MARKDOWN_RULE}` }),
    /** Role that maintains the playbook. */
    owner: ref('role'),
    /** Incident types it handles. */
    incidentTypes: z.array(ref('incident type')).default([]),
    /** Severities it applies to. Default: all. */
    severities: z.array(ref('severity')).default([]),
    /** Date of the last exercise or real use. */
    lastTested: date.optional(),
    /** Related elements to link from the playbook page. */
    seeAlso: z.array(elementRef).default([]),
    /** Activities in order. */
    activities: z.array(activitySchema).min(1),
  })
  .meta({ title: 'Drillbook playbook' });
