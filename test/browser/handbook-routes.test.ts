/**
 * The reserved names (src/plan/routes.ts) are exactly what the built site puts in each folder besides
 * the plan's own pages: a chapter or scenario id can take no generated page or file, and the list
 * names nothing the build does not make.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, KIT_DIST, sourcePlan } from './handbook-helpers.ts';
import { RESERVED_NAMES } from '../../src/plan/routes.ts';
import { loadScenarios } from '../../src/integration/scenarios.ts';

/** Names in a folder of a built site (the staff handbook by default), as URL segments: `404.html` → `404`. */
const namesIn = (dir: string, root = DIST) => readdirSync(join(root, dir)).map((name) => name.replace(/\.html$/, ''));

describe('reserved route names', () => {
  it('are the top-level names of the built site that no chapter made', () => {
    const chapters = new Set(sourcePlan().chapters.map((c) => c.id.split('/')[0]));
    const generated = namesIn('.').filter((name) => !chapters.has(name));
    expect(generated.sort()).toEqual([...RESERVED_NAMES['/']].sort());
  });

  it('are the top-level names of the facilitator kit too: it adds pages only under /exercises/', () => {
    expect(namesIn('.', KIT_DIST).sort()).toEqual(namesIn('.').sort());
  });

  it('are the names under /exercises/ of the facilitator kit that no scenario made', () => {
    const scenarios = new Set(loadScenarios().map((s) => s.scenario.id));
    const generated = namesIn('exercises', KIT_DIST).filter((name) => !scenarios.has(name));
    expect(generated.sort()).toEqual([...RESERVED_NAMES['/exercises/']].sort());
  });
});
