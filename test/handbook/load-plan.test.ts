/**
 * The one compile cache of a build (src/integration/load-plan.ts): keyed by the digests the safe
 * reader takes of each file, read when a build starts and never again by the pages.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/compiler/read-plan.ts';
import { compileOrFail, loadCompiled, loadRefs } from '../../src/integration/load-plan.ts';
import { MINIMAL } from '../compiler/helpers.ts';

const before = process.env.DRILLBOOK_CONTENT;
afterEach(() => {
  if (before === undefined) delete process.env.DRILLBOOK_CONTENT;
  else process.env.DRILLBOOK_CONTENT = before;
});

/** A fresh copy of the minimal plan. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-load-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

describe('the compiled plan of a build', () => {
  it('is keyed by the SHA-256 the safe reader takes of each file, BOM included', () => {
    const dir = copy();
    writeFileSync(join(dir, 'roles.yaml'), `\uFEFF${readFileSync(join(dir, 'roles.yaml'), 'utf8')}`);
    for (const f of readContentDir(dir).files) {
      expect(f.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(join(dir, f.path)))
          .digest('hex'),
      );
    }
    const result = compileOrFail(dir);
    expect(result.plan.sources.find((s) => s.file === 'roles.yaml')!.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'roles.yaml')))
        .digest('hex'),
    );
  });

  it('compiles an unchanged folder once, and again when a file changes', () => {
    const dir = copy();
    const first = compileOrFail(dir);
    expect(compileOrFail(dir)).toBe(first);
    writeFileSync(join(dir, 'roles.yaml'), `${readFileSync(join(dir, 'roles.yaml'), 'utf8')}\n# edited\n`);
    const second = compileOrFail(dir);
    expect(second).not.toBe(first);
    expect(second.plan.digest).not.toBe(first.plan.digest);
  });

  it('serves the pages what the build read, without reading the folder again', () => {
    const dir = copy();
    process.env.DRILLBOOK_CONTENT = dir;
    const loaded = loadCompiled();
    expect(loadRefs()).toBe(loadRefs());
    renameSync(dir, `${dir}-gone`); // a page that read the folder now would fail
    expect(loadCompiled()).toBe(loaded);
    expect(() => compileOrFail(dir)).toThrowError('error  file-missing');
  });
});
