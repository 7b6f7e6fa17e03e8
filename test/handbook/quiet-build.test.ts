import { describe, expect, it } from 'vitest';
import { isAstroDirectiveNote, onBuildWarning } from '../../src/integration/quiet-build.ts';

const ASTRO_NOTE = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/chapters/communications.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the build warning filter', () => {
  it('drops Rolldown`s note on the directive Astro writes into each chapter`s wrapper module', () => {
    const passed: unknown[] = [];
    onBuildWarning(ASTRO_NOTE, (log) => passed.push(log));
    expect(passed).toEqual([]);
    expect(isAstroDirectiveNote(ASTRO_NOTE)).toBe(true);
  });

  it('passes on every other warning, a module level directive of the code`s own included', () => {
    const others = [
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.',
      },
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "src/components/X.ts" may not be preserved when bundling.',
      },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a -> b -> a' },
      { message: 'a plain warning' },
    ];
    const passed: unknown[] = [];
    for (const log of others) onBuildWarning(log, (l) => passed.push(l));
    expect(passed).toEqual(others);
  });
});
