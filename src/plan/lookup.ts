/**
 * Every element of a compiled plan by id, one map per kind, built once per plan object: views that
 * look an element up by id call `byId(plan)` instead of searching a list (`plan.roles.find(...)`).
 * The index is kept in a WeakMap keyed by the plan, so a page that asks a thousand times builds it
 * once, and a redacted copy of the plan (another object) gets its own.
 *
 *   byId(plan) ─first call─▶ maps built from plan's lists ─▶ cached for that plan object
 *              ─later calls─▶ the same index
 *
 * The plan must not change after the first call: the compiler hands over a finished model, and
 * nothing downstream adds or removes elements.
 */
import type {
  Activity,
  Chapter,
  EscalationPolicy,
  Exercise,
  IncidentType,
  Obligation,
  Party,
  Person,
  Phase,
  PlanModel,
  Playbook,
  Role,
  Severity,
  Team,
  Template,
} from './model.ts';

/** The plan's elements by id (activities by key, `playbook/activity`), and their names with the id as fallback. */
export interface PlanIndex {
  roles: ReadonlyMap<string, Role>;
  teams: ReadonlyMap<string, Team>;
  people: ReadonlyMap<string, Person>;
  parties: ReadonlyMap<string, Party>;
  severities: ReadonlyMap<string, Severity>;
  incidentTypes: ReadonlyMap<string, IncidentType>;
  phases: ReadonlyMap<string, Phase>;
  escalationPolicies: ReadonlyMap<string, EscalationPolicy>;
  playbooks: ReadonlyMap<string, Playbook>;
  /** By key, `playbook/activity`. */
  activities: ReadonlyMap<string, Activity>;
  obligations: ReadonlyMap<string, Obligation>;
  templates: ReadonlyMap<string, Template>;
  exercises: ReadonlyMap<string, Exercise>;
  chapters: ReadonlyMap<string, Chapter>;
  /** A role's name, or its id when the plan has no such role (a compiled plan has every role it references). */
  roleName(id: string): string;
  /** A team's name, or its id. */
  teamName(id: string): string;
  /** A phase's name, or its id. */
  phaseName(id: string): string;
}

const cache = new WeakMap<PlanModel, PlanIndex>();

/** The index of `plan`, built on the first call for this plan object. */
export function byId(plan: PlanModel): PlanIndex {
  let index = cache.get(plan);
  if (!index) cache.set(plan, (index = buildIndex(plan)));
  return index;
}

/** By `key` of each element; the first of two with one id wins, as `list.find` would (a plan with errors may repeat one). */
function mapOf<T>(list: readonly T[], key: (x: T) => string = (x) => (x as { id: string }).id): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const x of list) if (!map.has(key(x))) map.set(key(x), x);
  return map;
}

function buildIndex(plan: PlanModel): PlanIndex {
  const roles = mapOf(plan.roles);
  const teams = mapOf(plan.teams);
  const phases = mapOf(plan.phases);
  return {
    roles,
    teams,
    people: mapOf(plan.people),
    parties: mapOf(plan.parties),
    severities: mapOf(plan.severities),
    incidentTypes: mapOf(plan.incidentTypes),
    phases,
    escalationPolicies: mapOf(plan.escalationPolicies),
    playbooks: mapOf(plan.playbooks),
    activities: mapOf(
      plan.playbooks.flatMap((pb) => pb.activities),
      (a) => a.key,
    ),
    obligations: mapOf(plan.obligations),
    templates: mapOf(plan.templates),
    exercises: mapOf(plan.exercises),
    chapters: mapOf(plan.chapters),
    roleName: (id) => roles.get(id)?.name ?? id,
    teamName: (id) => teams.get(id)?.name ?? id,
    phaseName: (id) => phases.get(id)?.name ?? id,
  };
}
