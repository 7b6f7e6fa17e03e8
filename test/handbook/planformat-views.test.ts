import { describe, expect, it } from 'vitest';
import { otherNames, shortName } from '../../src/handbook/raci.ts';
import { demoteHeadings } from '../../src/markdown/render-markdown.ts';

describe("a role's short name and other names", () => {
  it('takes a one-word alias as the short name and does not repeat it among the other names', () => {
    const ic = { name: 'Incident Commander', aliases: ['IC'] };
    expect(shortName(ic)).toBe('IC');
    expect(otherNames(ic)).toEqual([]);
  });

  it('does not take an alias of several words as a short name', () => {
    const role = { name: 'Major Incident Manager', aliases: ['Area Commander', 'MIM'] };
    expect(shortName(role)).toBe('MIM');
    expect(otherNames(role)).toEqual(['Area Commander']);
    expect(shortName({ name: 'Major Incident Manager', aliases: ['Area Commander'] })).toBe('Major Incident Manager');
  });
});

describe('demoting the headings of a rendered text', () => {
  it('moves every heading down, at most to h6, and leaves other tags and text alone', () => {
    expect(demoteHeadings('<h1>A</h1><h2 id="b">B</h2><h5>E</h5><p>&lt;h2&gt; <em>h2</em></p><header>', 2)).toBe(
      '<h3>A</h3><h4 id="b">B</h4><h6>E</h6><p>&lt;h2&gt; <em>h2</em></p><header>',
    );
  });
});
