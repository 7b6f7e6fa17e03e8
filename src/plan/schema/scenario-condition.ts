/**
 * A scenario's trigger conditions (`when:` of injects and expectations): exactly one key each, with
 * `all`/`any`/`not` combining others, over decisions taken, the scenario clock, injects delivered,
 * facts revealed, anchor events, the declared severity and affected data categories.
 */
import { z } from 'zod';
import { ANCHOR_EVENTS } from './common.ts';
import { anchor, clockText, exactlyOne, id } from './scenario-fields.ts';

const CONDITION_KEYS = [
  'all',
  'any',
  'not',
  'decided',
  'after',
  'before',
  'delivered',
  'fact',
  'anchor',
  'severity',
  'dataCategory',
];

/** A trigger condition; exactly one key. `all`/`any`/`not` combine others. */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  decided?: string;
  after?: string;
  before?: string;
  delivered?: string;
  fact?: string;
  anchor?: (typeof ANCHOR_EVENTS)[number];
  severity?: string;
  dataCategory?: string;
}

/** A trigger: branches on earlier decisions, elapsed time and revealed facts. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      /** Every one of these holds. */
      all: z.array(conditionSchema).min(1).optional().meta({ description: 'Every one of these holds.' }),
      /** At least one of these holds. */
      any: z.array(conditionSchema).min(1).optional().meta({ description: 'At least one of these holds.' }),
      /** This does not hold. */
      not: conditionSchema.optional().meta({ description: 'This does not hold.' }),
      /** A decision was taken: `decision-id` (any option) or `decision-id/option-id`. */
      decided: z
        .string()
        .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, {
          error: 'must be decision-id or decision-id/option-id, e.g. declare-severity/sev1',
        })
        .optional()
        .meta({ description: 'decision-id or decision-id/option-id that was chosen.' }),
      /** The scenario clock has reached this time. */
      after: clockText.optional(),
      /** The scenario clock has not yet reached this time. */
      before: clockText.optional(),
      /** This inject has been delivered. */
      delivered: id.optional().meta({ description: 'Id of an inject that has been delivered.' }),
      /** This scenario fact has been revealed (by an inject or a decision). */
      fact: id.optional().meta({ description: 'A scenario fact revealed by an inject or a decision.' }),
      /** This anchor event has happened. */
      anchor: anchor.optional(),
      /** This severity (plan id) has been declared. */
      severity: id.optional().meta({ description: 'Plan severity id that has been declared.' }),
      /** This data category is known to be affected. */
      dataCategory: id.optional().meta({ description: 'Data category revealed as affected.' }),
    })
    .refine(...exactlyOne(CONDITION_KEYS, '{ decided: declare-severity/sev1 } or { after: T+01:00 }'))
    .meta({ id: 'condition', description: 'Trigger condition: exactly one key.' }),
);
