/**
 * JSON Schemas of every plan file kind and of the scenario format (`scenarios/*.yaml`), generated from the zod schemas for the YAML language server. `npm run schema` writes them to
 * `public/schemas/`; a test checks the committed copies are current.
 */
import { z } from 'zod';
import { CHAPTERS, FILE_KINDS, schemaFileName } from './file-kinds.ts';
import { scenarioSchema } from '../plan/schema/scenario.ts';

/** Each schema file name (e.g. `roles.schema.json`) with its JSON text, as written to disk. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    // < and > written as \u escapes: a schema file can never be read as HTML.
    out.set(name, JSON.stringify(json, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e') + '\n');
  };
  for (const kind of FILE_KINDS) add(schemaFileName(kind), kind.schema);
  add(schemaFileName('chapter'), CHAPTERS.schema);
  add('scenario.schema.json', scenarioSchema);
  return out;
}
