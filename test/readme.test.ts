/** The README is the user's manual: it must name every rule the checker can print and open with the two commands. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/compiler/rules/index.ts';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('documents every plan rule the compiler runs, with its level', () => {
    const missing = RULES.filter((r) => !readme.includes(`| \`${r.id}\` | ${r.severity} |`)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('opens with exactly the install-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .trim()
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## '));
  });
});
