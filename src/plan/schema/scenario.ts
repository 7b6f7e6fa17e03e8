/**
 * The scenario format (`scenarios/*.yaml`): the whole file, assembled from one schema per concept —
 * conditions (scenario-condition.ts), decisions and plan actions (scenario-decision.ts), injects
 * (scenario-inject.ts), objectives, modules, expectations and scope (scenario-exercise.ts), the
 * overview (scenario-overview.ts) and the field building blocks (scenario-fields.ts). The validator
 * (validate.ts) adds the checks against the plan. JSON Schema is generated from here.
 */
import { z } from 'zod';
import { SCENARIO_MARKDOWN, id, scenarioDuration } from './scenario-fields.ts';
import { exerciseOverviewSchema } from './scenario-overview.ts';
import { injectSchema } from './scenario-inject.ts';
import { moduleSchema, objectiveSchema, scenarioExpectationSchema, scopeSchema } from './scenario-exercise.ts';

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
export type Objective = Scenario['objectives'][number];
export type Module = Scenario['modules'][number];
export type Question = Module['questions'][number];
export type ScenarioExpectation = Scenario['expectations'][number];
