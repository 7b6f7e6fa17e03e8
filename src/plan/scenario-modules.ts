/**
 * A scenario's modules as the engine, the validator and the pages read them: each discussion
 * question with its stable id (its own `id`, else `<module id>-q<n>`), and the scenario time a
 * module starts when it says so (`startsAt`, a jump of the clock such as "three days later").
 */
import { parseClock, type ScenarioTime } from './scenario-time.ts';
import type { Inject, Module, Scenario } from './scenario.ts';

/** A discussion question with its resolved id and its module. */
export interface ScenarioQuestion {
  /** The question's `id`, or `<module id>-q<n>` (n counts the module's questions from 1). */
  id: string;
  /** Id of the module it belongs to. */
  module: string;
  /** Position in its module, from 1. */
  n: number;
  text: string;
  /** Plan role or team ids asked; empty: everyone. */
  roles: string[];
  /** Plan work an answer shows (`activity:…`, `stage:…` or a scenario expectation id); see the schema. */
  covers: string[];
}

/** The id a question gets: its own, or `<module id>-q<n>`. */
export const questionId = (module: Module, n: number): string => module.questions[n - 1]?.id ?? `${module.id}-q${n}`;

/** Every discussion question of the scenario, module by module, with its id. */
export function scenarioQuestions(scenario: Pick<Scenario, 'modules'>): ScenarioQuestion[] {
  return scenario.modules.flatMap((m) =>
    m.questions.map((q, i) => ({
      id: questionId(m, i + 1),
      module: m.id,
      n: i + 1,
      text: q.text,
      roles: q.roles,
      covers: q.covers ?? [],
    })),
  );
}

/** Scenario time a module starts by its `startsAt`, or `undefined` when it names none. */
export const moduleStart = (module: Pick<Module, 'startsAt'>): ScenarioTime | undefined =>
  module.startsAt === undefined ? undefined : parseClock(module.startsAt);

/** The earliest scenario time `inject` may arrive because of its module's start (0 when none). */
export function moduleFloor(scenario: Pick<Scenario, 'modules'>, inject: Pick<Inject, 'module'>): ScenarioTime {
  if (inject.module === undefined) return 0;
  const m = scenario.modules.find((x) => x.id === inject.module);
  return (m && moduleStart(m)) ?? 0;
}
