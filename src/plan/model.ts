/**
 * The compiled plan model: one validated, fully resolved, JSON-serialisable object that the
 * handbook pages, the exercise engine and the simulator all read. Built by `compilePlan`
 * (src/compiler); browser code imports these types only, never the validators.
 *
 *   content/*.yaml, *.mdx ──compilePlan──▶ PlanModel ──▶ pages, diagrams, engine, simulator
 */
import type { z } from 'zod';
import type { documentSchema } from '../compiler/schemas/document.ts';
import type { partySchema, personSchema, roleSchema, teamSchema } from '../compiler/schemas/organisation.ts';
import type {
  escalationPolicySchema,
  incidentTypeSchema,
  phaseSchema,
  severitySchema,
} from '../compiler/schemas/response.ts';
import type { activitySchema, playbookSchema, raciLetter } from '../compiler/schemas/playbook.ts';
import type { obligationSchema, stageSchema } from '../compiler/schemas/obligation.ts';
import type { templateSchema } from '../compiler/schemas/communication.ts';
import type { chapterFrontmatter, controlsFile, exerciseSchema } from '../compiler/schemas/evidence.ts';
import type { ANCHOR_EVENTS } from '../compiler/schemas/common.ts';
import type { BusinessCalendar } from './time.ts';

/** Where an element is written, for messages and "edit this page" links. Paths are relative to the project. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

type Located<T> = T & { source: SourceRef };

export type AnchorEvent = (typeof ANCHOR_EVENTS)[number];
export type RaciLetter = z.output<typeof raciLetter>;
export type DocumentControl = z.output<typeof documentSchema> & {
  /** Date of the last review (defaults to the effective date). */
  lastReviewed: string;
  /** Date the next review is due: last review + review cycle. */
  nextReview: string;
  source: SourceRef;
};
export type Role = Located<z.output<typeof roleSchema>>;
export type Team = Located<z.output<typeof teamSchema>>;
export type Person = Located<z.output<typeof personSchema>>;
export type Party = Located<z.output<typeof partySchema>>;
export type Severity = Located<z.output<typeof severitySchema>>;
export type IncidentType = Located<z.output<typeof incidentTypeSchema>>;
export type Phase = Located<z.output<typeof phaseSchema>>;
export type EscalationPolicy = Located<z.output<typeof escalationPolicySchema>>;
export type EscalationLevel = EscalationPolicy['levels'][number];
export type EscalationTarget = EscalationLevel['targets'][number];
export type Template = Located<z.output<typeof templateSchema>>;
export type Stage = z.output<typeof stageSchema> & {
  /** `obligation-id/stage-id`, the id the engine and the handbook use. */
  key: string;
};
export type Obligation = Located<
  Omit<z.output<typeof obligationSchema>, 'stages'> & {
    stages: Stage[];
    /** The calendar its business days count in: its own `businessCalendar`, else the plan's. */
    calendar: BusinessCalendar;
  }
>;
export type Exercise = Located<z.output<typeof exerciseSchema>>;

/** An activity of a playbook, with its plan-wide key. */
export type Activity = Located<
  z.output<typeof activitySchema> & {
    /** `playbook-id/activity-id`: unique across the plan. */
    key: string;
    /** Id of the playbook it belongs to. */
    playbook: string;
  }
>;
export type Playbook = Located<Omit<z.output<typeof playbookSchema>, 'activities'> & { activities: Activity[] }>;

type Controls = z.output<typeof controlsFile>;
export type Framework = Controls['frameworks'][number];
export type ControlMapping = Located<Controls['mappings'][number]>;

/** A cross-reference written in a chapter as a Markdown link `[text](role:incident-commander)`. */
export interface ChapterReference {
  /** `kind:id` as written. */
  ref: string;
  line: number;
  column: number;
  /** Set when a handbook component's attribute names the element, e.g. `<RaciTable playbook>`. */
  via?: string;
}

/** A narrative chapter (MDX). */
export type Chapter = Located<
  z.output<typeof chapterFrontmatter> & {
    /** File name without extension. */
    id: string;
    /** MDX body without frontmatter. */
    body: string;
    /** Cross-references found in the body. */
    references: ChapterReference[];
  }
>;

/** One source file that went into the plan and its SHA-256. */
export interface SourceDigest {
  file: string;
  sha256: string;
}

/** The whole compiled plan. */
export interface PlanModel {
  document: DocumentControl;
  roles: Role[];
  teams: Team[];
  people: Person[];
  parties: Party[];
  severities: Severity[];
  incidentTypes: IncidentType[];
  phases: Phase[];
  escalationPolicies: EscalationPolicy[];
  playbooks: Playbook[];
  obligations: Obligation[];
  templates: Template[];
  exercises: Exercise[];
  frameworks: Framework[];
  controlMappings: ControlMapping[];
  chapters: Chapter[];
  /** SHA-256 over every source file (path and content), the plan's fingerprint. */
  digest: string;
  sources: SourceDigest[];
}
