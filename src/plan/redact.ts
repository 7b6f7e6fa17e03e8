/**
 * The public/auditor audience: a copy of the plan without anything marked private. Contact channels
 * default to private (they are personal data), so only channels written `private: false` (a
 * regulator's portal, a public hotline) survive. Pure: returns a new model, never mutates.
 */
import type { PlanModel } from './model.ts';

/** Who a handbook build is for: `internal` (staff, the default) or `public` (auditors, the public). */
export type Audience = 'internal' | 'public';

/** The audience named by `DRILLBOOK_AUDIENCE` (`public` or anything else → `internal`). */
export function audienceFromEnv(env: Record<string, string | undefined> = process.env): Audience {
  return env.DRILLBOOK_AUDIENCE === 'public' ? 'public' : 'internal';
}

const publicOnly = <T extends { private: boolean }>(contacts: readonly T[]): T[] => contacts.filter((c) => !c.private);

/** Text put where a private value was repeated in free text (a template body, a description). */
export const WITHHELD = '[contact withheld]';

/** Replaces every private value inside any string of `value`, recursively. */
function scrub<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return secrets.reduce((s, v) => s.replaceAll(v, WITHHELD), value as string) as T;
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)])) as T;
  return value;
}

/**
 * The plan without private contact channels of people, teams and external parties, and with any
 * private value repeated elsewhere in the plan's text (a template body quoting a hotline) withheld.
 */
export function redactPlan(plan: PlanModel): PlanModel {
  const secrets = privateValues(plan);
  return scrub(
    {
      ...plan,
      people: plan.people.map((p) => ({ ...p, contacts: publicOnly(p.contacts) })),
      teams: plan.teams.map((t) => ({ ...t, contacts: publicOnly(t.contacts) })),
      parties: plan.parties.map((p) => ({ ...p, contacts: publicOnly(p.contacts) })),
    },
    secrets,
  );
}

/** Every private contact value in the plan: what must never appear in a public build. */
export function privateValues(plan: PlanModel): string[] {
  const all = [...plan.people, ...plan.teams, ...plan.parties].flatMap((e) => e.contacts);
  return [...new Set(all.filter((c) => c.private).map((c) => c.value))];
}
