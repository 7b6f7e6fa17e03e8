/**
 * A scenario's decision points: the plan actions an option stands for (declare, page, perform, submit,
 * send, anchor, fact), the options, and the decision that offers them to its owner.
 */
import { z } from 'zod';
import { anchor, exactlyOne, id } from './scenario-fields.ts';
import { SCALE_ACTION_KEYS, scaleActionFields } from './scenario-actions-scale.ts';

const ACTION_KEYS = ['declare', 'page', 'perform', 'submit', 'send', 'anchor', 'fact', ...SCALE_ACTION_KEYS];

/** A plan action a decision option stands for; exactly one key. */
export const planActionSchema = z
  .strictObject({
    /** Declare this plan severity, e.g. `sev1`. Also records the `declaration` anchor. */
    declare: id.optional().meta({ description: 'Declare a plan severity (id).' }),
    /** Page a role or escalation policy, as a typed ref: `policy:major-incident`, `role:incident-commander`. */
    page: z
      .string()
      .regex(/^(policy|role|team|person):[a-z0-9-]+$/, {
        error: 'must be policy:<id>, role:<id>, team:<id> or person:<id>, e.g. policy:major-incident',
      })
      .optional()
      .meta({ description: 'Typed ref of the escalation policy, role, team or person paged.' }),
    /** Perform a playbook activity, `playbook-id/activity-id`. */
    perform: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be playbook-id/activity-id, e.g. ransomware/isolate-hosts' })
      .optional()
      .meta({ description: 'Activity performed: playbook-id/activity-id.' }),
    /** Submit an obligation stage, `obligation-id/stage-id`. */
    submit: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be obligation-id/stage-id, e.g. gdpr-art33/authority' })
      .optional()
      .meta({ description: 'Obligation stage submitted: obligation-id/stage-id.' }),
    /** Send a communication template (plan id). */
    send: id.optional().meta({ description: 'Communication template sent (id).' }),
    /** Record an anchor event decided by the team, e.g. `classification`, `materiality-determination`. */
    anchor: anchor.optional(),
    /** Reveal a scenario fact that later triggers can test. */
    fact: id.optional().meta({ description: 'Scenario fact this choice establishes.' }),
    ...scaleActionFields,
  })
  .refine(...exactlyOne(ACTION_KEYS, '{ declare: sev1 } or { perform: ransomware/isolate-hosts }'));

/** One option of a decision point. An option with no actions means "do nothing". */
export const optionSchema = z.strictObject({
  id,
  /** What the participants would say, e.g. "Declare SEV-1 and page the major-incident policy". */
  label: z.string().min(1).meta({ description: 'The choice as participants say it.' }),
  /** Plan actions this choice performs; empty for "do nothing". Default none. */
  actions: z.array(planActionSchema).default([]).meta({ description: 'Plan actions performed; empty = do nothing.' }),
});

/** A decision point opened when its inject is delivered. */
export const decisionSchema = z.strictObject({
  /** Id unique in the scenario; triggers refer to `decision-id/option-id`. */
  id,
  /** The question put to the owner. */
  prompt: z.string().min(1).meta({ description: 'Question put to the owner.' }),
  /** Role or team (plan id) that owns the decision; a team is resolved through the plan's teams. */
  owner: id.meta({ description: 'Plan role id, or plan team id, that owns the decision.' }),
  /** Choices, each mapped to plan actions. */
  options: z.array(optionSchema).min(1),
  /** Whether a free-text answer is recorded as well. Default false. */
  freeText: z.boolean().default(false).meta({ description: 'Also record a free-text answer. Default false.' }),
});

/** A validated plan action of a decision option or expectation. */
export type PlanAction = z.output<typeof planActionSchema>;
