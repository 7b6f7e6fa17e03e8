/**
 * The compiled plan model: one validated, fully resolved, JSON-serialisable object that the
 * handbook pages, the exercise engine and the simulator all read. Built by `compilePlan`
 * (src/compiler); browser code imports these types only, never the validators.
 *
 *   content/*.yaml, *.mdx ──compilePlan──▶ PlanModel ──▶ pages, diagrams, engine, simulator
 */
import type { z } from 'zod';
import type { documentSchema } from './schema/document.ts';
import type { partySchema, personSchema, roleSchema, teamSchema } from './schema/organisation.ts';
import type { escalationPolicySchema, incidentTypeSchema, phaseSchema, severitySchema } from './schema/triage.ts';
import type { activitySchema, playbookSchema, raciLetter } from './schema/playbook.ts';
import type { clockStart, obligationSchema, stageSchema } from './schema/obligation.ts';
import type { templateSchema } from './schema/communication.ts';
import type { appliesWhen } from './schema/applies-when.ts';
import type { scaleSchema } from './schema/scales.ts';
import type { LevelTime } from './level-times.ts';
import type { chapterFrontmatter, controlsFile, exerciseSchema } from './schema/evidence.ts';
import type { DueStart } from './anchor-events.ts';
import type { AnchorEvent } from './anchor-events.ts';
import type { BusinessCalendar } from './time.ts';

/** Where an element is written, for messages and "edit this page" links. Paths are relative to the project. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

type Located<T> = T & { source: SourceRef };

export type { AnchorEvent, DueStart };
export type RaciLetter = z.output<typeof raciLetter>;
export type DocumentControl = z.output<typeof documentSchema> & {
  /** Date of the last review (defaults to the effective date). */
  lastReviewed: string;
  /** Date the next review is due: last review + review cycle. */
  nextReview: string;
  /**
   * Date the next exercise is due: the latest exercise record's `nextDue`, else its date + `exerciseInterval`.
   * Absent while the plan has no exercise record.
   */
  nextExercise?: string;
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
/**
 * What starts a stage's clock, as written (an anchor event or an earlier stage of the same
 * obligation), with the words every view uses for it: `materiality determination`,
 * `submission of Early warning` (the earlier stage's name).
 */
export type ClockStart = z.output<typeof clockStart> & {
  /** What starts the clock, in words, lower case: "awareness", "submission of Initial notification". */
  label: string;
};
export type Stage = Omit<z.output<typeof stageSchema>, 'from' | 'noLaterThan'> & {
  /** `obligation-id/stage-id`, the id the engine and the handbook use. */
  key: string;
  /** What starts the clock, with its label. */
  from: ClockStart;
  /**
   * An outer limit that also applies, always counted in calendar time (DORA: "no later than 24 h
   * after awareness"), whatever `days` says for the stage's own deadline.
   */
  noLaterThan?: { deadline: string; from: ClockStart };
};
export type Obligation = Located<
  Omit<z.output<typeof obligationSchema>, 'stages'> & {
    stages: Stage[];
    /** The calendar its business days count in: its own `businessCalendar`, else the plan's. */
    calendar: BusinessCalendar;
  }
>;
export type Exercise = Located<z.output<typeof exerciseSchema>>;
/** A classification scale besides severity (scales.yaml), its levels by rank. */
export type Scale = Located<z.output<typeof scaleSchema>>;
/** When an obligation or an activity applies (incident types, severities, major, data categories); see schemas/applies-when.ts. */
export type AppliesWhen = z.output<typeof appliesWhen>;

/** An activity's due time as written, with what its clock counts from resolved (see `DueStart`). */
export type Due = z.output<typeof activitySchema>['due'] &
  object & {
    start: DueStart;
    severities?: SeverityDue[];
    /** The times of `due.byLevel`, resolved by the compiler with the levels' labels and ranks, most severe first. */
    levels?: LevelTime[];
  };
/** One step of an activity's `repeats`, with the intervals of its `byLevel` resolved as a due time's are. */
export type RepeatStep = NonNullable<z.output<typeof activitySchema>['repeats']>[number] & { levels?: LevelTime[] };
/** A due time at one severity (`due.bySeverity`), resolved by the compiler with the severity's label and rank, most severe first. */
export interface SeverityDue {
  severity: string;
  within: string;
  label: string;
  rank: number;
}

/** An activity of a playbook, with its plan-wide key. */
export type Activity = Located<
  Omit<z.output<typeof activitySchema>, 'due' | 'repeats'> & {
    /** When it is due, with its start resolved by the compiler. */
    due?: Due;
    /** Recurring work: the cadences it repeats at, in order. */
    repeats?: RepeatStep[];
    /** `playbook-id/activity-id`: unique across the plan. */
    key: string;
    /** Id of the playbook it belongs to. */
    playbook: string;
    /** Id of the role holding `A` or `AR` in `raci` (absent only in a plan with errors). */
    accountable?: string;
  }
>;
/** A playbook; its activities in phase order, keeping the written order within a phase. */
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
  /** Path relative to the plan folder, `playbooks/ransomware.yaml`: the same wherever the folder sits. */
  file: string;
  sha256: string;
}

/**
 * A signed approval in the plan folder's `approvals/`: a DSSE envelope holding an in-toto Statement
 * whose subject is the plan digest (src/compiler/approvals/). Read and checked by the compiler; the
 * approval rules compare it with the current digest, version and approvers.
 */
export interface Approval {
  /** Path inside the plan folder, `approvals/karin-vos-3.2.json`. */
  file: string;
  source: SourceRef;
  /** Plan id and digest the statement names as its subject. */
  plan: string;
  digest: string;
  /** Version, role id, person id and date the person signed. */
  version: string;
  role: string;
  person: string;
  date: string;
  /** Free text the signer added (e.g. that an example key made it). */
  note?: string;
  /** Each plan file's SHA-256 when it was signed: what changed since is named from it. */
  sources: SourceDigest[];
  /** Whether a signature verifies with the public key people.yaml gives the person it names. */
  signed: boolean;
  /** The envelope as stored, so a published copy can be checked again. */
  envelope: { payloadType: string; payload: string; signatures: { keyid: string; sig: string }[] };
}

/**
 * The whole compiled plan. Lists come in the order views show them, so no view sorts again:
 * severities by rank (most severe first), phases by order, chapters by order (then id), each
 * playbook's activities by phase; the other lists in the order the plan writes them.
 */
export interface PlanModel {
  document: DocumentControl;
  roles: Role[];
  teams: Team[];
  people: Person[];
  parties: Party[];
  severities: Severity[];
  /** Classification scales besides severity (scales.yaml); absent or empty when the plan has none. */
  scales?: Scale[];
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
  /** SHA-256 over every source file (path relative to the plan folder, and content): the plan's fingerprint, the same wherever the folder sits. */
  digest: string;
  sources: SourceDigest[];
  /** The signed approvals in `approvals/`, in file order (absent when none were read). */
  approvals?: Approval[];
}
