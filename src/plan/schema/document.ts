/** `content/plan.yaml`: document control for the whole plan (ISO 27001 7.5.2-7.5.3, NIST SP 800-53 IR-8). */
import { z } from 'zod';
import { businessCalendar, date, id, positiveDuration, ref } from './common.ts';

/** PCI DSS 12.10.2 and SOC 2 expect a test of the plan at least every 12 months: the default `exerciseInterval`. */
export const EXERCISE_INTERVAL = 'P12M';

/** One approval of a plan version. */
const approver = z.strictObject({
  /** Name of the approver as it appears on the signed record. */
  name: z.string().min(1).meta({ description: 'Name of the approver.' }),
  /** Role the approver signs for. */
  role: ref('role'),
  /** Date of approval. */
  date: date.meta({ description: 'Date of approval, YYYY-MM-DD.' }),
});

/** One row of the change log. */
const change = z.strictObject({
  /** Plan version this change produced. */
  version: z.string().min(1).meta({ description: 'Plan version this change produced.' }),
  /** Date of the change. */
  date,
  /** Who made the change (name or role). */
  author: z.string().min(1).meta({ description: 'Who made the change.' }),
  /** What changed and why. */
  summary: z.string().min(1).meta({ description: 'What changed and why.' }),
});

/** An event of the plan's own a due time may count from ("incident call started", "first status post"). */
const planFact = z.strictObject({
  /** Id used in `appliesWhen.facts` and a scenario's `reveals.facts`, e.g. `publicly-reported`. */
  id,
  /** The fact as a statement, as conditions show it: `The incident is publicly reported`. */
  name: z.string().min(1).meta({ description: 'The fact as a statement, e.g. The incident is publicly reported.' }),
  /** How responders tell that it holds. */
  description: z.string().optional().meta({ description: 'How responders tell that the fact holds.' }),
});

const planEvent = z.strictObject({
  /** Id used in a due time's `after`, e.g. `call-started`. */
  id,
  /** The event in words, as due times show it: `Incident call started`. */
  name: z.string().min(1).meta({ description: 'The event in words, e.g. Incident call started.' }),
  /** When it happens. */
  description: z.string().optional().meta({ description: 'When the event happens.' }),
});

/** Schema of `content/plan.yaml`. */
export const documentSchema = z
  .strictObject({
    /** Id of the plan, used in exports. */
    id,
    /** Title of the plan as printed on the cover. */
    title: z.string().min(1).meta({ description: 'Title of the plan.' }),
    /** Organisation the plan belongs to. */
    organisation: z.string().min(1).meta({ description: 'Organisation the plan belongs to.' }),
    /** Published version, e.g. `3.2`. */
    version: z.string().min(1).meta({ description: 'Version of the plan, e.g. 3.2.' }),
    /** Lifecycle status of this version. */
    status: z.enum(['draft', 'approved', 'superseded']).meta({ description: 'draft, approved or superseded.' }),
    /** Role that owns the plan and its reviews. */
    owner: ref('role'),
    /** Approvals of this version. */
    approvers: z.array(approver).default([]).meta({ description: 'Approvals of this version.' }),
    /** Date from which this version is in force. */
    effectiveDate: date,
    /** Date of the last full review. Default: the effective date. */
    lastReviewed: date.optional().meta({ description: 'Date of the last review. Default: effectiveDate.' }),
    /** How often the plan must be reviewed, e.g. `P12M` (PCI DSS 12.10.2). */
    reviewCycle: positiveDuration.meta({ description: 'Review cycle, e.g. P12M.' }),
    /** How often the plan must be exercised (PCI DSS 12.10.2, SOC 2). Default `P12M`. */
    exerciseInterval: positiveDuration
      .default(EXERCISE_INTERVAL)
      .meta({ description: 'How often the plan must be exercised. Default: P12M.' }),
    /** Information classification of the plan. */
    classification: z
      .enum(['public', 'internal', 'confidential', 'restricted'])
      .meta({ description: 'public, internal, confidential or restricted.' }),
    /**
     * Who receives the plan, one recipient per list item: "Legal, Risk and Compliance" stays one
     * recipient. A single text is one recipient too (the reader warns when its commas make it ambiguous).
     */
    distribution: z
      .union(
        [
          z.array(z.string().min(1)),
          z
            .string()
            .min(1)
            .transform((s) => [s]),
        ],
        {
          error: 'must be a list of recipients, one text per item (or a single text: one recipient)',
        },
      )
      .default([])
      .meta({ description: 'Who receives the plan: a list, one recipient per item (a single text is one recipient).' }),
    /** Scope statement in one or two sentences. */
    scope: z.string().optional().meta({ description: 'Scope statement.' }),
    /** Working calendar for business-day deadlines. */
    businessCalendar: businessCalendar.prefault({}).meta({ description: 'Working calendar for business days.' }),
    /** Events of the plan's own that activities' due times may count from (planformat), besides the anchor events. */
    events: z.array(planEvent).default([]).meta({
      description:
        'Events besides the anchor events that due times may count from, e.g. { id: call-started, name: Incident call started }.',
    }),
    /**
     * Situational facts of the plan's own that `appliesWhen` may test (publicly reported, enterprise
     * customers affected…): responders establish them during an incident, a scenario reveals them. Default none.
     */
    facts: z.array(planFact).default([]).meta({
      description:
        'Situational facts that appliesWhen may test, e.g. { id: publicly-reported, name: The incident is publicly reported }.',
    }),
    /** Version history, newest first. */
    changeLog: z.array(change).default([]).meta({ description: 'Change log, newest first.' }),
  })
  .meta({ title: 'Drillbook plan document control', description: 'content/plan.yaml' });
