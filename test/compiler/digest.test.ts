/**
 * The plan digest is the content's alone (src/compiler/digest.ts): the same files give the same
 * digest and the same per-file list from any folder location, and every change of a byte or a name
 * gives another.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { digestSources } from '../../src/compiler/digest.ts';

const TODAY = '2026-11-01';
const temp = mkdtempSync(join(tmpdir(), 'drillbook-digest-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the example plan at `sub` under the temporary folder. */
function copyAt(sub: string): string {
  const dir = join(temp, sub);
  cpSync('content', dir, { recursive: true });
  return dir;
}

describe('the plan digest', () => {
  it('is the same for the example plan in content/, one folder deep and four folders deep, given absolute or relative', () => {
    const here = compilePlan('content', { today: TODAY });
    const shallow = compilePlan(copyAt('a'), { today: TODAY });
    const deep = compilePlan(relative(process.cwd(), copyAt('b/c/d/plan')), { today: TODAY });
    expect(modelOf(here)!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(modelOf(shallow)!.digest).toBe(modelOf(here)!.digest);
    expect(modelOf(deep)!.digest).toBe(modelOf(here)!.digest);
    expect(modelOf(deep)!.sources).toEqual(modelOf(here)!.sources);
  });

  it('lists each file by its path inside the plan folder, never with ../ or the folder name', () => {
    const deep = compilePlan(copyAt('e/f'), { today: TODAY });
    const files = modelOf(deep)!.sources.map((s) => s.file);
    expect(files).toContain('plan.yaml');
    expect(files).toContain('playbooks/ransomware.yaml');
    expect(files.filter((f) => f.startsWith('../') || f.startsWith('/') || f.includes('e/f'))).toEqual([]);
    expect(modelOf(deep)!.sources.find((s) => s.file === 'roles.yaml')!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when one byte of one file changes', () => {
    const dir = copyAt('g');
    const before = modelOf(compilePlan(dir, { today: TODAY }))!.digest;
    const file = join(dir, 'roles.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Incident Commander', 'Incident Commandor'));
    expect(modelOf(compilePlan(dir, { today: TODAY }))!.digest).not.toBe(before);
  });

  it('changes when a file is renamed, though no content changed', () => {
    const a = digestSources([
      { path: 'a.yaml', text: 'x: 1\n' },
      { path: 'b.yaml', text: 'y: 2\n' },
    ]);
    const b = digestSources([
      { path: 'a.yaml', text: 'x: 1\n' },
      { path: 'c.yaml', text: 'y: 2\n' },
    ]);
    expect(a.digest).not.toBe(b.digest);
  });

  it('does not depend on the order the files are handed over in', () => {
    const files = [
      { path: 'b.yaml', text: 'y: 2\n' },
      { path: 'a.yaml', text: 'x: 1\n' },
    ];
    expect(digestSources(files).digest).toBe(digestSources([...files].reverse()).digest);
  });
});
