/**
 * A scenario's injects: the message itself (on the clock, behind a trigger, or fired by the
 * facilitator), the facts its delivery reveals, and the decision points it opens.
 */
import { z } from 'zod';
import { levelRef } from './scales.ts';
import { SCENARIO_MARKDOWN, anchor, clockText, id } from './scenario-fields.ts';
import { conditionSchema } from './scenario-condition.ts';
import { decisionSchema } from './scenario-decision.ts';

/** Facts an inject reveals. */
export const revealsSchema = z.strictObject({
  /** Incident type (plan id): selects playbooks and obligations. */
  incidentType: id.optional().meta({ description: 'Plan incident type id.' }),
  /** Severity the facts indicate (plan id); the team is expected to declare at least this. */
  severity: id.optional().meta({ description: 'Plan severity id the facts indicate.' }),
  /** Data categories affected, e.g. `personal-data`. Default none. */
  dataCategories: z.array(id).default([]).meta({ description: 'Data categories affected.' }),
  /** Anchor events that happen on delivery, e.g. `awareness`. Default none. */
  anchors: z.array(anchor).default([]).meta({ description: 'Anchor events that happen on delivery.' }),
  /** Scenario facts for triggers, and the plan's situational facts (`plan.yaml` `facts`). Default none. */
  facts: z.array(id).default([]).meta({
    description: 'Scenario facts for triggers, and plan facts (plan.yaml facts) that make conditioned steps arise.',
  }),
  /** Levels of the plan's other scales (`scales.yaml`) the facts indicate, e.g. `priority:p2`. Default none. */
  levels: z
    .array(levelRef)
    .default([])
    .meta({ description: 'Levels of scales.yaml the facts indicate, e.g. [priority:p2].' }),
  /** Events of the plan's own (`plan.yaml` `events`) that happen on delivery, starting the clocks that count from them. Default none. */
  events: z.array(id).default([]).meta({
    description: 'Plan events (plan.yaml events) that happen on delivery, e.g. [decision-to-notify-customers].',
  }),
});

/** An inject: a message delivered on the clock, by a trigger, or by the facilitator. */
export const injectSchema = z
  .strictObject({
    id,
    /** Module (id) the inject belongs to. */
    module: id.optional().meta({ description: 'Module id.' }),
    /** Scenario time of delivery; with `when`, the earliest time. */
    at: clockText.optional(),
    /** Condition that delivers the inject once it holds. */
    when: conditionSchema.optional(),
    /** Only the facilitator fires it (not scheduled). Default false. */
    contingency: z.boolean().default(false).meta({ description: 'Fired only by the facilitator. Default false.' }),
    /** Plan role ids, or plan team ids (resolved through the plan's teams), it is addressed to. */
    to: z.array(id).min(1).meta({ description: 'Plan role ids or team ids addressed.' }),
    /** How it arrives. */
    channel: z
      .enum(['email', 'phone', 'chat', 'news', 'ticket'])
      .meta({ description: 'email, phone, chat, news or ticket.' }),
    /** Sender persona, e.g. "Priya, SOC analyst". */
    from: z.string().min(1).meta({ description: 'Sender persona.' }),
    /** Subject line. */
    subject: z.string().min(1).meta({ description: 'Subject line.' }),
    /** Markdown: the message. */
    body: z
      .string()
      .min(1)
      .meta({ description: `Markdown: the message. ${SCENARIO_MARKDOWN}` }),
    /** Facts the inject reveals. */
    reveals: revealsSchema.prefault({}),
    /** Decision points it opens. Default none. */
    decisions: z.array(decisionSchema).default([]),
    /** Expected response, for the MSEL. */
    expectedAction: z.string().optional().meta({ description: 'Expected response (MSEL column).' }),
    /** Objectives (ids) it serves. Default none. */
    objectives: z.array(id).default([]).meta({ description: 'Objective ids it serves.' }),
    /** Markdown: facilitator-only notes, never shown to players. */
    notes: z
      .string()
      .optional()
      .meta({ description: `Markdown: hidden facilitator notes. ${SCENARIO_MARKDOWN}` }),
  })
  .refine((i) => i.contingency || i.at !== undefined || i.when !== undefined, {
    message: 'needs "at" (a scenario time), "when" (a trigger) or "contingency: true"; add one',
  });
