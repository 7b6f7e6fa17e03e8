/**
 * How problem messages name where a problem is: the element by kind and id (`playbook "ransomware",
 * activity "isolate"`), and the field below it, from the path zod reports into the value read.
 */
import type { YamlPath } from './yaml-path.ts';
import { idFrom } from './suggest.ts';
import { exampleId, idMessage } from '../plan/schema/common.ts';
import { ELEMENT_KINDS, type ElementKindInfo } from '../plan/element-kinds.ts';

/**
 * Singular names of list keys, for naming elements in messages: the element kinds listed inside a file
 * (src/plan/element-kinds.ts), then the parts of elements and of scenario files that are lists too.
 */
const KIND: Record<string, string> = {
  ...Object.fromEntries(
    Object.values(ELEMENT_KINDS as Record<string, ElementKindInfo>)
      .filter((k) => k.listed)
      .map((k) => [k.listKey, k.name]),
  ),
  levels: 'level',
  frameworks: 'framework',
  mappings: 'control mapping',
  objectives: 'objective',
  improvements: 'improvement',
  approvers: 'approver',
  changeLog: 'change',
  contacts: 'contact',
  // scenario files (src/compiler/scenario)
  injects: 'inject',
  decisions: 'decision',
  options: 'option',
  actions: 'action',
  modules: 'module',
  expectations: 'expectation',
};

/** Names the element at `path` (`role "scribe"`, `playbook "ransomware", activity "isolate"`) and the field below it. */
export function describePath(data: unknown, path: YamlPath, rootName: string): { element: string; field: string } {
  const names: string[] = [];
  let fieldStart = 0;
  let value: unknown = data;
  if (isRecord(data) && typeof data.id === 'string') names.push(`${rootName} ${quoteId(data.id)}`);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[seg] : undefined;
    const listKey = typeof seg === 'number' ? path[i - 1] : undefined;
    if (typeof seg === 'number' && typeof listKey === 'string' && KIND[listKey]) {
      const id = isRecord(value) && typeof value.id === 'string' ? quoteId(value.id) : `#${seg + 1}`;
      names.push(`${KIND[listKey]} ${id}`);
      fieldStart = i + 1;
    }
  }
  const rest = path.slice(fieldStart);
  const field = rest.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
  return { element: names.length ? names.join(', ') : rootName, field };
}

/** A mapping read from YAML (not a list, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `path` inside `data`, or `undefined` when the path leads nowhere. */
export function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const seg of path)
    v = isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/** An element's id as messages name it: quoted, and cut short when it is too long to be an id at all. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 64 ? `${id.slice(0, 40)}…` : id);
}

/**
 * A bad `id` of an element itself: the example is an id of the element's kind (`contain` for a phase,
 * not a role's), and the id its text would make, when that differs, as the fix.
 */
export function ownId(path: YamlPath, rootName: string, message: string, input: unknown): string | undefined {
  if (path[path.length - 1] !== 'id' || message !== idMessage('incident-commander')) return undefined;
  const listKey = path.length >= 3 && typeof path[path.length - 2] === 'number' ? path[path.length - 3] : undefined;
  const kind = typeof listKey === 'string' ? KIND[listKey] : path.length === 1 ? rootName : undefined;
  const example = kind ? exampleId(kind) : undefined;
  const fix = typeof input === 'string' ? idFrom(input) : '';
  return `${example ? idMessage(example) : message}${fix && fix !== input ? `; write "${fix}"` : ''}`;
}
