/** `content/playbooks/*.yaml`: a playbook is an ordered list of activities with RACI. */
import { z } from 'zod';
import { anchorEvent, date, duration, elementRef, id, markdown, MARKDOWN_RULE, ref } from './common.ts';
import { appliesWhen } from './applies-when.ts';

/** R, A, C or I; `AR` when the accountable role also does the work. */
export const raciLetter = z.enum(['R', 'A', 'C', 'I', 'AR']).meta({
  description: 'R = Responsible, A = Accountable, C = Consulted, I = Informed; AR = Accountable and Responsible.',
});

/** A due time relative to an anchor event, e.g. 15 minutes after declaration. */
export const dueSchema = z.strictObject({
  /** Time allowed, e.g. `PT15M`. */
  within: duration,
  /** Event the time counts from. Default `declaration`. */
  after: anchorEvent.default('declaration'),
});

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
  raci: z.record(id, raciLetter).meta({ description: 'Map of role id to R, A, C, I or AR.' }),
  /** When it is due. */
  due: dueSchema.optional(),
  /** Evidence the activity produces (log, ticket, form). */
  evidence: z.array(z.string().min(1)).default([]),
  /** Control ids this activity satisfies, as `framework:control`, e.g. `iso27001:A.5.26`. */
  controls: z.array(z.string().regex(/^[a-z0-9-]+:\S+$/, { error: 'must be framework:control, e.g. iso27001:A.5.26' })).default([]),
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
  appliesWhen: appliesWhen.optional().meta({
    description: "When the activity applies, as an obligation's appliesWhen (incident types, severities, major, data categories), e.g. { dataCategories: [cardholder-data] }. Default: whenever its playbook applies.",
  }),
  /**
   * Activities of the same playbook that must be done before this one: the only order an exercise
   * scores (phase order is guidance). Default: none.
   */
  after: z.array(id).default([]).meta({
    description: 'Ids of activities of this playbook that must be done before this one; an exercise marks it out of order only against these. Default: none.',
  }),
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
