/**
 * The golden corpus of broken plans: each folder in test/fixtures/broken/ holds only the files that
 * differ from test/fixtures/minimal (a file `<name>.delete` removes `<name>`), and `expected.txt`,
 * the exact output lines. The case folder is read like a plan folder, so a case file that cannot be
 * read (an upper-case extension, bytes that are not UTF-8) reports what `npm run check` would: the
 * reading problems alone. `UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts` rewrites them.
 */
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/compile.ts';
import { PLAN_FOLDER, readFolder, type FolderKind, type FolderRead } from '../../src/compiler/read-folder.ts';
import { compileWith, lines, type Change } from './helpers.ts';

const ROOT = 'test/fixtures/broken';
const update = process.env.UPDATE_GOLDEN === '1';

/** A case folder: a plan folder that also holds `expected.txt` and `<name>.delete` markers. */
const CASE_FOLDER: FolderKind = { ...PLAN_FOLDER, extensions: [...PLAN_FOLDER.extensions, '.delete', '.txt'] };

/** The changes a case folder makes to the minimal plan. */
function changesOf(read: FolderRead): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const f of read.files) {
    if (f.path === 'expected.txt') continue;
    if (f.path.endsWith('.delete')) changes[f.path.slice(0, -'.delete'.length)] = null;
    else changes[f.path] = f.text;
  }
  return changes;
}

const cases = readdirSync(ROOT).sort();

describe('broken plans', () => {
  it('has at least 35 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  for (const name of cases) {
    it(`reports ${name.replace(/^\d+-/, '').replace(/-/g, ' ')} as expected`, () => {
      const dir = join(ROOT, name);
      const read = readFolder(dir, CASE_FOLDER, { prefix: 'content/' });
      const result = read.problems.length ? compileSources(read, { prefix: 'content/' }) : compileWith(changesOf(read));
      const actual = lines(result).join('\n') + '\n';
      const file = join(dir, 'expected.txt');
      if (update) writeFileSync(file, actual);
      expect(
        existsSync(file),
        `${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts and review it`,
      ).toBe(true);
      expect(result.problems.length, 'a broken case must produce at least one problem').toBeGreaterThan(0);
      expect(result.problems.some((p) => p.rule === 'internal-error')).toBe(false);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
