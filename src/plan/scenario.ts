/**
 * The validated scenario the engine runs, as types only. The shape is defined once, by the scenario
 * format's zod schema (src/plan/schema/scenario*.ts, which reads `scenarios/*.yaml`); the engine
 * and the simulator import it from here, so they get the type without the validator.
 */
export type {
  Scenario,
  Inject,
  Decision,
  DecisionOption,
  Objective,
  Module,
  Question,
  ScenarioExpectation,
} from './schema/scenario.ts';
export type { PlanAction } from './schema/scenario-decision.ts';
export type { Condition } from './schema/scenario-condition.ts';
