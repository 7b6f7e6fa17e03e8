/**
 * `appliesWhen`: when a plan element applies to an incident, on one vocabulary shared by
 * notification obligations and playbook activities: the incident's type, its declared severity
 * (or whether it is major) and the data categories affected. Every condition given must hold;
 * within one list, any entry is enough. The engine evaluates it in one place
 * (src/engine/applies-when.ts) and the handbook words it in one place (src/plan/applies-when.ts).
 */
import { z } from 'zod';
import { id, ref } from './common.ts';

/** The condition itself; every field optional, so `{}` always holds. */
export const appliesWhen = z
  .strictObject({
    /** Any of these data categories affected (revealed in an exercise). Default: any. */
    dataCategories: z.array(id).default([]).meta({ description: 'Applies only when any of these data categories is affected, e.g. [cardholder-data]. Default: any.' }),
    /** Any of these incident types. Default: any. */
    incidentTypes: z.array(ref('incident type')).default([]).meta({ description: 'Applies only to any of these incident types. Default: any.' }),
    /** Only for major incidents (`true`) or only for non-major ones (`false`). Default: either. */
    major: z.boolean().optional().meta({ description: 'Applies only to major incidents (true) or only to non-major ones (false). Default: either.' }),
    /** Any of these declared severities. Default: any. */
    severities: z.array(ref('severity')).default([]).meta({ description: 'Applies only when any of these severities is declared. Default: any.' }),
  })
  .meta({ description: 'When it applies; every condition given must hold (within a list, any entry is enough).' });
