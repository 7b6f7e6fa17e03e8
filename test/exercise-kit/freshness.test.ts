/** `npm run exercise` builds the kit only when it is missing or older than what it is built from. */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestFile, whyRebuild } from '../../src/exercise-kit/freshness.ts';

/** A project with a plan file, a scenario and a built kit, the kit built at `builtAt` and the sources edited at `editedAt` (seconds). */
function project(builtAt: number, editedAt: number, kit = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-fresh-'));
  const put = (file: string, at: number) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
    utimesSync(join(dir, file), at, at);
  };
  put('content/roles.yaml', editedAt - 10);
  put('scenarios/weekend.yaml', editedAt);
  put('content/.hidden-editor-file', editedAt + 100);
  if (kit) {
    put('dist-exercise/exercises/run/index.html', builtAt);
    put('dist-exercise/sw.js', builtAt);
  }
  return dir;
}

describe('whether the kit needs building', () => {
  it('says so when there is no built kit', () => {
    const dir = project(1000, 900, false);
    expect(whyRebuild(join(dir, 'dist-exercise'), [join(dir, 'content')])).toMatch(/holds no built kit yet$/);
  });

  it('names the newest source file changed since the kit was built', () => {
    const dir = project(1000, 2000);
    expect(whyRebuild(join(dir, 'dist-exercise'), [join(dir, 'content'), join(dir, 'scenarios')])).toBe(
      `${join(dir, 'scenarios/weekend.yaml')} changed since the kit was built`,
    );
  });

  it('builds nothing when the kit is newer than every source, editor dot-files aside', () => {
    const dir = project(3000, 2000);
    expect(
      whyRebuild(join(dir, 'dist-exercise'), [
        join(dir, 'content'),
        join(dir, 'scenarios'),
        join(dir, 'no-such-folder'),
      ]),
    ).toBeUndefined();
    expect(newestFile(join(dir, 'content'))?.file).toBe(join(dir, 'content/roles.yaml'));
  });
});
