/** Evidence that the plan is tested and mapped: exercise records and control mappings. */
import { z } from 'zod';
import { date, elementRef, id, ref } from './common.ts';
import { CATALOG_IDS } from '../catalogs/index.ts';
import { CAPABILITY_ELEMENTS } from '../capability-elements.ts';

/** HSEEP rating: Performed without challenges, Some challenges, Major challenges, Unable to be performed. */
export const hseepRating = z.enum(['P', 'S', 'M', 'U']).meta({
  description: 'HSEEP rating: P (no challenges), S (some), M (major), U (unable to be performed).',
});

/**
 * One row of an improvement plan, in the columns of the HSEEP AAR/IP template's improvement plan.
 * The template's columns an older record lacks (capability, element, organisation, start) are optional.
 */
export const improvementAction = z.strictObject({
  /** Id unique within the record. */
  id,
  /** Core capability the issue is about (the objective's), the template's first column. */
  capability: z.string().min(1).optional().meta({ description: 'Core capability, e.g. Operational Coordination.' }),
  /** The issue observed (issue or area for improvement). */
  issue: z.string().min(1),
  /** What will be done about it (corrective action). */
  action: z.string().min(1),
  /** Capability element the corrective action strengthens. Default: none given. */
  element: z
    .enum(CAPABILITY_ELEMENTS)
    .optional()
    .meta({ description: `Capability element the action strengthens: ${CAPABILITY_ELEMENTS.join(', ')}.` }),
  /** Primary responsible organisation. Default: none given (the plan's organisation). */
  organisation: z.string().min(1).optional().meta({ description: 'Primary responsible organisation.' }),
  /** Role responsible for the action: the organisation's point of contact. */
  owner: ref('role'),
  /** Start date. Default: none given. */
  start: date.optional().meta({ description: 'Start date (YYYY-MM-DD), on or before the due date.' }),
  /** Completion date. */
  due: date,
  /** Progress. Default `open`. */
  status: z.enum(['open', 'in-progress', 'done']).default('open'),
});

/** An exercise record: the evidence that the plan was tested (NIST SP 800-84, PCI DSS 12.10.2). */
export const exerciseSchema = z
  .strictObject({
    id,
    /** Exercise name. */
    title: z.string().min(1),
    /** Kind of exercise. */
    type: z.enum(['tabletop', 'functional', 'full-scale', 'real-incident-review']),
    /** Date held: the day the exercise was played. */
    date: date.meta({
      description: 'Day the exercise was played (YYYY-MM-DD); the audit counts the next exercise from it.',
    }),
    /** The scenario's story date of T+0, when it differs from the day played (scenario time, for reference only). */
    storyDate: date.optional().meta({
      description:
        "Story date of the scenario's T+0 (YYYY-MM-DD), when it differs from the day played; never used for the exercise interval.",
    }),
    /** Scenario id or title. */
    scenario: z.string().min(1),
    /** Plan version exercised. */
    planVersion: z.string().min(1),
    /** SHA-256 of the plan sources exercised, when the record was exported by the simulator. */
    planDigest: z
      .string()
      .regex(/^[a-f0-9]{64}$/)
      .optional(),
    /** SHA-256 of the scenario file, when exported by the simulator. */
    scenarioDigest: z
      .string()
      .regex(/^[a-f0-9]{64}$/)
      .optional(),
    /** Who took part. */
    participants: z
      .array(z.strictObject({ role: ref('role'), name: z.string().optional(), organisation: z.string().optional() }))
      .default([]),
    /** Objectives and their ratings. */
    objectives: z
      .array(
        z.strictObject({
          id,
          title: z.string().min(1),
          /** HSEEP rating; absent when the exercise did not exercise the objective. */
          rating: hseepRating
            .optional()
            .meta({ description: 'HSEEP rating: P, S, M or U; leave out when the objective was not exercised.' }),
          strengths: z.array(z.string()).default([]),
          areasForImprovement: z.array(z.string()).default([]),
        }),
      )
      .default([]),
    /** Notable observations. */
    findings: z.array(z.string().min(1)).default([]),
    /** Improvement plan. */
    improvements: z.array(improvementAction).default([]),
    /** Date the next exercise is due. */
    nextDue: date.optional(),
    /** Controls the exercise tested, as `framework:control`: the coverage page shows it as their last exercise. */
    controls: z
      .array(z.string().regex(/^[a-z0-9-]+:\S+$/, { error: 'must be framework:control, e.g. pci-dss:12.10.2' }))
      .optional()
      .meta({ description: 'Controls the exercise tested, as framework:control.' }),
    /** The recorded event log, so the record can be re-scored (written by the simulator). */
    log: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .meta({ title: 'Drillbook exercise record' });

/** A framework the plan maps controls to. */
const frameworkSchema = z.strictObject({
  /** Id used in control references, e.g. `csf2`, `iso27001`. */
  id,
  /** Display name, e.g. `NIST CSF 2.0`. */
  name: z.string().min(1),
  /** The shipped control catalog the plan answers to for this framework: every control of it is then listed with its coverage, gaps included. */
  catalog: z
    .enum(CATALOG_IDS)
    .optional()
    .meta({
      description: `Control catalog the plan answers to: every control of it is then listed as covered, partial, missing or not applicable. One of ${CATALOG_IDS.join(', ')}.`,
    }),
  /** Controls of the catalog that do not apply to the organisation, each with the reason. */
  notApplicable: z
    .array(
      z.strictObject({
        control: z.string().min(1),
        reason: z.string().min(1).meta({ description: 'Why the control does not apply.' }),
      }),
    )
    .default([])
    .meta({ description: 'Controls that do not apply, each with its reason.' }),
});

/** One control and the plan elements that satisfy it. */
const mappingSchema = z.strictObject({
  /** Framework id. */
  framework: id,
  /** Control id within the framework, e.g. `RS.MA-01`, `A.5.26`. */
  control: z.string().min(1),
  /** Control title. */
  title: z.string().min(1),
  /** Plan elements that satisfy it. */
  elements: z.array(elementRef).min(1),
  /** Whether the elements satisfy the control fully (default) or only partly. */
  coverage: z
    .enum(['full', 'partial'])
    .default('full')
    .meta({ description: 'full (default) or partial: the elements satisfy only part of the control.' }),
  /** For partial coverage: what is missing. */
  gap: z.string().min(1).optional().meta({ description: 'What is missing, for partial coverage.' }),
});

/** Schema of `content/controls.yaml`. */
export const controlsFile = z
  .strictObject({ frameworks: z.array(frameworkSchema).min(1), mappings: z.array(mappingSchema).min(1) })
  .meta({ title: 'Drillbook control mappings' });

/** Frontmatter of a narrative chapter `content/chapters/*.mdx`. */
export const chapterFrontmatter = z
  .strictObject({
    /** Page title. */
    title: z.string().min(1),
    /** One-sentence summary for search results. */
    description: z.string().optional(),
    /** Position in the handbook's reading order, 1 first. */
    order: z.int().min(1),
    /** Role that owns the chapter. */
    owner: ref('role').optional(),
    /** Controls the chapter helps satisfy, as `framework:control`. */
    controls: z.array(z.string()).default([]),
  })
  .meta({ title: 'Drillbook chapter frontmatter' });
