/**
 * The exercise record: the exported result of an exercise, in the format the plan compiler reads
 * from `content/exercises/*.yaml` as evidence of testing (exerciseSchema). It carries the plan
 * version and digest, the scenario digest and the full log, so it can be re-scored later: against
 * the same plan it gives the same result; against a changed plan it shows what the change means.
 */
import { stringify } from 'yaml';
import type { Exercise, PlanModel } from '../plan/model.ts';
import { dateAfter } from '../plan/time.ts';
import type { ExerciseAction } from './actions.ts';
import { buildAar, type AarOptions, type AfterActionReport } from './aar.ts';
import { replay } from './reduce.ts';
import { improvementAction } from './improvement-action.ts';
import type { Scenario } from '../plan/scenario.ts';
import { sha256 } from './sha256.ts';
import { playedInstant } from './aar-discussion.ts';

/** An exercise record as written to `content/exercises/<id>.yaml` (the compiler's exercise record, without `source`). */
export type ExerciseRecord = Omit<Exercise, 'source'>;

/** Options of `exportRecord`. */
export interface RecordOptions extends AarOptions {
  /** Record id; default `<date>-<scenario id>`. */
  id?: string;
  /** Time until the next exercise is due. Default: the plan's `exerciseInterval` (`P12M` unless it says otherwise). */
  nextWithin?: string;
}

/** Builds the record of an exercise played from `log`; `scenarioText` is the scenario file as read (for its digest). */
export function exportRecord(
  plan: PlanModel,
  scenario: Scenario,
  scenarioText: string,
  log: readonly ExerciseAction[],
  options: RecordOptions = {},
): ExerciseRecord {
  const state = replay(plan, scenario, log);
  const aar = buildAar(plan, state, options);
  const roles = new Set(plan.roles.map((r) => r.id));
  const nextDue = dateAfter(
    playedInstant(state, options.playedAt),
    options.nextWithin ?? plan.document.exerciseInterval,
    plan.document.businessCalendar,
  );
  return {
    id: options.id ?? `${aar.overview.date}-${scenario.id}`,
    title: scenario.title,
    type: 'tabletop',
    date: aar.overview.date,
    ...(aar.overview.storyDate !== aar.overview.date ? { storyDate: aar.overview.storyDate } : {}),
    scenario: scenario.id,
    planVersion: plan.document.version,
    planDigest: plan.digest,
    scenarioDigest: sha256(scenarioText),
    participants: aar.participants.filter((p) => roles.has(p.role)).map((p) => ({ role: p.role, name: p.name })),
    objectives: aar.objectives.map((o) =>
      withObservations(
        {
          id: o.id,
          title: o.title,
          ...(o.rating ? { rating: o.rating } : {}),
          strengths: o.strengths,
          areasForImprovement: o.areasForImprovement,
        },
        aar,
      ),
    ),
    findings: [aar.executiveSummary],
    improvements: aar.improvementPlan.filter((r) => roles.has(r.responsibleRole)).map((r) => improvementAction(r)),
    ...(nextDue ? { nextDue } : {}),
    log: log.map((a) => ({ ...a }) as Record<string, unknown>),
  };
}

/** An objective of the record with the facilitator's observations added to its strengths and areas for improvement. */
function withObservations(
  o: ExerciseRecord['objectives'][number],
  aar: AfterActionReport,
): ExerciseRecord['objectives'][number] {
  const seen = aar.discussion.observations[o.id] ?? [];
  const said = (kind: 'strength' | 'improvement') =>
    seen.filter((x) => x.kind === kind).map((x) => `Observed by ${x.by ?? 'the facilitator'}: ${x.text}`);
  return {
    ...o,
    strengths: [...o.strengths, ...said('strength')],
    areasForImprovement: [...o.areasForImprovement, ...said('improvement')],
  };
}

/** The record as YAML for `content/exercises/`, with a schema comment for editors. */
export function recordToYaml(record: ExerciseRecord): string {
  return `# yaml-language-server: $schema=../../public/schemas/exercise.schema.json\n${stringify(record, { lineWidth: 0 })}`;
}

/** Result of re-scoring a record. */
export interface Rescore {
  /** The record as the current plan scores it. */
  record: ExerciseRecord;
  /** Whether ratings, findings and improvements are the same as recorded. */
  same: boolean;
  /** Objectives whose rating changed: `id: S → M`. */
  changes: string[];
  /** Whether the record was made against this very plan and scenario text. */
  samePlan: boolean;
  sameScenario: boolean;
}

/** Replays a record's log against `plan` and `scenario` and compares the outcome with what was recorded. */
export function rescoreRecord(
  plan: PlanModel,
  scenario: Scenario,
  scenarioText: string,
  record: ExerciseRecord,
): Rescore {
  const log = (record.log ?? []) as unknown as ExerciseAction[];
  const again = exportRecord(plan, scenario, scenarioText, log, {
    id: record.id,
    ...(record.storyDate ? { playedAt: record.date } : {}),
  });
  const rating = new Map(record.objectives.map((o) => [o.id, o.rating]));
  const changes = again.objectives
    .filter((o) => rating.get(o.id) !== o.rating)
    .map((o) => `${o.id}: ${rating.get(o.id) ?? 'not exercised'} → ${o.rating ?? 'not exercised'}`);
  const core = (r: ExerciseRecord) => JSON.stringify([r.objectives, r.findings, r.improvements]);
  return {
    record: again,
    same: core(again) === core(record),
    changes,
    samePlan: record.planDigest === plan.digest,
    sameScenario: record.scenarioDigest === again.scenarioDigest,
  };
}
