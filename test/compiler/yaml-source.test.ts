import { describe, expect, it } from 'vitest';
import { parseYaml, locate } from '../../src/compiler/yaml-source.ts';
import { compileWith, lines, replace } from './helpers.ts';

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
      'roles.yaml': (t) => replace('responsibilities: [Keeps the timeline]', 'responsibilities: &r [Keeps the timeline]')(t).replace('responsibilities: [Assesses breaches]', 'responsibilities: *r'),
    });
    expect(result.problems).toEqual([]);
    expect(result.plan.roles[2].responsibilities).toEqual(['Keeps the timeline']);
  });

  it('accepts a byte-order mark and CRLF line endings, with positions unchanged', () => {
    const result = compileWith({ 'parties.yaml': (t) => '\uFEFF' + t.replace(/\n/g, '\r\n').replace('kind: regulator', 'kind: regulatr') });
    expect(lines(result)).toEqual([
      'content/parties.yaml:4:11  error  schema-value  party "dpa": "kind" must be one of regulator, supervisor, csirt, insurer, law-enforcement, acquirer, card-brand, ir-retainer, vendor, customer, other (got the text "regulatr") (did you mean "regulator"?)',
    ]);
  });

  it('reads chapters with CRLF line endings, keeping link positions', () => {
    const result = compileWith({ 'chapters/purpose.mdx': (t) => t.replace(/\n/g, '\r\n').replace('playbook:breach', 'playbook:breech') });
    expect(result.problems.map((p) => [p.rule, p.line, p.column])).toEqual([['ref-unresolved', 6, 66]]);
  });

  it('accepts .yml as well as .yaml', () => {
    const result = compileWith({ 'parties.yaml': null, 'parties.yml': 'parties:\n  - id: dpa\n    name: DPA\n    kind: regulator\n' });
    expect(result.problems).toEqual([]);
  });
});
