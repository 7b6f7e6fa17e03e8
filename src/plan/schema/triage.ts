/** How incidents are sized and routed: severities, incident types, phases and escalation policies. */
import { z } from 'zod';
import { id, positiveDuration, ref } from './common.ts';

/** A severity level. */
export const severitySchema = z.strictObject({
  /** Stable id, e.g. `sev1`. */
  id,
  /** 1 is the most severe. */
  rank: z.int().min(1).meta({ description: '1 is the most severe.' }),
  /** Short label, e.g. `SEV-1 Critical`. */
  label: z.string().min(1),
  /** Whether this is a major incident (separate procedure, executive involvement). Default false. */
  major: z.boolean().default(false),
  /** Measurable criteria; any one makes an incident this severe. */
  criteria: z.array(z.string().min(1)).min(1),
  /** Typical incidents of this severity. */
  examples: z.array(z.string().min(1)).default([]),
  /** What the organisation does at this severity ("major incident response, page the Incident Commander"). */
  response: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: 'The expected response at this severity, one line each.' }),
  /** Time within which the on-call responder must acknowledge, e.g. `PT15M`. Default: when needed (no fixed target). */
  acknowledgeWithin: positiveDuration
    .optional()
    .meta({ description: 'Acknowledgement target, e.g. PT15M. Default: when needed, no fixed target.' }),
  /** How often stakeholders get a status update, e.g. `PT1H`. Default: when needed (no fixed interval). */
  updateEvery: positiveDuration
    .optional()
    .meta({ description: 'Status-update interval, e.g. PT1H. Default: when needed, no fixed interval.' }),
  /** Escalation policy paged when this severity is declared. */
  escalationPolicy: ref('escalation policy'),
});

/** A kind of incident, which decides playbooks and notification obligations. */
export const incidentTypeSchema = z.strictObject({
  id,
  /** Display name. */
  name: z.string().min(1),
  /** What counts as this type. */
  description: z.string().min(1),
  /** Data categories usually affected, e.g. `personal-data`, `phi`, `cardholder-data`. */
  dataCategories: z.array(id).default([]),
  /** Playbooks to run by default. */
  playbooks: z.array(ref('playbook')).min(1),
  /** Obligations that this type can trigger (their own `appliesWhen` decides). */
  obligations: z.array(ref('obligation')).default([]),
});

const framework = z.array(z.string().min(1)).default([]);

/** A phase of the response. */
export const phaseSchema = z.strictObject({
  id,
  /** Display name. */
  name: z.string().min(1),
  /** Position in the response, 1 first. */
  order: z.int().min(1),
  /** What happens in the phase. */
  description: z.string().min(1),
  /** When the phase starts. */
  entryCriteria: z.array(z.string()).default([]),
  /** When the phase is done. */
  exitCriteria: z.array(z.string()).default([]),
  /** Equivalent phases or functions in reference frameworks. */
  mappings: z
    .strictObject({
      /** NIST CSF 2.0 functions or categories, e.g. `RS.MA`. */
      csf: framework,
      /** SANS PICERL steps. */
      picerl: framework,
      /** ISO/IEC 27035-1:2023 phases. */
      iso27035: framework,
    })
    .prefault({}),
});

/** Whom a level of an escalation policy pages. Exactly one key. */
export const escalationTarget = z.union(
  [
    z.strictObject({ role: ref('role') }),
    z.strictObject({ team: ref('team') }),
    z.strictObject({ person: ref('person') }),
    z.strictObject({ policy: ref('escalation policy') }).meta({ description: 'Hand over to another policy.' }),
  ],
  { error: 'must name exactly one target: role, team, person or policy, e.g. { role: incident-commander }' },
);

/** One level of an escalation policy. */
export const escalationLevel = z.strictObject({
  /** Who is paged at this level. */
  targets: z.array(escalationTarget).min(1),
  /** Time after which, if not acknowledged, the next level is paged. Default: when needed (no fixed time). */
  timeout: positiveDuration
    .optional()
    .meta({ description: 'Time before the next level is paged, e.g. PT10M. Default: when needed, no fixed time.' }),
  /** When to escalate past this level. Default `not-acknowledged`. */
  condition: z.enum(['not-acknowledged', 'not-resolved', 'always']).default('not-acknowledged'),
});

/** An escalation policy (PagerDuty / Opsgenie semantics: each level fires once while unacknowledged). */
export const escalationPolicySchema = z.strictObject({
  id,
  /** Display name. */
  name: z.string().min(1),
  /** When this policy is used. */
  description: z.string().optional(),
  /** Levels in order. */
  levels: z.array(escalationLevel).min(1),
  /** How many times the whole policy repeats if nobody acknowledges. Default 0. */
  repeat: z.int().min(0).default(0),
  /** Hours in which the policy applies. Default `always`. */
  hours: z.enum(['always', 'business-hours', 'out-of-hours']).default('always'),
});

/** Schema of `content/severities.yaml`. */
export const severitiesFile = z
  .strictObject({ severities: z.array(severitySchema).min(1) })
  .meta({ title: 'Drillbook severities' });
/** Schema of `content/incident-types.yaml`. */
export const incidentTypesFile = z
  .strictObject({ incidentTypes: z.array(incidentTypeSchema).min(1) })
  .meta({ title: 'Drillbook incident types' });
/** Schema of `content/phases.yaml`. */
export const phasesFile = z.strictObject({ phases: z.array(phaseSchema).min(1) }).meta({ title: 'Drillbook phases' });
/** Schema of `content/escalation-policies.yaml`. */
export const escalationPoliciesFile = z
  .strictObject({ escalationPolicies: z.array(escalationPolicySchema).min(1) })
  .meta({ title: 'Drillbook escalation policies' });
