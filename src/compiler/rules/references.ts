/** `ref-unresolved`: every id a plan element mentions names an element that exists. */
import type { AppliesWhen, PlanModel } from '../../plan/model.ts';
import { conditionsIn } from '../../plan/applies-when.ts';
import { parseRef } from '../../plan/refs.ts';
import { ELEMENT_KINDS, raciTeam, type RefKind } from '../../plan/element-kinds.ts';
import { closest, didYouMeanElement, editDistance, type Named } from '../suggest.ts';
import type { DeclaredKind, Rule, RuleContext } from './context.ts';
import type { YamlPath } from '../yaml-source.ts';
import { markdownReferences } from './markdown-links.ts';

/** One reference to check: in `element` at `path`, an id of `kind`. */
interface Mention {
  element: object;
  path: YamlPath;
  kind: DeclaredKind;
  id: string;
  /** How the mentioning element is named in the message, e.g. `role "scribe"`. */
  owner: string;
  /** Report at the key rather than the value (RACI role ids are keys). */
  key?: boolean;
}

/** Lists every reference in the plan. Exported for the rule test, which checks it misses none. */
export function listMentions(plan: PlanModel): Mention[] {
  const out: Mention[] = [];
  const m = (
    element: object,
    owner: string,
    kind: DeclaredKind,
    path: YamlPath,
    id: string | undefined,
    key = false,
  ) => {
    if (id !== undefined) out.push({ element, owner, kind, path, id, key });
  };
  const each = (element: object, owner: string, kind: DeclaredKind, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => m(element, owner, kind, [field, i], id));

  const d = plan.document;
  if (d.id) {
    m(d, 'plan', 'role', ['owner'], d.owner);
    d.approvers.forEach((a, i) => m(d, `approver "${a.name}"`, 'role', ['approvers', i, 'role'], a.role));
  }
  for (const t of plan.teams) m(t, `team "${t.id}"`, 'role', ['lead'], t.lead);
  for (const r of plan.roles) {
    const o = `role "${r.id}"`;
    m(r, o, 'role', ['backup'], r.backup);
    m(r, o, 'team', ['pool'], r.pool);
    m(r, o, 'role', ['namedBy'], r.namedBy);
    each(r, o, 'role', 'mayCombineWith', r.mayCombineWith);
  }
  for (const t of plan.teams) each(t, `team "${t.id}"`, 'person', 'members', t.members);
  for (const p of plan.people) each(p, `person "${p.id}"`, 'role', 'roles', p.roles);
  for (const s of plan.severities)
    m(s, `severity "${s.id}"`, 'escalation policy', ['escalationPolicy'], s.escalationPolicy);
  for (const t of plan.incidentTypes) {
    each(t, `incident type "${t.id}"`, 'playbook', 'playbooks', t.playbooks);
    each(t, `incident type "${t.id}"`, 'obligation', 'obligations', t.obligations);
  }
  for (const p of plan.escalationPolicies) {
    p.levels.forEach((level, li) =>
      level.targets.forEach((target, ti) => {
        const [field, id] = Object.entries(target)[0] as [string, string];
        // A target is written `role: <id>`, `team:`, `person:` or `policy:`, as a typed reference names the kind.
        const kind = ELEMENT_KINDS[field as RefKind].name;
        m(p, `escalation policy "${p.id}", level ${li + 1}`, kind, ['levels', li, 'targets', ti, field], id);
      }),
    );
  }
  for (const pb of plan.playbooks) {
    const o = `playbook "${pb.id}"`;
    m(pb, o, 'role', ['owner'], pb.owner);
    each(pb, o, 'incident type', 'incidentTypes', pb.incidentTypes);
    each(pb, o, 'severity', 'severities', pb.severities);
    pb.seeAlso.forEach((ref, i) => typed(pb, o, ['seeAlso', i], ref, out));
    for (const a of pb.activities) {
      const ao = `activity "${a.key}"`;
      m(a, ao, 'phase', ['phase'], a.phase);
      for (const key of Object.keys(a.raci)) {
        const team = raciTeam(key);
        m(a, ao, team === undefined ? 'role' : 'team', ['raci', key], team ?? key, true);
      }
      m(a, ao, 'template', ['template'], a.template);
      m(a, ao, 'stage', ['submits'], a.submits);
      conditionMentions(a, ao, a.appliesWhen, m);
      approvalMentions(a, ao, a.approvals?.of, m);
      for (const s of Object.keys(a.due?.bySeverity ?? {})) m(a, ao, 'severity', ['due', 'bySeverity', s], s, true);
    }
  }
  for (const ob of plan.obligations) {
    const o = `obligation "${ob.id}"`;
    m(ob, o, 'party', ['recipient'], ob.recipient);
    m(ob, o, 'role', ['accountable'], ob.accountable);
    conditionMentions(ob, o, ob.appliesWhen, m);
    ob.stages.forEach((s, i) => m(ob, `${o}, stage "${s.id}"`, 'template', ['stages', i, 'template'], s.template));
  }
  for (const t of plan.templates) {
    m(t, `template "${t.id}"`, 'role', ['approver'], t.approver);
    approvalMentions(t, `template "${t.id}"`, t.approvals?.of, m);
    each(t, `template "${t.id}"`, 'severity', 'severities', t.severities);
  }
  for (const x of plan.exercises) {
    const o = `exercise record "${x.id}"`;
    x.participants.forEach((p, i) => m(x, o, 'role', ['participants', i, 'role'], p.role));
    x.improvements.forEach((a, i) =>
      m(x, `${o}, improvement "${a.id}"`, 'role', ['improvements', i, 'owner'], a.owner),
    );
  }
  for (const c of plan.controlMappings) {
    c.elements.forEach((ref, i) => typed(c, `control ${c.framework}:${c.control}`, ['elements', i], ref, out));
  }
  for (const ch of plan.chapters) {
    m(ch, `chapter "${ch.id}"`, 'role', ['owner'], ch.owner);
  }
  return out;
}

/** The incident types and severities named anywhere in a condition (its `all`, `any` and `not` too). */
function conditionMentions(
  element: object,
  owner: string,
  w: AppliesWhen | undefined,
  m: (element: object, owner: string, kind: DeclaredKind, path: YamlPath, id: string | undefined) => void,
) {
  for (const { condition, path } of conditionsIn(w, ['appliesWhen'])) {
    condition.incidentTypes.forEach((t, i) => m(element, owner, 'incident type', [...path, 'incidentTypes', i], t));
    condition.severities.forEach((s, i) => m(element, owner, 'severity', [...path, 'severities', i], s));
  }
}

/** The roles and teams (`team:<id>`) of a quorum's `of`. */
function approvalMentions(
  element: object,
  owner: string,
  of: readonly string[] | undefined,
  m: (element: object, owner: string, kind: DeclaredKind, path: YamlPath, id: string | undefined) => void,
) {
  (of ?? []).forEach((key, i) => {
    const team = raciTeam(key);
    m(element, owner, team === undefined ? 'role' : 'team', ['approvals', 'of', i], team ?? key);
  });
}

function typed(element: object, owner: string, path: YamlPath, text: string, out: Mention[]) {
  const ref = parseRef(text);
  if (ref) out.push({ element, owner, path, kind: ELEMENT_KINDS[ref.kind].name, id: ref.id });
}

/**
 * Whether a reference to an undefined id most likely means an element whose own id is invalid (renamed
 * `sev1` to `SEV-1`): no valid id is closer than an invalid one. That element's id error is then the one
 * problem to fix, not every reference to it.
 */
function meansInvalid(ctx: RuleContext, kind: DeclaredKind, id: string): boolean {
  const invalid = ctx.invalidIds(kind);
  if (!invalid.size) return false;
  // Compared by letters and digits alone, case aside: `sev1` is `SEV-1` renamed, more than it is `sev2`.
  const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const toInvalid = Math.min(...[...invalid].map((i) => editDistance(bare(id), bare(i))));
  const valid = closest(id, ctx.declaredIds(kind));
  return valid === undefined || toInvalid <= editDistance(bare(id), bare(valid));
}

/** The elements of `kind` with their names and aliases, for suggestions. */
function namedOf(plan: PlanModel, kind: DeclaredKind): Named[] {
  const info = Object.values(ELEMENT_KINDS).find((k) => k.name === kind);
  const list = info && (plan as unknown as Record<string, unknown>)[info.listKey];
  if (!Array.isArray(list)) return [];
  return list.map((e: { id: string; name?: unknown; label?: unknown; title?: unknown; aliases?: unknown }) => ({
    id: e.id,
    names: [e.name, e.label, e.title, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter(
      (n): n is string => typeof n === 'string',
    ),
  }));
}

export const refUnresolved: Rule = {
  id: 'ref-unresolved',
  severity: 'error',
  description:
    'Every reference (role, team, person, party, policy, playbook, activity, phase, obligation, stage, template) names an element that exists.',
  check(ctx: RuleContext) {
    const { plan } = ctx;
    const didYouMean = (id: string, kind: DeclaredKind) =>
      didYouMeanElement(id, ctx.declaredIds(kind), namedOf(plan, kind));
    for (const mention of listMentions(plan)) {
      if (
        ctx.isDeclared(mention.kind, mention.id) ||
        ctx.idsUnknown(mention.kind) ||
        meansInvalid(ctx, mention.kind, mention.id)
      )
        continue;
      // An obligation's appliesWhen is a sub-object with no location of its own: report at the obligation.
      const element = plan.obligations.find((o) => o.appliesWhen === mention.element) ?? mention.element;
      const path = element === mention.element ? mention.path : ['appliesWhen', ...mention.path];
      ctx.report(
        element,
        path,
        `${mention.owner} refers to ${mention.kind} "${mention.id}", which is not defined${didYouMean(mention.id, mention.kind)}; correct the id or define the ${mention.kind}`,
        { key: mention.key },
      );
    }
    for (const f of markdownReferences(plan)) {
      const ref = parseRef(f.ref)!;
      const kind = ELEMENT_KINDS[ref.kind].name;
      if (ctx.isDeclared(kind, ref.id) || ctx.idsUnknown(kind) || meansInvalid(ctx, kind, ref.id)) continue;
      ctx.report(
        f.element,
        [f.field],
        `${f.owner}, "${f.field}": links to ${kind} "${ref.id}", which is not defined${didYouMean(ref.id, kind)}; correct the link target "${f.ref}"`,
      );
    }
    for (const ch of plan.chapters) {
      for (const r of ch.references) {
        const ref = parseRef(r.ref)!;
        const kind = ELEMENT_KINDS[ref.kind].name;
        if (ctx.isDeclared(kind, ref.id) || ctx.idsUnknown(kind) || meansInvalid(ctx, kind, ref.id)) continue;
        ctx.report(
          { source: { file: ch.source.file, line: r.line, column: r.column } },
          [],
          r.via
            ? `chapter "${ch.id}": ${r.via} names ${kind} "${ref.id}", which is not defined${didYouMean(ref.id, kind)}; use the id of an existing ${kind}`
            : `chapter "${ch.id}" links to ${kind} "${ref.id}", which is not defined${didYouMean(ref.id, kind)}; correct the link target "${r.ref}"`,
        );
      }
    }
  },
};
