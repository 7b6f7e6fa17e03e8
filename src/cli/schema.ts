/**
 * `npm run schema`: writes a JSON Schema per plan file kind to `public/schemas/`, generated from the
 * zod schemas, so the YAML language server autocompletes and checks plan files. Each YAML file names
 * its schema in a first-line comment `# yaml-language-server: $schema=...`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateJsonSchemas } from '../compiler/json-schemas.ts';

const out = 'public/schemas';
mkdirSync(out, { recursive: true });

for (const [name, text] of generateJsonSchemas()) {
  writeFileSync(`${out}/${name}`, text);
  console.log(`${out}/${name}`);
}
