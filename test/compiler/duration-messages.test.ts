import { describe, expect, it } from 'vitest';
import { durationError } from '../../src/plan/schema/common.ts';
import { parseDuration } from '../../src/plan/time.ts';

describe('a duration with a fraction', () => {
  it.each([
    ['PT0.25H', 'PT15M'],
    ['PT1.5H', 'PT1H30M'],
    ['PT1,5H', 'PT1H30M'],
    ['P1.5D', 'P1DT12H'],
    ['P0.5W', 'P3DT12H'],
    ['P0.5Y', 'P6M'],
    ['PT0.5M', 'PT30S'],
    ['P1.5DT0.5H', 'P1DT12H30M'],
  ])('says fractions are not supported and suggests %s written as %s', (text, whole) => {
    expect(durationError(text)).toBe(
      `must be written in whole units: fractions are not supported (got "${text}"); write ${whole}`,
    );
    expect(parseDuration(whole), 'the suggestion is itself a valid duration').toBeDefined();
  });

  it('suggests days for a fraction of a month and rounding for a fraction of a second, which do not split evenly', () => {
    expect(durationError('P1.5M')).toContain('count months in whole months or write days instead, such as P45D');
    expect(durationError('PT0.5S')).toContain('round it to whole seconds');
  });

  it('keeps the usual message for text that is no duration at all', () => {
    expect(durationError('P0.5')).toBe('must be an ISO-8601 duration such as PT15M, PT72H, P4D or P1M (got "P0.5")');
    expect(durationError('1.5 h')).toMatch(/^must be an ISO-8601 duration/);
  });
});
