/** The YAML slips an author makes most, each in words with its fix: a value cut by ` #`, text read as a list or key. */
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlExact } from '../../src/compiler/yaml-source.ts';
import { closest } from '../../src/compiler/suggest.ts';

const rules = (text: string) =>
  parseYaml('f.yaml', text).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}`);

describe('a plain value cut short by a comment', () => {
  it('warns where " #word" cuts a title, and keeps the value YAML read', () => {
    const { source, problems } = parseYaml('f.yaml', 'steps:\n  - title: Post the notice in #revocations\n');
    expect((source!.data as { steps: { title: string }[] }).steps[0].title).toBe('Post the notice in');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 12, severity: 'warning', rule: 'yaml-comment-cut' });
    expect(problems[0].message).toContain('quote the value: "Post the notice in #revocations"');
  });

  it('warns in frontmatter and in lists, the exact way as the fast way', () => {
    expect(parseYamlExact('c.mdx', 'title: Call #2 of the day\n', 1).problems.map((p) => [p.line, p.rule])).toEqual([
      [2, 'yaml-comment-cut'],
    ]);
    expect(rules('aliases:\n  - IC #1\n')).toEqual(['2:5 warning yaml-comment-cut']);
  });

  it('leaves comments written as comments, quoted hashes and hashes inside a word alone', () => {
    expect(
      rules(
        'a: value # a comment\nb: value  ## heading\nc: "in #channel"\nd: C#7 and F#\ne: x\n# #note on its own line\n',
      ),
    ).toEqual([]);
  });

  it('keeps a real comment after the cut-off words out of the suggested value', () => {
    const [p] = parseYaml('f.yaml', 'title: Post in #incidents  # the channel everyone watches\n').problems;
    expect(p.message).toContain('so "#incidents" is dropped');
    expect(p.message).toContain('quote the value: "Post in #incidents"');
  });
});

describe('syntax errors in plain words', () => {
  it('tells to quote text that starts with a bracket', () => {
    const [p] = parseYaml('f.yaml', 'a:\n  title: [P1] Escalate to the lead\n').problems;
    expect(p).toMatchObject({ line: 2, column: 10, rule: 'yaml-syntax' });
    expect(p.message).toBe(
      'YAML syntax error: this value is text, but it starts with "[", which opens a list; put the whole value in quotes: "[P1] Escalate to the lead"',
    );
  });

  it('tells to quote text that holds ": "', () => {
    const [p] = parseYaml('f.yaml', '- title: Step one: call the lead\n').problems;
    expect(p.message).toContain(
      'it holds ": ", which starts a key; put the whole value in quotes: "Step one: call the lead"',
    );
  });

  it("says what a block inside brackets means instead of the parser's words", () => {
    const [p] = parseYaml('f.yaml', 'a: [x, y:\n  - z]\n').problems;
    expect(p.message).not.toContain('Block collections');
    expect(p.message).toContain('close the bracket on the line where it opens');
  });
});

describe('did-you-mean by letter set', () => {
  it('suggests the same letters in another order before a nearer single letter', () => {
    expect(closest('RA', ['R', 'A', 'C', 'I', 'AR'])).toBe('AR');
    expect(closest('ra', ['R', 'A', 'C', 'I', 'AR'])).toBe('AR');
    expect(closest('X', ['R', 'A', 'C', 'I', 'AR'])).toBeUndefined();
  });
});
