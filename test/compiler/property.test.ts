/**
 * Whatever is written into a plan file, the compiler answers with well-formed problems and never
 * throws or falls back to `internal-error`.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/compiler/compile.ts';
import { compileWith, minimalFiles } from './helpers.ts';

const PATHS = minimalFiles().map((f) => f.path);

/** Every problem has a position, a severity, a rule and a message. */
function assertWellFormed(result: CompileResult) {
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1, `line of ${JSON.stringify(p)}`).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, `column of ${JSON.stringify(p)}`).toBe(true);
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(p.rule).not.toBe('internal-error');
    expect(p.message.trim().length).toBeGreaterThan(10);
    expect(p.file.startsWith('content/')).toBe(true);
  }
}

/** YAML text of an arbitrary value, or arbitrary text. */
const yamlText = fc.oneof(
  fc.jsonValue().map((v) => stringify(v) ?? ''),
  fc
    .anything({
      withNullPrototype: false,
      withBigInt: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      withSparseArray: false,
      withDate: false,
      withBoxedValues: false,
    })
    .map((v) => {
      try {
        return stringify(v) ?? '';
      } catch {
        return String(v);
      }
    }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** A value placed under one key of a plan file, keeping the rest valid: reaches deeper schema paths. */
const KEYS: Record<string, string[]> = {
  'roles.yaml': ['roles'],
  'plan.yaml': ['owner', 'approvers', 'reviewCycle', 'businessCalendar', 'changeLog', 'status'],
  'playbooks/breach.yaml': ['activities', 'owner', 'seeAlso'],
  'obligations.yaml': ['obligations'],
  'escalation-policies.yaml': ['escalationPolicies'],
};

describe('the compiler on arbitrary input', () => {
  it('never throws on any YAML value or text in any plan file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS.filter((p) => p.endsWith('.yaml'))), yamlText, (path, text) => {
        const result = compileWith({ [path]: text });
        // An arbitrary file may happen to be valid only for optional lists; most are broken.
        if (result.problems.length) assertWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any value under a key of a plan file', () => {
    const entries = Object.entries(KEYS).flatMap(([file, keys]) => keys.map((k) => [file, k] as const));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.jsonValue(), ([file, key], value) => {
        const result = compileWith({
          [file]: (text) => {
            const doc = (text.match(/^[A-Za-z]+:/gm) ?? ([] as string[])).includes(`${key}:`)
              ? text
              : `${text}\n${key}: x\n`;
            return doc.replace(new RegExp(`^${key}:.*(\\n[ -].*)*`, 'm'), stringify({ [key]: value }).trimEnd());
          },
        });
        if (result.problems.length) assertWellFormed(result);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any chapter text, frontmatter or body', () => {
    const frontmatter = fc.jsonValue().map((v) => `---\n${stringify(v)}---\n`);
    const body = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom('{', '<div', '[x](role:nobody)', '<X />', '{1+}', '---', '[a]: role:x'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.tuple(frontmatter, body).map(([f, b]) => f + b),
        ),
        (text) => {
          const result = compileWith({ 'chapters/purpose.mdx': text });
          if (result.problems.length) assertWellFormed(result);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('schema messages for values in the wrong place', () => {
  it('names a list item that is not a mapping as "it", not as the file', () => {
    const result = compileWith({
      'plan.yaml': (t) => t.replace('  - name: Ada Lovelace', '  - just a name\n  - name: Ada Lovelace'),
    });
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [8, 'plan "minimal-plan", approver #1: it must be a mapping of fields, not the text "just a name"'],
    ]);
  });
});
