/**
 * Public API of the tabletop exercise engine: pure TypeScript, no DOM, no Node APIs, no clock.
 *
 *   scenario YAML ──validateScenario(plan) (src/compiler/scenario)──▶ Scenario
 *   initialize(plan, scenario) ──reduce(state, action)*──▶ ExerciseState   (replay = fold of the log)
 *   ExerciseState ──evaluate(plan)──▶ expectations ──scoreExercise──▶ Scorecard ──buildAar──▶ AAR ──renderAarMarkdown──▶ text
 */

/** The validated scenario the engine runs (types; the validator is src/compiler/scenario/validate.ts). */
export type { Scenario, Inject, Decision, DecisionOption, PlanAction, Objective, ScenarioExpectation, Condition } from '../plan/scenario.ts';

/** Actions of the exercise log (`domain/verb`). */
export { ACTION_TYPES } from './actions.ts';
export type {
  ExerciseAction,
  ExerciseLog,
  StartAction,
  TickAction,
  PauseAction,
  ResumeAction,
  JumpAction,
  DeliverAction,
  AdHocAction,
  AdHocInject,
  DecideAction,
  NoteAction,
  AnswerAction,
  ObservationAction,
  EndAction,
} from './actions.ts';

/** State, reducer and replay. */
export { initialize, type InitializeOptions } from './initialize.ts';
export type { ExerciseState, ExerciseStatus, DeliveredInject, TakenDecision, Act, Note, Answer, Observation, ActionError, Facts } from './state.ts';
export { reduce, replay } from './reduce.ts';

/** Scenario time helpers (`T+hh:mm`). */
export { parseClock, formatClock, wallClock, type ScenarioTime } from '../plan/scenario-time.ts';

/** Views for the UI. */
export { refusal, deliveredInjects, openDecisions, contingencyInjects, nextInjectTime, timeline } from './selectors.ts';
export type { DeliveredView, OpenDecision, TimelineEntry } from './selectors.ts';

/** Discussion: modules started, the current module, the next module's jump of the clock; question ids. */
export { startedModules, currentModule, nextModuleJump, type StartedModule } from './discussion.ts';
export { scenarioQuestions, questionId, type ScenarioQuestion } from '../plan/scenario-modules.ts';

/** SHA-256 of text, synchronous, for scenario digests. */
export { sha256 } from './sha256.ts';

/** Expectations derived from the plan, with live status. */
export { evaluate, OUTCOMES, UNRATED } from './expectations.ts';
export type { Expectation, ExpectationStatus, Outcome, Evidence, StatusInput } from './expectations.ts';
/** Scorecard and HSEEP ratings. */
export { scoreExercise, emptyTally } from './score.ts';
export type { Scorecard, ObjectiveScore, Tally } from './score.ts';
export { rateObjective, HSEEP_MEANING, HSEEP_RULE, HSEEP_BANDS, LIMITED_EVIDENCE_BELOW } from './hseep.ts';
export type { HseepRating, HseepBand, BandInput } from './hseep.ts';
export { ownersOf, activityOwners } from './owners.ts';
export { truthFacts, severitiesInForce } from './truth.ts';
/** The scoring rules in words (printed in every report), and the one vocabulary of statuses. */
export { SCORING_RULES } from './scoring-rules.ts';
export { STATUS_LABEL, dueWords } from './status-words.ts';
/** The one evaluator of an `appliesWhen` condition. */
export { holdsSince } from './applies-when.ts';
/** After-action report (HSEEP AAR/IP) and its Markdown. */
export { buildAar, notReachedIntro, openAtEndIntro, outOfScopeIntro } from './aar.ts';
export type { AfterActionReport, ObjectiveAnalysis, ImprovementRow, NotReachedItem, AarOptions } from './aar.ts';
export { renderAarMarkdown } from './aar-markdown.ts';
/** Exercise records for `content/exercises/`, and re-scoring them. */
export { exportRecord, recordToYaml, rescoreRecord } from './record.ts';
export type { ExerciseRecord, RecordOptions, Rescore } from './record.ts';

/** Master Scenario Events List view and CSV import/export (RFC 4180). */
export { buildMsel, toMselCsv } from './msel.ts';
export { fromMselCsv } from './msel-read.ts';
export type { MselRow } from './msel.ts';
export type { InjectDraft } from './msel-read.ts';
