/**
 * `npm run schema`: writes a JSON Schema per plan file kind to `public/schemas/`, generated from the
 * zod schemas, so the YAML language server autocompletes and checks plan files. Each YAML file names
 * its schema in a first-line comment `# yaml-language-server: $schema=...`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CHAPTERS, FILE_KINDS, schemaFileName } from '../compiler/schemas/index.ts';
import { EXTRA_SCHEMAS } from '../compiler/schemas/extra.ts';

const out = 'public/schemas';
mkdirSync(out, { recursive: true });

const write = (name: string, schema: z.ZodType) => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  writeFileSync(`${out}/${name}`, JSON.stringify(json, null, 2) + '\n');
  console.log(`${out}/${name}`);
};

for (const kind of FILE_KINDS) write(schemaFileName(kind), kind.schema);
write(schemaFileName('chapter'), CHAPTERS.schema);
for (const [name, schema] of Object.entries(EXTRA_SCHEMAS)) write(name, schema);
