/**
 * Typed references between plan elements, written `kind:id` (`role:incident-commander`,
 * `activity:ransomware/isolate-hosts`, `stage:gdpr-art33/authority`). Chapters use them as Markdown
 * link targets, control mappings list them, and the handbook turns each into a page URL. The kinds,
 * their names and URLs are the vocabulary's (src/plan/element-kinds.ts).
 */
import type { PlanModel } from './model.ts';
import { elementHref, REF_KINDS, type RefKind } from './element-kinds.ts';
import { personHref } from './directory.ts';

export { REF_KINDS, type RefKind };

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
  const put = (kind: RefKind, id: string, name: string) =>
    map.set(`${kind}:${id}`, {
      kind,
      id,
      name,
      href: kind === 'person' ? personHref(plan, id) : elementHref(kind, id),
    });
  for (const r of plan.roles) put('role', r.id, r.name);
  for (const t of plan.teams) put('team', t.id, t.name);
  for (const p of plan.people) put('person', p.id, p.name);
  for (const p of plan.parties) put('party', p.id, p.name);
  for (const s of plan.severities) put('severity', s.id, s.label);
  for (const t of plan.incidentTypes) put('incident-type', t.id, t.name);
  for (const p of plan.phases) put('phase', p.id, p.name);
  for (const e of plan.escalationPolicies) put('policy', e.id, e.name);
  for (const t of plan.templates) put('template', t.id, t.name);
  for (const x of plan.exercises) put('exercise', x.id, x.title);
  for (const c of plan.chapters) put('chapter', c.id, c.title);
  for (const pb of plan.playbooks) {
    put('playbook', pb.id, pb.name);
    for (const a of pb.activities) put('activity', a.key, a.title);
  }
  for (const o of plan.obligations) {
    put('obligation', o.id, o.name);
    for (const s of o.stages) put('stage', s.key, `${o.regime}: ${s.name}`);
  }
  return map;
}
