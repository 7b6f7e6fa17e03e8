/**
 * Schemas of files outside `content/` that also get a JSON Schema (the scenario format
 * registers itself here), keyed by output file name.
 */
import type { z } from 'zod';
import { scenarioSchema } from '../scenario/schema.ts';

export const EXTRA_SCHEMAS: Record<string, z.ZodType> = {
  /** `scenarios/*.yaml`: tabletop exercise scenarios (src/compiler/scenario/schema.ts). */
  'scenario.schema.json': scenarioSchema,
};
