import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/compiler/rules/index.ts';

describe('rule tests', () => {
  it('test every rule the compiler runs', () => {
    const dir = 'test/compiler/rules';
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    const untested = RULES.map((r) => r.id).filter(
      (id) => !text.includes(`ofRule(result, '${id}')`) && !text.includes(`describe('${id}'`),
    );
    expect(untested).toEqual([]);
  });

  it('give every rule a unique id and a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});
