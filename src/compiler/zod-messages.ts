/**
 * Turns zod issues into plan problems: the element named by kind and id, the field by name,
 * and a sentence that says what to write instead. The one place schema errors become prose.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { locate, writtenAt, type YamlPath, type YamlSource } from './yaml-source.ts';
import { closest, didYouMean, idFrom } from './suggest.ts';
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Names a value read from YAML; `written`, the plain scalar as written, tells how YAML read a number. */
function typeName(v: unknown, written?: string): string {
  if (typeof v === 'number') return numberName(v, written);
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    return keys.length
      ? `a mapping with ${keys
          .slice(0, 4)
          .map((k) => `"${k}"`)
          .join(', ')}${keys.length > 4 ? '…' : ''}`
      : 'an empty mapping';
  }
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** A number as YAML read it, saying why when the author may not have meant a number (`.nan`, `0x32`). */
function numberName(n: number, written = String(n)): string {
  if (Number.isNaN(n)) return `${written}, which YAML reads as "not a number"`;
  if (!Number.isFinite(n)) return `${written}, which YAML reads as ${n < 0 ? 'minus ' : ''}infinity`;
  const base = /^[-+]?0x/i.test(written) ? 'hexadecimal' : /^[-+]?0o/i.test(written) ? 'octal' : undefined;
  return base ? `the number ${n}, which YAML reads from the ${base} ${written}` : `number ${n}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
};

/** Converts the issues of a failed parse into problems located in `src`. */
export function zodProblems(
  src: YamlSource,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  rootName: string,
  basePath: YamlPath = [],
): Problem[] {
  const problems: Problem[] = [];
  // A misspelt required field shows up twice (unknown "purpse", missing "purpose"): report it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = shapeKeys(schema, valueAt(src.data, basePath), issue.path as (string | number)[]);
    for (const key of issue.keys) {
      const hint = closest(key, allowed);
      if (hint) misspelt.add(JSON.stringify([...issue.path, hint]));
    }
  }
  for (const issue of issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    const { element, field } = describePath(src.data, path, rootName);
    const at = (p: YamlPath, key = false) => locate(src, p, key);
    const put = (rule: string, message: string, pos = at(path)) =>
      problems.push({ file: src.file, ...pos, severity: 'error', rule, message: `${element}: ${message}` });
    const quoted = field ? `"${field}"` : path.length ? 'it' : src.lineOffset ? 'the frontmatter' : 'the file';
    const input = (issue as { input?: unknown }).input;
    const written = typeof input === 'number' ? writtenAt(src, path) : undefined;

    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = shapeKeys(schema, valueAt(src.data, basePath), issue.path as (string | number)[]);
        for (const key of issue.keys) {
          const hint = allowed.length ? closest(key, allowed) : undefined;
          const where = at([...path, key], true);
          problems.push({
            file: src.file,
            ...where,
            severity: 'error',
            rule: 'schema-unknown-field',
            message: hint
              ? `${element}: unknown field "${key}" (did you mean "${hint}"?); rename it to "${hint}"`
              : `${element}: unknown field "${key}"; remove it or correct its name${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
          });
        }
        break;
      }
      case 'invalid_type':
        if (input === undefined) {
          if (misspelt.has(JSON.stringify(issue.path))) break;
          const parentPath = path.slice(0, -1);
          put(
            'schema-required',
            `required field "${String(path[path.length - 1])}" is missing; add it`,
            at(parentPath),
          );
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const quote = issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean');
          const notANumber =
            typeof input === 'number' &&
            !Number.isFinite(input) &&
            (issue.expected === 'number' || issue.expected === 'int');
          put(
            'schema-type',
            notANumber
              ? `${quoted} must be a number, but ${written ?? String(input)} is YAML's ${Number.isNaN(input) ? '"not a number" value' : 'infinity'}; write a number such as 2`
              : `${quoted} must be ${expected}, not ${typeName(input, written)}${quote ? `; write it in quotes: "${written ?? String(input)}"` : issue.expected === 'string' ? colonLine(input) : ''}`,
          );
        }
        break;
      case 'invalid_value':
        put(
          'schema-value',
          `${quoted} must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.join(', ')}`} (got ${typeName(input, written)})${
            typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''
          }`,
        );
        break;
      case 'too_small':
        if (issue.origin === 'array')
          put(
            'schema-value',
            `${quoted} must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`,
          );
        else if (issue.origin === 'string') put('schema-value', `${quoted} must not be empty`);
        else
          put(
            'schema-value',
            `${quoted} must be at least ${issue.minimum} (got ${typeName(input, written)})${decimal(written)}`,
          );
        break;
      case 'too_big':
        put(
          'schema-value',
          `${quoted} must be at most ${issue.maximum} (got ${typeName(input, written)})${decimal(written)}`,
        );
        break;
      case 'invalid_union': {
        // A union of mappings told apart by their keys ({ event } or { stage }): when exactly one form has
        // every key written, its own problem (the unknown event, listing the valid ones) is the message.
        const forms = ((issue as { errors?: z.core.$ZodIssue[][] }).errors ?? []).filter(
          (form) =>
            form.length &&
            form.every(
              (i) =>
                i.code !== 'unrecognized_keys' &&
                !(i.code === 'invalid_type' && (i as { input?: unknown }).input === undefined),
            ),
        );
        if (forms.length === 1) {
          const nested = forms[0].map((i) => ({
            ...i,
            path: [...(issue.path as (string | number)[]), ...(i.path as (string | number)[])],
          }));
          problems.push(...zodProblems(src, schema, nested as z.core.$ZodIssue[], rootName, basePath));
          break;
        }
        put(
          'schema-type',
          `${quoted} ${issue.message && issue.message !== 'Invalid input' ? issue.message : 'does not match any allowed form'} (got ${typeName(input, written)})`,
        );
        break;
      }
      case 'invalid_key':
        put(
          'schema-value',
          `the key "${String(path[path.length - 1])}" in "${field.split('.').slice(0, -1).join('.') || rootName}" ${issue.issues[0]?.message ?? 'is not allowed'}`,
          at(path, true),
        );
        break;
      default:
        put('schema-value', `${quoted} ${ownId(path, rootName, issue.message, input) ?? issue.message}`);
    }
  }
  return problems;
}

/**
 * A bad `id` of an element itself: the example is an id of the element's kind (`contain` for a phase,
 * not a role's), and the id its text would make, when that differs, as the fix.
 */
function ownId(path: YamlPath, rootName: string, message: string, input: unknown): string | undefined {
  if (path[path.length - 1] !== 'id' || message !== idMessage('incident-commander')) return undefined;
  const listKey = path.length >= 3 && typeof path[path.length - 2] === 'number' ? path[path.length - 3] : undefined;
  const kind = typeof listKey === 'string' ? KIND[listKey] : path.length === 1 ? rootName : undefined;
  const example = kind ? exampleId(kind) : undefined;
  const fix = typeof input === 'string' ? idFrom(input) : '';
  return `${example ? idMessage(example) : message}${fix && fix !== input ? `; write "${fix}"` : ''}`;
}

/**
 * Text that YAML read as a one-entry mapping because it contains `: ` (`- Keeps: the timeline`): say so,
 * and show it quoted.
 */
function colonLine(input: unknown): string {
  if (!isRecord(input)) return '';
  const entries = Object.entries(input);
  if (entries.length !== 1 || (typeof entries[0][1] === 'object' && entries[0][1] !== null)) return '';
  const line = `${entries[0][0]}: ${entries[0][1] ?? ''}`.trimEnd();
  return `; YAML reads a line containing ": " as a mapping, so put the text in quotes: ${JSON.stringify(line)}`;
}

/** For a number written in hexadecimal or octal: write it in decimal, as the field wants a number. */
function decimal(written: string | undefined): string {
  return written && /^[-+]?0[xo]/i.test(written) ? '; write the number in decimal' : '';
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const seg of path)
    v = isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
};
const defOf = (t: z.ZodType) => (t as unknown as { _zod: { def: Def } })._zod.def;

/** The field names allowed by the object schema at `path` (zod 4 does not list them in the issue). */
function shapeKeys(schema: z.ZodType, data: unknown, path: (string | number)[]): string[] {
  let t: z.ZodType | undefined = schema;
  let v: unknown = data;
  for (let i = 0; i <= path.length && t;) {
    const def = defOf(t);
    if (def.innerType) t = def.innerType;
    else if (def.type === 'pipe') t = def.in;
    else if (def.type === 'union') {
      const keys = isRecord(v) ? Object.keys(v) : [];
      t = def.options?.find((o) => keys.some((k) => defOf(o).shape?.[k])) ?? def.options?.[0];
    } else if (i === path.length) break;
    else if (def.type === 'object')
      [t, v, i] = [def.shape?.[path[i]], (v as Record<string, unknown>)?.[path[i]], i + 1];
    else if (def.type === 'array') [t, v, i] = [def.element, (v as unknown[])?.[path[i] as number], i + 1];
    else if (def.type === 'record') [t, v, i] = [def.valueType, (v as Record<string, unknown>)?.[path[i]], i + 1];
    else return [];
  }
  return t && defOf(t).shape ? Object.keys(defOf(t).shape!) : [];
}

/** An element's id as messages name it: quoted, and cut short when it is too long to be an id at all. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 64 ? `${id.slice(0, 40)}…` : id);
}
