/**
 * The change report: two compiled plans compared element by element, by id. Each element becomes a
 * plain value without what only says where it is written (`source`) or what the compiler works out
 * from the rest (an activity's key, a stage's clock label, the next review date); then each element
 * is added, removed, or changed field by field (a list is one field: its order is part of it).
 *
 *   PlanModel ──comparable──▶ { "activity:ransomware/isolate": {…}, … } ──diffPlans──▶ ChangeReport
 *   applyChanges(comparable(old), report) = comparable(new)          (the property test holds it to this)
 *
 * Pure, browser-safe; the words are in change-words.ts.
 */
import type { PlanModel } from './model.ts';

/** One element as compared: its kind, id (activities and stages `parent/id`), name, and value. */
export interface ComparableElement {
  kind: string;
  id: string;
  name: string;
  value: Record<string, unknown>;
}

/** A plan as compared: every element by `kind:id`. */
export type ComparablePlan = Record<string, ComparableElement>;

/** One field that changed: its path inside the element, and the values before and after (absent: not set). */
export interface FieldChange {
  path: string[];
  before?: unknown;
  after?: unknown;
}

/** One element's change. */
export type ElementChange =
  | { change: 'added'; key: string; kind: string; id: string; name: string; element: ComparableElement }
  | { change: 'removed'; key: string; kind: string; id: string; name: string; element: ComparableElement }
  | { change: 'changed'; key: string; kind: string; id: string; name: string; fields: FieldChange[] };

/** The whole report, as `npm run changes -- --json` prints it. */
export interface ChangeReport {
  from: { version: string; digest: string };
  to: { version: string; digest: string };
  changes: ElementChange[];
}

/** Sets an own property, even one named `__proto__` (a report's keys are data, never a prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `value` without `source` anywhere inside, and without `undefined` values (JSON's view of it). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'source' && v !== undefined) setOwn(out, k, plain(v));
    return out;
  }
  return value;
}

const omit = (value: object, keys: string[]): Record<string, unknown> => {
  const out = plain(value) as Record<string, unknown>;
  for (const k of keys) delete out[k];
  return out;
};

/** Every element of `plan`, comparable. */
export function comparable(plan: PlanModel): ComparablePlan {
  const out: ComparablePlan = {};
  const put = (kind: string, id: string, name: string, value: Record<string, unknown>) =>
    (out[`${kind}:${id}`] = { kind, id, name, value });
  const d = plan.document;
  put('plan', d.id, d.title, omit(d, ['nextReview', 'nextExercise']));
  for (const x of plan.roles) put('role', x.id, x.name, omit(x, []));
  for (const x of plan.teams) put('team', x.id, x.name, omit(x, []));
  for (const x of plan.people) put('person', x.id, x.name, omit(x, []));
  for (const x of plan.parties) put('party', x.id, x.name, omit(x, []));
  for (const x of plan.severities) put('severity', x.id, x.label, omit(x, []));
  for (const x of plan.incidentTypes) put('incident-type', x.id, x.name, omit(x, []));
  for (const x of plan.phases) put('phase', x.id, x.name, omit(x, []));
  for (const x of plan.escalationPolicies) put('policy', x.id, x.name, omit(x, []));
  for (const p of plan.playbooks) {
    put('playbook', p.id, p.name, omit(p, ['activities']));
    for (const a of p.activities) {
      const value = omit(a, ['key', 'playbook']);
      if (value.due) delete (value.due as Record<string, unknown>).start; // worked out from after/before
      put('activity', a.key, a.title, value);
    }
  }
  for (const o of plan.obligations) {
    put('obligation', o.id, o.name, omit(o, ['stages', 'calendar']));
    for (const s of o.stages) {
      const value = omit(s, ['key']);
      delete (value.from as Record<string, unknown>)?.label;
      if (value.noLaterThan)
        delete ((value.noLaterThan as Record<string, unknown>).from as Record<string, unknown>)?.label;
      put('stage', s.key, s.name, value);
    }
  }
  for (const x of plan.templates) put('template', x.id, x.name, omit(x, []));
  for (const x of plan.exercises) put('exercise', x.id, x.title, omit(x, ['log']));
  for (const x of plan.frameworks) put('framework', x.id, x.name, omit(x, []));
  for (const x of plan.controlMappings) put('control', `${x.framework}:${x.control}`, x.title, omit(x, []));
  for (const x of plan.chapters) put('chapter', x.id, x.title, omit(x, ['references']));
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two values: objects field by field, anything else (lists too) as a whole. */
export function diffFields(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const own = (o: Record<string, unknown>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
    return keys.flatMap((k) => diffFields(own(before, k), own(after, k), [...path, k]));
  }
  if (same(before, after)) return [];
  return [{ path, ...(before !== undefined && { before }), ...(after !== undefined && { after }) }];
}

/** The change report from plan `a` to plan `b`. */
export function diffPlans(a: PlanModel, b: PlanModel): ChangeReport {
  return {
    from: { version: a.document.version, digest: a.digest },
    to: { version: b.document.version, digest: b.digest },
    changes: diffComparable(comparable(a), comparable(b)),
  };
}

/** The element changes from `a` to `b`: removed and changed in `a`'s order, then added in `b`'s. */
export function diffComparable(a: ComparablePlan, b: ComparablePlan): ElementChange[] {
  const changes: ElementChange[] = [];
  for (const [key, x] of Object.entries(a)) {
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    if (!y) changes.push({ change: 'removed', key, kind: x.kind, id: x.id, name: x.name, element: x });
    else {
      const fields = diffFields(x.value, y.value);
      if (fields.length || x.name !== y.name)
        changes.push({ change: 'changed', key, kind: y.kind, id: y.id, name: y.name, fields });
    }
  }
  for (const [key, y] of Object.entries(b))
    if (!Object.hasOwn(a, key))
      changes.push({ change: 'added', key, kind: y.kind, id: y.id, name: y.name, element: y });
  return changes;
}

/** `plan` with the report's changes applied: what a reader of the JSON report can rebuild. */
export function applyChanges(plan: ComparablePlan, changes: readonly ElementChange[]): ComparablePlan {
  const out: ComparablePlan = structuredClone(plan);
  for (const c of changes) {
    if (c.change === 'removed') delete out[c.key];
    else if (c.change === 'added') setOwn(out, c.key, structuredClone(c.element));
    else {
      const element = out[c.key];
      element.name = c.name;
      for (const f of c.fields) setPath(element.value, f.path, f.after);
    }
  }
  return out;
}

/** Sets (or, for `undefined`, deletes) the value at `path`, making the objects on the way. */
function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let at = target;
  for (const k of path.slice(0, -1)) {
    if (!Object.hasOwn(at, k) || !isRecord(at[k])) setOwn(at, k, {});
    at = at[k] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined) delete at[last];
  else setOwn(at, last, structuredClone(value));
}
