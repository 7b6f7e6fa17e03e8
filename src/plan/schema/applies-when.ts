/**
 * `appliesWhen`: when a plan element applies to an incident, on one vocabulary shared by
 * notification obligations and playbook activities: the incident's type, its declared severity
 * (or whether it is major), the data categories affected and the plan's own situational facts
 * (`plan.yaml` `facts`: publicly reported, enterprise customers affected…) and the levels of its other
 * classification scales (`scales.yaml`: `priority:p1`). Every condition given
 * must hold; within one list, any entry is enough. `all`, `any` and `not` combine whole conditions
 * ("any of" across fields, "not publicly reported"), and hold together with the fields beside them.
 * The engine evaluates it in one place (src/engine/applies-when.ts) and the handbook words it in one
 * place (src/plan/applies-when.ts).
 */
import { z } from 'zod';
import { id, ref } from './common.ts';
import { levelRef } from './scales.ts';

/** A condition as written: every field optional, so `{}` always holds. */
export interface AppliesWhenInput {
  dataCategories?: string[];
  incidentTypes?: string[];
  major?: boolean;
  severities?: string[];
  facts?: string[];
  levels?: string[];
  all?: AppliesWhenInput[];
  any?: AppliesWhenInput[];
  not?: AppliesWhenInput;
}

/** A condition as the model holds it: lists always present. */
export interface AppliesWhenOutput {
  dataCategories: string[];
  incidentTypes: string[];
  major?: boolean;
  severities: string[];
  /** Always present in a compiled plan; optional so that conditions built by hand need not give it. */
  facts?: string[];
  /** Always present in a compiled plan, like `facts`. */
  levels?: string[];
  all?: AppliesWhenOutput[];
  any?: AppliesWhenOutput[];
  not?: AppliesWhenOutput;
}

/** The condition itself. */
export const appliesWhen: z.ZodType<AppliesWhenOutput, AppliesWhenInput> = z
  .strictObject({
    /** Any of these data categories affected (revealed in an exercise). Default: any. */
    dataCategories: z.array(id).default([]).meta({
      description: 'Applies only when any of these data categories is affected, e.g. [cardholder-data]. Default: any.',
    }),
    /** Any of these incident types. Default: any. */
    incidentTypes: z
      .array(ref('incident type'))
      .default([])
      .meta({ description: 'Applies only to any of these incident types. Default: any.' }),
    /** Only for major incidents (`true`) or only for non-major ones (`false`). Default: either. */
    major: z.boolean().optional().meta({
      description: 'Applies only to major incidents (true) or only to non-major ones (false). Default: either.',
    }),
    /** Any of these declared severities. Default: any. */
    severities: z
      .array(ref('severity'))
      .default([])
      .meta({ description: 'Applies only when any of these severities is declared. Default: any.' }),
    /** Any of these situational facts of the plan (`plan.yaml` `facts`) is known. Default: any. */
    facts: z.array(id).default([]).meta({
      description:
        'Applies only when any of these facts (plan.yaml facts) is known, e.g. [publicly-reported]. Default: any.',
    }),
    /** Any of these levels of the plan's other scales (`scales.yaml`), written `<scale>:<level>`. Default: any. */
    levels: z.array(levelRef).default([]).meta({
      description:
        'Applies only when the incident is at any of these levels of scales.yaml, e.g. [priority:p1, priority:p2]. Default: any.',
    }),
    /** Every one of these conditions holds. */
    get all() {
      return z
        .array(appliesWhen)
        .min(1)
        .optional()
        .meta({ description: 'Applies only when every one of these conditions holds.' });
    },
    /** At least one of these conditions holds ("any of" across fields). */
    get any() {
      return z.array(appliesWhen).min(1).optional().meta({
        description:
          'Applies only when at least one of these conditions holds, e.g. [{ facts: [publicly-reported] }, { major: true }].',
      });
    },
    /** This condition does not hold. */
    get not() {
      return appliesWhen
        .optional()
        .meta({ description: 'Applies only when this condition does not hold, e.g. { facts: [publicly-reported] }.' });
    },
  })
  .meta({
    id: 'appliesWhen',
    description:
      'When it applies; every condition given must hold (within a list, any entry is enough; all, any and not combine whole conditions).',
  });
