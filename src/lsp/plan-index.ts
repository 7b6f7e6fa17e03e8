/**
 * What the language server knows about a compiled plan's ids: where each element is defined, with
 * its name, and where each id is mentioned. Built from the compiler's own assembly, so "used in" and
 * "go to definition" list exactly the references `ref-unresolved` checks.
 *
 *   assembly ──▶ { definitions: kind:id → Definition, mentions: Mention[] }
 */
import type { Assembly } from '../compiler/assemble.ts';
import { listMentions } from '../compiler/rules/references.ts';
import { locate } from '../compiler/yaml-source.ts';
import { ELEMENT_KINDS, REF_KINDS } from '../plan/element-kinds.ts';
import type { PlanModel } from '../plan/model.ts';
import { conditionsIn } from '../plan/applies-when.ts';
import { levelEntries, SEVERITY_SCALE, splitLevelKey } from '../plan/level-times.ts';

/** A place in a plan file: path relative to the plan folder, 1-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** One element the plan defines. */
export interface Definition extends Place {
  /** How messages name its kind: `role`, `incident type`. */
  kind: string;
  id: string;
  /** Its name, label or title as a person reads it. */
  name: string;
}

/** One mention of an id. */
export interface IdMention extends Place {
  kind: string;
  id: string;
}

/** Definitions by `kind\0id`, and every mention. */
export interface PlanIndex {
  definitions: Map<string, Definition>;
  mentions: IdMention[];
}

const key = (kind: string, id: string) => `${kind}\0${id}`;

/** The name a person reads for an element. */
function nameOf(e: { id: string; name?: unknown; label?: unknown; title?: unknown }): string {
  const n = e.name ?? e.label ?? e.title;
  return typeof n === 'string' ? n : e.id;
}

/** Indexes the definitions and mentions of the plan `assembly` built. */
export function indexPlan(assembly: Assembly): PlanIndex {
  const { plan, locations } = assembly;
  const definitions = new Map<string, Definition>();
  const define = (
    kind: string,
    id: string,
    element: { source?: { file: string; line: number; column: number } } & Parameters<typeof nameOf>[0],
  ) => {
    if (element.source && !definitions.has(key(kind, id)))
      definitions.set(key(kind, id), { kind, id, name: nameOf(element), ...element.source });
  };
  for (const refKind of REF_KINDS) {
    const info = ELEMENT_KINDS[refKind];
    if (refKind === 'activity' || refKind === 'stage') continue;
    const list = (plan as unknown as Record<string, unknown>)[info.listKey];
    if (Array.isArray(list)) for (const e of list) define(info.name, e.id, e);
  }
  for (const pb of plan.playbooks) for (const a of pb.activities) define('activity', a.key, a);
  for (const o of plan.obligations)
    o.stages.forEach((s, i) => {
      const at = locations.get(o);
      const place = at ? { file: at.src.file, ...locate(at.src, [...at.path, 'stages', i]) } : o.source;
      definitions.set(key('stage', `${o.id}/${s.id}`), {
        kind: 'stage',
        id: `${o.id}/${s.id}`,
        name: s.name,
        ...place,
      });
    });
  const mentions: IdMention[] = [];
  for (const m of listMentions(plan)) {
    const at = locations.get(m.element);
    if (!at) continue;
    mentions.push({ kind: m.kind, id: m.id, file: at.src.file, ...locate(at.src, [...at.path, ...m.path], m.key) });
  }
  indexVocabulary(assembly, definitions, mentions);
  return { definitions, mentions };
}

/**
 * The plan's own vocabularies, which are not element kinds: its facts and events (plan.yaml) and the
 * levels of its other scales (scales.yaml), with where conditions, due times (their clocks and their
 * times per level) and stages name them.
 */
function indexVocabulary(assembly: Assembly, definitions: Map<string, Definition>, mentions: IdMention[]): void {
  const { plan, locations } = assembly;
  const placeOf = (element: object, path: (string | number)[]) => {
    const at = locations.get(element);
    return at ? { file: at.src.file, ...locate(at.src, [...at.path, ...path]) } : undefined;
  };
  const define = (kind: string, id: string, name: string, element: object, path: (string | number)[]) => {
    const place = placeOf(element, path);
    if (place && !definitions.has(key(kind, id))) definitions.set(key(kind, id), { kind, id, name, ...place });
  };
  const mention = (kind: string, id: string, element: object, path: (string | number)[]) => {
    const place = placeOf(element, path);
    if (place) mentions.push({ kind, id, ...place });
  };
  (plan.document.facts ?? []).forEach((f, i) => define('fact', f.id, f.name, plan.document, ['facts', i]));
  (plan.document.events ?? []).forEach((e, i) => define('event', e.id, e.name, plan.document, ['events', i]));
  for (const scale of plan.scales ?? [])
    scale.levels.forEach((l, i) =>
      define('level', `${scale.id}:${l.id}`, `${scale.name} ${l.label}`, scale, ['levels', i]),
    );
  const conditions = (element: object, w: Parameters<typeof conditionsIn>[0]) => {
    for (const { condition, path } of conditionsIn(w, ['appliesWhen'])) {
      (condition.facts ?? []).forEach((f, i) => mention('fact', f, element, [...path, 'facts', i]));
      (condition.levels ?? []).forEach((l, i) => mention('level', l, element, [...path, 'levels', i]));
    }
  };
  // Times per level (`byLevel`) name levels as keys: `p1`, or `priority:p1`; a severity is its own kind.
  const byLevel = (element: object, times: { scale: string } & Record<string, string>, path: (string | number)[]) => {
    for (const [written] of levelEntries(times)) {
      const { scale = times.scale, level } = splitLevelKey(written);
      if (scale === SEVERITY_SCALE) mention('severity', level, element, [...path, written]);
      else mention('level', `${scale}:${level}`, element, [...path, written]);
    }
  };
  for (const pb of plan.playbooks)
    for (const a of pb.activities) {
      conditions(a, a.appliesWhen);
      if (a.due?.start.kind === 'event') mention('event', a.due.start.id, a, ['due', 'after']);
      if (a.due?.byLevel) byLevel(a, a.due.byLevel, ['due', 'byLevel']);
      a.repeats?.forEach((step, i) => step.byLevel && byLevel(a, step.byLevel, ['repeats', i, 'byLevel']));
    }
  for (const o of plan.obligations) {
    conditions(o, o.appliesWhen);
    o.stages.forEach((s, i) => {
      const from = s.from;
      if ('event' in from && (plan.document.events ?? []).some((e) => e.id === from.event))
        mention('event', from.event, o, ['stages', i, 'from', 'event']);
    });
  }
}

/** The definition of `kind:id`, if the plan has it. */
export function definitionOf(index: PlanIndex, kind: string, id: string): Definition | undefined {
  return index.definitions.get(key(kind, id));
}

/** Every mention of `kind:id`. */
export function mentionsOf(index: PlanIndex, kind: string, id: string): IdMention[] {
  return index.mentions.filter((m) => m.kind === kind && m.id === id);
}

/** Every definition, for completion. */
export function allDefinitions(index: PlanIndex): Definition[] {
  return [...index.definitions.values()];
}

/** The plan model's type, re-exported for the server. */
export type { PlanModel };
