import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isReservedName, RESERVED_NAMES } from '../../src/plan/routes.ts';
import { ROUTES } from '../../src/relay/kit-routes.ts';

/** URL segment of a page or file in src/pages/ or public/: `print.astro` → `print`; dynamic routes (`[id].astro`) name no segment. */
const segmentsIn = (dir: string) =>
  readdirSync(dir)
    .map((name) => name.replace(/\.(astro|ts)$/, ''))
    .filter((name) => !name.startsWith('['));

describe('RESERVED_NAMES', () => {
  it('reserves every top-level page of src/pages/ and every file of public/', () => {
    const used = [...segmentsIn('src/pages'), ...segmentsIn('public')];
    expect(used.filter((s) => !isReservedName('/', s))).toEqual([]);
  });

  it('reserves exactly the fixed pages of the exercise kit under /exercises/', () => {
    const fixed = ROUTES.kit.map((r) => r.pattern.split('/')[2] ?? 'index').filter((name) => !name.startsWith('['));
    expect([...RESERVED_NAMES['/exercises/']].sort()).toEqual([...new Set(fixed)].sort());
  });

  it('takes index in every folder and only the listed names besides', () => {
    expect(isReservedName('/', 'index')).toBe(true);
    expect(isReservedName('/exercises/', 'index')).toBe(true);
    expect(isReservedName('/', 'pagefind')).toBe(true);
    expect(isReservedName('/', 'run')).toBe(false);
    expect(isReservedName('/exercises/', 'run')).toBe(true);
    expect(isReservedName('/', 'purpose')).toBe(false);
  });
});
