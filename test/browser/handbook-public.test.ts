/**
 * The public/auditor edition: `DRILLBOOK_AUDIENCE=public astro build` leaves out every private
 * contact value of the plan. Builds into a temporary folder and scans every file it wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, listFiles, readPage, sourcePlan } from './handbook-helpers.ts';
import { privateValues } from '../../src/plan/redact.ts';

const plan = sourcePlan();
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'drillbook-public-'));
  astroBuild({ outDir: out, env: { DRILLBOOK_AUDIENCE: 'public' }, quiet: true });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('public build', () => {
  it('has private values to hide, which the internal build does show (so the scan below can fail)', () => {
    expect(privateValues(plan).length).toBeGreaterThan(0);
    expect(readPage(DIST, '/contacts/')).toContain(privateValues(plan)[0]);
  });

  it('contains none of the private values in any file it wrote', () => {
    const values = privateValues(plan);
    const leaks: string[] = [];
    for (const file of listFiles(out)) {
      const text = readFileSync(join(out, file)).toString('latin1');
      for (const v of values) if (text.includes(v)) leaks.push(`${file}: ${v}`);
    }
    expect(leaks).toEqual([]);
  });

  it('still lists the people and says it is the public edition', () => {
    const contacts = readPage(out, '/contacts/');
    for (const p of plan.people) expect(contacts).toContain(p.name.replace(/&/g, '&amp;'));
    expect(contacts).toContain('public edition');
  });
});
