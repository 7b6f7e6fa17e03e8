/**
 * The top level as designed: the plan (`content/`), the code (`src/`), the scenario scripts
 * (`scenarios/`), static files (`public/`), the tests and benchmarks (`test/`), CI (`.ci/`), the
 * config and package files and the README; nothing else is committed there. Counted from what git
 * tracks or would add (ignored build output such as dist/ or .bench/ does not count).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['.ci', 'content', 'public', 'scenarios', 'src', 'test'];
const FILES = [
  '.gitignore',
  '.prettierignore',
  '.prettierrc.json',
  'README.md',
  'astro.config.mjs',
  'package-lock.json',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
];

/** Top-level names of every file git tracks or would add, from the repository root. */
function topLevel(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  return [
    ...new Set(
      out
        .split('\0')
        .filter(Boolean)
        .map((path) => path.split('/')[0]),
    ),
  ].sort();
}

describe('repository layout', () => {
  it('holds at the top level exactly content/, src/, scenarios/, public/, test/, .ci/, the config and package files and the README', () => {
    expect(topLevel()).toEqual([...FOLDERS, ...FILES].sort());
  });

  it('keeps the benchmark code under test/bench/, where `npm run bench` runs it from', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.bench).toBe('tsx test/bench/run.ts');
    expect(existsSync('test/bench/run.ts')).toBe(true);
  });

  it('names every top-level folder in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(FOLDERS.filter((folder) => !readme.includes(`\`${folder}/\``))).toEqual([]);
  });
});
