import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYaml, parseYamlExact, locate } from '../../src/compiler/yaml-source.ts';
import { depthBound, MAX_YAML_DEPTH } from '../../src/compiler/yaml-depth.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepRuns } from '../setup/fast-check.ts';
import { compileWith, lines, replace, planOf } from './helpers.ts';
import { writeSyntheticPlan } from '../bench/synthetic-plan.ts';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));

describe('parseYaml', () => {
  it('locates values by path, and a missing field at the mapping that lacks it', () => {
    const { source } = parseYaml('f.yaml', 'roles:\n  - id: a\n    name: A\n');
    expect(locate(source!, ['roles', 0, 'name'])).toEqual({ line: 3, column: 11 });
    expect(locate(source!, ['roles', 0, 'name'], true)).toEqual({ line: 3, column: 5 });
    expect(locate(source!, ['roles', 0, 'purpose'])).toEqual({ line: 2, column: 5 });
  });

  it('adds the line offset of frontmatter', () => {
    const { source } = parseYaml('c.mdx', 'title: x\norder: 1', 1);
    expect(locate(source!, ['order'])).toEqual({ line: 3, column: 8 });
  });

  it('reports only the first syntax error of a file, not its echoes', () => {
    const { problems } = parseYaml('f.yaml', 'a:\n  b: [x, y\n  c: 1\n  d: [\n');
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([[2, 6, 'yaml-syntax']]);
  });

  it('reports every duplicate key', () => {
    const { problems } = parseYaml('f.yaml', 'a: 1\na: 2\nb: 1\nb: 2\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'duplicate key "a": it is already set above in the same mapping; keep only one'],
      [4, 'duplicate key "b": it is already set above in the same mapping; keep only one'],
    ]);
  });
});

describe('YAML features in plan files', () => {
  it('accepts anchors and aliases that repeat a value', () => {
    const result = compileWith({
      'roles.yaml': (t) =>
        replace(
          'responsibilities: [Keeps the timeline]',
          'responsibilities: &r [Keeps the timeline]',
        )(t).replace('responsibilities: [Assesses breaches]', 'responsibilities: *r'),
    });
    expect(result.problems).toEqual([]);
    expect(planOf(result).roles[2].responsibilities).toEqual(['Keeps the timeline']);
  });

  it('accepts a byte-order mark and CRLF line endings, with positions unchanged', () => {
    const result = compileWith({
      'parties.yaml': (t) => '\uFEFF' + t.replace(/\n/g, '\r\n').replace('kind: regulator', 'kind: regulatr'),
    });
    expect(lines(result)).toEqual([
      'content/parties.yaml:4:11  error  schema-value  party "dpa": "kind" must be one of regulator, supervisor, csirt, insurer, law-enforcement, acquirer, card-brand, ir-retainer, vendor, customer, other (got the text "regulatr") (did you mean "regulator"?)',
    ]);
  });

  it('reads chapters with CRLF line endings, keeping link positions', () => {
    const result = compileWith({
      'chapters/purpose.mdx': (t) => t.replace(/\n/g, '\r\n').replace('playbook:breach', 'playbook:breech'),
    });
    expect(result.problems.map((p) => [p.rule, p.line, p.column])).toEqual([['ref-unresolved', 6, 66]]);
  });

  it('accepts .yml as well as .yaml', () => {
    const result = compileWith({
      'parties.yaml': null,
      'parties.yml': 'parties:\n  - id: dpa\n    name: DPA\n    kind: regulator\n',
    });
    expect(result.problems).toEqual([]);
  });
});

/** The path of every list and mapping in `value`, itself included (once: an alias can make a value contain itself). */
function collectionPaths(
  value: unknown,
  path: (string | number)[] = [],
  seen = new Set<object>(),
): (string | number)[][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([k, v]) => collectionPaths(v, [...path, k], seen))];
}

describe('parseYaml reads ordinary YAML the fast way, with the same result as the located way', () => {
  // Pieces of YAML, glued in any order: structure, indentation, quoting, every kind of scalar,
  // anchors and aliases, comments, tabs, flow collections and document markers.
  const piece = fc.constantFrom(
    'a',
    'b',
    'id',
    ':',
    ': ',
    '- ',
    '  ',
    '    ',
    '\n',
    '\t',
    '#c',
    ' #c',
    '[',
    ']',
    '{',
    '}',
    ', ',
    '"',
    "'",
    '"q"',
    "'s'",
    '|',
    '>',
    '|-',
    '---',
    '...',
    '&x ',
    '*x',
    '!!str ',
    '!foo ',
    '!!js/function ',
    '? ',
    '%YAML 1.2',
    '<<: ',
    '0o17',
    '017',
    '0x1F',
    '0b11',
    '1_000',
    '+12',
    '-0',
    '.5',
    '1.',
    '1e3',
    '6.02E+23',
    '.inf',
    '-.Inf',
    '.NaN',
    '1:30',
    '~',
    'null',
    'Null',
    'NULL',
    'true',
    'True',
    'TRUE',
    'yes',
    'on',
    'y',
    '2026-01-10',
    '2026-01-10T10:00:00Z',
    'PT5M',
    '=',
    'x: 1',
    'y: [1, 2]',
    'z: {k: v}',
    '  - n: 1',
    'é',
    '\\u00e9',
    '"\\u00e9"',
    '"a\\nb"',
    '\r\n',
    'k: |\n',
    'k: >-\n',
    'k: |+\n',
    '\n t',
    '\n  t',
    '\n   t',
    '\n      t: u',
    "it's",
    'say "hi"',
  );
  const yamlish = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives the same values, or the same problems, for any text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const fast = parseYaml('f.yaml', text);
        const located = parseYamlExact('f.yaml', text);
        expect(fast.problems).toEqual(located.problems);
        expect(fast.source?.data).toEqual(located.source?.data);
        // Lists and mappings are located from js-yaml's offsets: at the same place as by `yaml`.
        if (fast.source)
          for (const path of collectionPaths(fast.source.data))
            expect(locate(fast.source, path), `at ${path}`).toEqual(locate(located.source!, path));
      }),
      // 1,000 cases in `npm test`; `npm run test:deep` tries 20,000 (FC_RUNS).
      { numRuns: deepRuns() },
    );
  });

  it('reads every YAML file of the example plan, its scenarios and the synthetic plan as the located way does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-yaml-'));
    writeSyntheticPlan(dir, { roles: 6, activities: 60, pages: 2 });
    const files = [...yamlFiles('content'), ...yamlFiles('scenarios'), ...yamlFiles(dir)];
    let fastWay = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYaml(file, text).source!;
      const located = parseYamlExact(file, text).source!;
      expect(fast.data, file).toEqual(located.data);
      if (fast.starts) fastWay++;
      for (const path of collectionPaths(fast.data))
        expect(locate(fast, path), `${file} at ${path}`).toEqual(locate(located, path));
    }
    rmSync(dir, { recursive: true });
    expect(fastWay).toBeGreaterThan(files.length * 0.8);
  });

  it('reads plan-shaped files the fast way, locating a value only when asked', () => {
    const { source } = parseYaml(
      'f.yaml',
      'roles:\n  - id: a\n    name: A\n    order: 0o17\n    weight: .5\n    since: 2026-01-10\n',
    );
    expect(source!.data).toEqual({ roles: [{ id: 'a', name: 'A', order: 15, weight: 0.5, since: '2026-01-10' }] });
    expect(source!.starts?.offsets.size).toBe(3); // the file, the list and its one mapping
    expect(locate(source!, ['roles', 0])).toEqual({ line: 2, column: 5 });
    expect(locate(source!, ['roles', 0, 'since'])).toEqual({ line: 6, column: 12 });
  });

  it('leaves an alias to a list to the located way, which caps how often it repeats', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
      ),
    ].join('\n');
    expect(parseYaml('f.yaml', bomb).problems[0].message).toContain('repeats aliases');
  });
});

describe('unknown YAML tags', () => {
  it.each([
    '!!js/function "function () {}"',
    '!foo bar',
    '!!python/object/apply:os.system [ls]',
    '!!binary aGk=',
    '!!set {a}',
    '&x !!timestamp 2026-01-10',
  ])('rejects %s as an error at the tag, whichever way the file is read', (value) => {
    const text = `a: 1\nb: ${value}\n`;
    for (const parse of [parseYaml, parseYamlExact]) {
      const { source, problems } = parse('f.yaml', text);
      expect(source).toBeUndefined();
      expect(problems.map((p) => [p.line, p.column, p.severity, p.rule])).toEqual([
        [2, value.startsWith('&') ? 7 : 4, 'error', 'yaml-tag'],
      ]);
      expect(problems[0].message).toContain(`remove "${/!\S*/.exec(value)![0]}"`);
    }
  });

  it('accepts the tags of plain values (!!str, !!int, !!map, a lone !)', () => {
    const { source, problems } = parseYaml('f.yaml', 'a: !!str 12\nb: !!int "3"\nc: !!map {k: v}\nd: ! x\n');
    expect(problems).toEqual([]);
    expect(source!.data).toEqual({ a: '12', b: 3, c: { k: 'v' }, d: 'x' });
  });
});

describe('YAML nesting depth', () => {
  const flow = (depth: number) => `a: ${'['.repeat(depth - 1)}x${']'.repeat(depth - 1)}\n`;
  const blockMaps = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
  const blockLists = (depth: number) => `${'- '.repeat(depth)}x\n`;
  const mixed = (depth: number) =>
    Array.from({ length: depth / 2 }, (_, i) => `${' '.repeat(2 * i)}k:\n${' '.repeat(2 * i)}-`).join('\n') + ' x\n';

  it.each([
    ['flow lists', flow],
    ['block mappings', blockMaps],
    ['block lists', blockLists],
    ['mappings and lists', mixed],
  ])('reads %s 64 levels deep and rejects them 66 levels deep', (_, make) => {
    expect(parseYaml('f.yaml', make(64)).problems).toEqual([]);
    expect(parseYamlExact('f.yaml', make(64)).problems).toEqual([]);
    for (const parse of [parseYaml, parseYamlExact]) {
      const { source, problems } = parse('f.yaml', make(66));
      expect(source).toBeUndefined();
      expect(problems.map((p) => p.rule)).toEqual(['yaml-depth']);
      expect(problems[0].message).toContain('more than 64 levels deep');
    }
  });

  it('points at the list that opens level 65', () => {
    expect(parseYaml('f.yaml', flow(65)).problems.map((p) => [p.line, p.column])).toEqual([[1, 4 + 63]]);
    expect(parseYaml('f.yaml', blockMaps(65), 2).problems.map((p) => [p.line, p.column])).toEqual([[3 + 64, 65]]);
  });

  it('rejects 10,000 nested flow lists and mappings quickly, without overflowing the stack', () => {
    const started = performance.now();
    for (const text of [flow(10_000), `a: ${'{b: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, blockLists(10_000)]) {
      const { problems } = parseYaml('f.yaml', text);
      expect(problems.map((p) => [p.rule, p.message.includes('Maximum call stack')])).toEqual([['yaml-depth', false]]);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('bounds the depth of ordinary text without parsing it, counting brackets in quotes as well', () => {
    expect(depthBound('a:\n  b: [1, {c: 2}]\n')).toBeLessThanOrEqual(MAX_YAML_DEPTH);
    expect(
      depthBound(`a: |\n  ${'-'.repeat(70)}\n`),
      'a rule of dashes in a text is not indentation',
    ).toBeLessThanOrEqual(MAX_YAML_DEPTH);
    expect(depthBound(`a: "${'['.repeat(70)}"\n`)).toBeGreaterThan(MAX_YAML_DEPTH);
    expect(parseYaml('f.yaml', `a: "${'['.repeat(70)}"\n`).source?.data).toEqual({ a: '['.repeat(70) });
  });
});
