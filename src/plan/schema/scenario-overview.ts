/**
 * The scenario's optional `overview`: what the HSEEP after-action report's exercise overview says
 * beyond the title and objectives (scope, mission areas, threat or hazard, sponsor, organisations,
 * points of contact, and the published exercise a scenario transcribes).
 */
import { z } from 'zod';

/** HSEEP mission areas an exercise may address. */
export const MISSION_AREAS = ['Prevention', 'Protection', 'Mitigation', 'Response', 'Recovery'] as const;

/** A point of contact named in the after-action report's overview. */
export const pointOfContactSchema = z.strictObject({
  /** Name, e.g. "Anna de Vries". */
  name: z.string().min(1),
  /** Their exercise role, e.g. "Exercise director", "Lead evaluator". */
  role: z.string().optional(),
  /** Their organisation. */
  organisation: z.string().optional(),
  /** How to reach them (e-mail or phone), printed as written. */
  contact: z.string().optional(),
});

/**
 * What the HSEEP after-action report's exercise overview says beyond the title and objectives.
 * Every field is optional; the report leaves out what is not given.
 */
export const exerciseOverviewSchema = z.strictObject({
  /** What the exercise covers and what it leaves out, one or two sentences. */
  scope: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'What the exercise covers and leaves out, one or two sentences.' }),
  /** HSEEP mission areas addressed. Default: Response. */
  missionAreas: z.array(z.enum(MISSION_AREAS)).default(['Response']).meta({
    description: 'HSEEP mission areas: Prevention, Protection, Mitigation, Response, Recovery. Default [Response].',
  }),
  /** The threat or hazard, e.g. "Ransomware (double extortion)". Default: the incident type's name. */
  threat: z.string().min(1).optional().meta({ description: "Threat or hazard. Default: the incident type's name." }),
  /** Who sponsors the exercise, e.g. "Chief Information Security Officer". */
  sponsor: z.string().min(1).optional(),
  /** Participating organisations. Default: the plan's organisation. */
  organisations: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: "Participating organisations. Default: the plan's organisation." }),
  /** Points of contact (exercise director, lead evaluator...). Default none. */
  pointsOfContact: z.array(pointOfContactSchema).default([]),
  /** Where the exercise material comes from (a published exercise), printed as the source. */
  source: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Published exercise this scenario transcribes: title, publisher, year, URL.' }),
});
