/**
 * The scenario format (`scenarios/*.yaml`): metadata, objectives tied to plan elements, modules
 * with discussion questions, injects on a clock or behind a trigger, decision points whose options
 * map to plan actions, and scenario-specific expectations. One zod schema per concept; the
 * validator (validate.ts) adds the checks against the plan. JSON Schema is generated from here.
 */
import { z } from 'zod';
import { levelRef } from './scales.ts';
import { ANCHOR_EVENTS } from './common.ts';
import { SCENARIO_MARKDOWN, anchor, clockText, duration, exactlyOne, id, scenarioDuration } from './scenario-fields.ts';
import { exerciseOverviewSchema } from './scenario-overview.ts';
import { SCALE_ACTION_KEYS, scaleActionFields } from './scenario-actions-scale.ts';

export { SCENARIO_DURATION, clockText } from './scenario-fields.ts';

const CONDITION_KEYS = [
  'all',
  'any',
  'not',
  'decided',
  'after',
  'before',
  'delivered',
  'fact',
  'anchor',
  'severity',
  'dataCategory',
];

/** A trigger condition; exactly one key. `all`/`any`/`not` combine others. */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  decided?: string;
  after?: string;
  before?: string;
  delivered?: string;
  fact?: string;
  anchor?: (typeof ANCHOR_EVENTS)[number];
  severity?: string;
  dataCategory?: string;
}

/** A trigger: branches on earlier decisions, elapsed time and revealed facts. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      /** Every one of these holds. */
      all: z.array(conditionSchema).min(1).optional().meta({ description: 'Every one of these holds.' }),
      /** At least one of these holds. */
      any: z.array(conditionSchema).min(1).optional().meta({ description: 'At least one of these holds.' }),
      /** This does not hold. */
      not: conditionSchema.optional().meta({ description: 'This does not hold.' }),
      /** A decision was taken: `decision-id` (any option) or `decision-id/option-id`. */
      decided: z
        .string()
        .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, {
          error: 'must be decision-id or decision-id/option-id, e.g. declare-severity/sev1',
        })
        .optional()
        .meta({ description: 'decision-id or decision-id/option-id that was chosen.' }),
      /** The scenario clock has reached this time. */
      after: clockText.optional(),
      /** The scenario clock has not yet reached this time. */
      before: clockText.optional(),
      /** This inject has been delivered. */
      delivered: id.optional().meta({ description: 'Id of an inject that has been delivered.' }),
      /** This scenario fact has been revealed (by an inject or a decision). */
      fact: id.optional().meta({ description: 'A scenario fact revealed by an inject or a decision.' }),
      /** This anchor event has happened. */
      anchor: anchor.optional(),
      /** This severity (plan id) has been declared. */
      severity: id.optional().meta({ description: 'Plan severity id that has been declared.' }),
      /** This data category is known to be affected. */
      dataCategory: id.optional().meta({ description: 'Data category revealed as affected.' }),
    })
    .refine(...exactlyOne(CONDITION_KEYS, '{ decided: declare-severity/sev1 } or { after: T+01:00 }'))
    .meta({ id: 'condition', description: 'Trigger condition: exactly one key.' }),
);

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

/** An objective: what the exercise tests, tied to plan elements and a capability. */
export const objectiveSchema = z.strictObject({
  id,
  /** The objective as one sentence. */
  title: z.string().min(1).meta({ description: 'The objective in one sentence.' }),
  /** HSEEP core capability, e.g. "Operational Coordination". */
  capability: z.string().min(1).meta({ description: 'HSEEP core capability.' }),
  /** Plan elements it exercises, as typed refs (`playbook:ransomware`, `obligation:gdpr-art33`). */
  elements: z.array(z.string()).min(1).meta({ description: 'Typed refs of plan elements exercised.' }),
});

/** An open discussion question of a module: no options; answers and rationale are recorded (`question/answer`). */
export const questionSchema = z.strictObject({
  /** Id unique in the scenario. Default `<module id>-q<n>`, n counting the module's questions from 1. */
  id: id.optional().meta({ description: 'Question id, unique in the scenario. Default <module id>-q<n> (n from 1).' }),
  /** The question as the facilitator asks it. */
  text: z.string().min(1).meta({ description: 'The question as the facilitator asks it.' }),
  /** Plan role ids or team ids asked. Default: everyone. */
  roles: z.array(id).default([]).meta({ description: 'Plan role ids or team ids asked; default everyone.' }),
  /**
   * The plan work a sufficient answer shows: `activity:<playbook>/<activity>`, `stage:<obligation>/<stage>`
   * or the id of an expectation of this scenario. An answer recorded for the question counts as that
   * work, met in discussion, at the answer's time, by the answering role. Default none.
   */
  covers: z
    .array(
      z.string().regex(/^((activity|stage):[a-z0-9-]+\/[a-z0-9-]+|[a-z0-9][a-z0-9-]*)$/, {
        error:
          'must be activity:<playbook>/<activity>, stage:<obligation>/<stage> or the id of an expectation of this scenario',
      }),
    )
    .default([])
    .meta({
      description:
        'Plan work an answer shows: activity:<playbook>/<activity>, stage:<obligation>/<stage> or a scenario expectation id. Default none.',
    }),
});

/** A module: a time segment with discussion questions (CISA situation manual). */
export const moduleSchema = z.strictObject({
  id,
  /** Module title. */
  title: z.string().min(1),
  /**
   * Scenario time the module starts, e.g. `T+72:00` for "three days later". None of its injects falls
   * due before it; the facilitator's Jump moves the clock there, and every plan clock runs through the jump.
   */
  startsAt: clockText.optional().meta({
    description:
      'Scenario time T+hh:mm the module starts ("three days later": T+72:00); the clock jumps there. Default: when its first inject arrives.',
  }),
  /** Discussion questions asked at the end of the module. Default none. */
  questions: z.array(questionSchema).default([]),
});

/** A scenario-specific expectation, on top of those the plan implies. */
export const scenarioExpectationSchema = z.strictObject({
  id,
  /** What is expected, one sentence. */
  description: z.string().min(1),
  /** The plan action that meets it. */
  act: planActionSchema,
  /** Role (plan id) expected to take it. Optional. */
  owner: id.optional().meta({ description: 'Plan role id expected to act.' }),
  /** Condition that starts the expectation. Default: exercise start. */
  when: conditionSchema.optional(),
  /** Time allowed after it starts. Default: until the end. */
  within: duration.optional(),
  /** Objective (id) it counts towards. */
  objective: id.meta({ description: 'Objective id it counts towards.' }),
});

/**
 * What a short exercise sets out to test (scoring helper): expectations of other playbooks or phases
 * are listed apart in the report and not rated. Default: everything the plan expects.
 */
export const scopeSchema = z
  .strictObject({
    /** Playbook ids in scope. Default: every playbook. */
    playbooks: z.array(id).optional().meta({
      description:
        'Plan playbook ids in scope; activities of other playbooks are listed apart, not rated. Default: all.',
    }),
    /** Phase ids in scope. Default: every phase. */
    phases: z.array(id).optional().meta({
      description:
        'Plan phase ids in scope; activities (and the stages they submit) of other phases are listed apart, not rated. Default: all.',
    }),
  })
  .meta({
    description:
      'What the exercise sets out to test; expectations outside it are listed apart and not rated. Default: everything.',
  });

/** A whole scenario file. */
export const scenarioSchema = z
  .strictObject({
    id,
    /** Scenario title. */
    title: z.string().min(1),
    /** Markdown: one-paragraph summary for the exercise overview. */
    summary: z
      .string()
      .min(1)
      .meta({ description: `Markdown: one-paragraph summary for the exercise overview. ${SCENARIO_MARKDOWN}` }),
    /** Incident type (plan id) the scenario exercises. */
    incidentType: id.meta({ description: 'Plan incident type id.' }),
    /** Planned length in scenario time, PT15M to P30D, e.g. `PT4H`. */
    duration: scenarioDuration,
    /** Wall-clock instant of T+0, ISO-8601 with offset; used for business-day deadlines. Default 2026-01-05T09:00:00Z. */
    startsAt: z.iso.datetime({ offset: true }).default('2026-01-05T09:00:00Z').meta({ description: 'Instant of T+0.' }),
    /** Participating plan role ids. */
    roles: z.array(id).min(1),
    /** Objectives. */
    objectives: z.array(objectiveSchema).min(1),
    /** Modules in order. Default none. */
    modules: z.array(moduleSchema).default([]),
    /** Injects in chronological order. */
    injects: z.array(injectSchema).min(1),
    /** Expectations of this scenario besides the plan's. Default none. */
    expectations: z.array(scenarioExpectationSchema).default([]),
    /** Markdown: notes for the facilitator, never shown to players. */
    facilitatorNotes: z
      .string()
      .optional()
      .meta({ description: `Markdown: notes for the facilitator, never shown to players. ${SCENARIO_MARKDOWN}` }),
    /** What the exercise sets out to test (playbooks, phases). Default: everything. */
    scope: scopeSchema.optional(),
    /** The after-action report's exercise overview: scope, mission areas, threat, sponsor, organisations, points of contact. */
    overview: exerciseOverviewSchema.optional(),
  })
  .meta({ title: 'Drillbook tabletop scenario' });

/** A validated scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Inject = Scenario['injects'][number];
export type Decision = Inject['decisions'][number];
export type DecisionOption = Decision['options'][number];
export type PlanAction = z.output<typeof planActionSchema>;
export type Objective = Scenario['objectives'][number];
export type Module = Scenario['modules'][number];
export type Question = Module['questions'][number];
export type ScenarioExpectation = Scenario['expectations'][number];
