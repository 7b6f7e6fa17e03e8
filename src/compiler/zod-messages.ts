/**
 * Turns zod issues into plan problems: the element named by kind and id, the field by name,
 * and a sentence that says what to write instead. The one place schema errors become prose.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { locate, writtenAt, type YamlPath, type YamlSource } from './yaml-source.ts';
import { closest, didYouMean } from './suggest.ts';
import { describePath, ownId, valueAt } from './zod-element-names.ts';
import { EXPECTED, colonLine, decimal, typeName } from './zod-value-names.ts';
import { shapeKeys } from './zod-shape-keys.ts';

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
