/**
 * Schemas of files outside `content/` that also get a JSON Schema (the scenario format of the
 * exercise engine registers itself here), keyed by output file name.
 */
import type { z } from 'zod';

export const EXTRA_SCHEMAS: Record<string, z.ZodType> = {};
