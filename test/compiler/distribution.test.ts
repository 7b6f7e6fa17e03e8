/** The plan's distribution: each list item is one recipient, commas and all; one text is one recipient, and a comma in it is asked about. */
import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, planOf, replace } from './helpers.ts';

const withDistribution = (yaml: string) =>
  compileWith({ 'plan.yaml': replace('classification: internal\n', `classification: internal\n${yaml}\n`) });

describe('distribution', () => {
  it('keeps each list item as one recipient, a comma inside it included, with no warning', () => {
    const result = withDistribution('distribution:\n  - Legal, Risk and Compliance\n  - Smith, J. (CISO)');
    expect(planOf(result).document.distribution).toEqual(['Legal, Risk and Compliance', 'Smith, J. (CISO)']);
    expect(ofRule(result, 'distribution-one-text')).toEqual([]);
  });

  it('reads a single text as one recipient, with no warning when it holds no comma', () => {
    const result = withDistribution('distribution: Management Board');
    expect(planOf(result).document.distribution).toEqual(['Management Board']);
    expect(result.problems).toEqual([]);
  });

  it('reads a single text with a comma as one recipient, never split, and warns on its line that a list says which is meant', () => {
    const result = withDistribution('distribution: Smith, J. (CISO)');
    expect(planOf(result).document.distribution).toEqual(['Smith, J. (CISO)']);
    const [warning, ...more] = ofRule(result, 'distribution-one-text');
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ file: 'content/plan.yaml', line: 14, severity: 'warning' });
    expect(warning.message).toContain('write it as a one-item list ("- Smith, J. (CISO)")');
  });

  it('is an empty list when not written', () => {
    expect(planOf(compileWith()).document.distribution).toEqual([]);
  });

  it('names the field and both accepted forms when it is neither a list of texts nor a text', () => {
    const [problem] = withDistribution('distribution: [Legal, 3]').problems;
    expect(problem).toMatchObject({ line: 14, severity: 'error' });
    expect(problem.message).toContain('"distribution" must be a list of recipients, one text per item');
  });
});
