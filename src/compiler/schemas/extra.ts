/**
 * Schemas of files outside `content/` that also get a JSON Schema (the scenario format of the
 * exercise engine registers itself here), keyed by output file name.
 */
import type { z } from 'zod';
import { scenarioSchema } from '../../engine/scenario/schema.ts';

export const EXTRA_SCHEMAS: Record<string, z.ZodType> = {
  /** `scenarios/*.yaml`: tabletop exercise scenarios (src/engine/scenario/schema.ts). */
  'scenario.schema.json': scenarioSchema,
};
