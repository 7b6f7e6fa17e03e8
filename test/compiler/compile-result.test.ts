/** What a compile hands back: a plan only when there is no error, otherwise the problems (and what validated). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSources } from '../../src/compiler/compile.ts';
import { compileWith, minimalFiles, replace, TODAY } from './helpers.ts';

describe('a compile result', () => {
  it('holds the plan and its warnings when there is no error', () => {
    const result = compileWith();
    expect(result.ok).toBe(true);
    expect(result.ok && result.plan.roles.map((r) => r.id)).toEqual(['incident-commander', 'deputy', 'dpo']);
  });

  it('holds no plan when there is an error, only the elements that validated, apart', () => {
    const result = compileWith({ 'roles.yaml': replace('name: Deputy', 'name: 42') });
    expect(result.ok).toBe(false);
    expect('plan' in result).toBe(false);
    expect(!result.ok && result.partial?.roles.map((r) => r.id)).toEqual(['incident-commander', 'dpo']);
  });

  it('holds neither a plan nor a partial model when a file could not be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-result-'));
    for (const f of minimalFiles()) {
      if (f.path.includes('/')) continue;
      writeFileSync(join(dir, f.path), f.text);
    }
    writeFileSync(join(dir, 'people.yaml'), Buffer.from([0x70, 0x65, 0xff, 0x0a]));
    const result = compilePlan(dir, { today: TODAY, prefix: 'content/' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.file)).toEqual(['content/people.yaml']);
    expect('plan' in result || 'partial' in result).toBe(false);
  });

  it('reuses the reader digests only for files straight from the reader, so changed text gets a new digest', () => {
    const files = minimalFiles();
    const changed = files.map((f) =>
      f.path === 'roles.yaml' ? { ...f, text: f.text.replace('Deputy', 'Second') } : f,
    );
    const fresh = compileSources(changed, { today: TODAY });
    const original = compileWith();
    const hash = (r: typeof fresh) => r.ok && r.plan.sources.find((s) => s.file === 'roles.yaml')?.sha256;
    expect(hash(fresh)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(fresh)).not.toBe(hash(original));
  });
});
