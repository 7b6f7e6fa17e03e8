import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../src/compiler/json-schemas.ts';

const DIR = 'public/schemas';

describe('committed JSON Schemas', () => {
  const generated = generateJsonSchemas();

  it('exist for exactly the generated schemas (run npm run schema)', () => {
    const committed = readdirSync(DIR)
      .filter((f) => f.endsWith('.schema.json'))
      .sort();
    expect(committed, 'public/schemas/ is out of date: run npm run schema').toEqual([...generated.keys()].sort());
  });

  it('match what the zod schemas generate today (run npm run schema)', () => {
    const stale = [...generated]
      .filter(([name, text]) => readFileSync(`${DIR}/${name}`, 'utf8') !== text)
      .map(([name]) => name);
    expect(stale, `stale JSON Schemas, run npm run schema: ${stale.join(', ')}`).toEqual([]);
  });

  it('describe plan files as strict objects with their top-level key', () => {
    const roles = JSON.parse(generated.get('roles.schema.json')!);
    expect(roles.required).toEqual(['roles']);
    expect(roles.additionalProperties).toBe(false);
  });
});
