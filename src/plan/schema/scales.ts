/**
 * `content/scales.yaml`: classification scales besides severity. Severity (`severities.yaml`) stays
 * the default scale; a plan that also labels every incident with, say, an urgency priority defines
 * that scale here, with its levels and their criteria. Conditions name a level as `<scale>:<level>`
 * (`priority:p1`); scenarios set it (`reveals.levels`).
 */
import { z } from 'zod';
import { id } from './common.ts';

/** How a level of a scale is written in a condition or a scenario: `<scale id>:<level id>`. */
export const LEVEL_REF_PATTERN = /^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9-]*$/;

/** A reference to a level of a scale, `priority:p1`. */
export const levelRef = z
  .string()
  .regex(LEVEL_REF_PATTERN, {
    error: (i) => `must name a level as <scale>:<level>, such as priority:p1 (got ${JSON.stringify(i.input)})`,
  })
  .meta({ description: 'A level of a scale of scales.yaml, written <scale>:<level>, e.g. priority:p1.' });

/** One level of a scale, e.g. priority P1. */
export const levelSchema = z.strictObject({
  /** Id unique within the scale, e.g. `p1`. */
  id,
  /** 1 is the highest level. */
  rank: z.int().min(1).meta({ description: '1 is the highest level.' }),
  /** Short label, e.g. `P1 Critical`. */
  label: z.string().min(1).meta({ description: 'Short label, e.g. P1 Critical.' }),
  /** What puts an incident at this level; each line is one set of conditions that together qualify. */
  criteria: z
    .array(z.string().min(1))
    .min(1)
    .meta({ description: 'What puts an incident at this level, one line each.' }),
});

/** A classification scale, e.g. urgency priority 1–5. */
export const scaleSchema = z.strictObject({
  /** Id used in level references, e.g. `priority`. */
  id,
  /** Name, e.g. `Priority`. */
  name: z.string().min(1).meta({ description: 'Name of the scale, e.g. Priority.' }),
  /** What the scale measures. */
  description: z
    .string()
    .optional()
    .meta({ description: 'What the scale measures, e.g. how urgently the response must start.' }),
  /** Its levels, highest (rank 1) first or in any order; shown by rank. */
  levels: z.array(levelSchema).min(1).meta({ description: 'The levels of the scale.' }),
});

/** Schema of `content/scales.yaml`. */
export const scalesFile = z
  .strictObject({ scales: z.array(scaleSchema).min(1) })
  .meta({ title: 'Drillbook classification scales', description: 'content/scales.yaml' });
