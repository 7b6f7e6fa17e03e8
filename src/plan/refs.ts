/**
 * Typed references between plan elements, written `kind:id` (`role:incident-commander`,
 * `activity:ransomware/isolate-hosts`, `stage:gdpr-art33/authority`). Chapters use them as Markdown
 * link targets, control mappings list them, and the handbook turns each into a page URL.
 */
import type { PlanModel } from './model.ts';

/** Kinds of element a reference can point to. */
export const REF_KINDS = [
  'role',
  'team',
  'person',
  'party',
  'severity',
  'incident-type',
  'phase',
  'playbook',
  'activity',
  'policy',
  'obligation',
  'stage',
  'template',
  'exercise',
  'chapter',
] as const;

export type RefKind = (typeof REF_KINDS)[number];

/** Matches a typed reference as a whole string. */
export const REF_PATTERN = new RegExp(`^(${REF_KINDS.join('|')}):([a-z0-9][a-z0-9/-]*)$`);

/** Splits `kind:id`; `undefined` when it is not a typed reference. */
export function parseRef(text: string): { kind: RefKind; id: string } | undefined {
  const m = REF_PATTERN.exec(text);
  return m ? { kind: m[1] as RefKind, id: m[2] } : undefined;
}

/** A resolved element: its display name and the handbook path (without base) of its page or anchor. */
export interface ResolvedRef {
  kind: RefKind;
  id: string;
  name: string;
  /** Handbook path such as `/roles/incident-commander/` or `/playbooks/ransomware/#isolate-hosts`. */
  href: string;
}

/** Builds a lookup from `kind:id` to the element's name and handbook URL path. */
export function indexRefs(plan: PlanModel): Map<string, ResolvedRef> {
  const map = new Map<string, ResolvedRef>();
  const put = (kind: RefKind, id: string, name: string, href: string) =>
    map.set(`${kind}:${id}`, { kind, id, name, href });
  for (const r of plan.roles) put('role', r.id, r.name, `/roles/${r.id}/`);
  for (const t of plan.teams) put('team', t.id, t.name, `/contacts/#team-${t.id}`);
  for (const p of plan.people) put('person', p.id, p.name, `/contacts/#person-${p.id}`);
  for (const p of plan.parties) put('party', p.id, p.name, `/contacts/#party-${p.id}`);
  for (const s of plan.severities) put('severity', s.id, s.label, `/severities/#${s.id}`);
  for (const t of plan.incidentTypes) put('incident-type', t.id, t.name, `/severities/#type-${t.id}`);
  for (const p of plan.phases) put('phase', p.id, p.name, `/raci/#phase-${p.id}`);
  for (const e of plan.escalationPolicies) put('policy', e.id, e.name, `/escalation/#${e.id}`);
  for (const t of plan.templates) put('template', t.id, t.name, `/templates/#${t.id}`);
  for (const x of plan.exercises) put('exercise', x.id, x.title, `/audit/#exercise-${x.id}`);
  for (const c of plan.chapters) put('chapter', c.id, c.title, `/${c.id}/`);
  for (const pb of plan.playbooks) {
    put('playbook', pb.id, pb.name, `/playbooks/${pb.id}/`);
    for (const a of pb.activities) put('activity', a.key, a.title, `/playbooks/${pb.id}/#${a.id}`);
  }
  for (const o of plan.obligations) {
    put('obligation', o.id, o.name, `/obligations/#${o.id}`);
    for (const s of o.stages) put('stage', s.key, `${o.regime}: ${s.name}`, `/obligations/#${o.id}-${s.id}`);
  }
  return map;
}
