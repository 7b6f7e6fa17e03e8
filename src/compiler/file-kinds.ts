/**
 * Every kind of file in `content/`: where it lives, which schema checks it, and (for list files)
 * the key that holds its elements. The compiler, the JSON Schema generator and the README read this table.
 */
import type { z } from 'zod';
import { ELEMENT_KINDS, type ElementKindInfo } from '../plan/element-kinds.ts';
import { documentSchema } from '../plan/schema/document.ts';
import { partiesFile, partySchema, peopleFile, personSchema, roleSchema, rolesFile, teamSchema, teamsFile } from '../plan/schema/organisation.ts';
import {
  escalationPoliciesFile,
  escalationPolicySchema,
  incidentTypeSchema,
  incidentTypesFile,
  phaseSchema,
  phasesFile,
  severitiesFile,
  severitySchema,
} from '../plan/schema/triage.ts';
import { obligationSchema, obligationsFile } from '../plan/schema/obligation.ts';
import { templateSchema, templatesFile } from '../plan/schema/communication.ts';
import { chapterFrontmatter, controlsFile, exerciseSchema } from '../plan/schema/evidence.ts';
import { playbookSchema } from '../plan/schema/playbook.ts';
import { scalesFile } from '../plan/schema/scales.ts';

/** A YAML file holding one list of elements under one key, e.g. `roles.yaml` → `roles: [...]`. */
export interface ListFileKind {
  shape: 'list';
  /** File name inside `content/`. */
  file: string;
  /** Top-level key of the list. */
  key: string;
  /** Singular element name used in messages. */
  kind: string;
  /** Schema of one element. */
  item: z.ZodType;
  /** Schema of the whole file (for JSON Schema). */
  schema: z.ZodType;
  /** Whether a plan must have this file. */
  required: boolean;
}

/** A YAML file, or a folder of YAML files, each holding one element. */
export interface DocumentFileKind {
  shape: 'document';
  /** File name, or folder name for folders. */
  file: string;
  /** Whether this is a folder of `*.yaml` files. */
  folder: boolean;
  kind: string;
  schema: z.ZodType;
  required: boolean;
}

export type FileKind = ListFileKind | DocumentFileKind;

/** A list file of one element kind: its file, list key and name are the vocabulary's (src/plan/element-kinds.ts). */
const list = (kind: ElementKindInfo, item: z.ZodType, schema: z.ZodType, required: boolean): ListFileKind => ({
  shape: 'list',
  file: kind.file,
  key: kind.listKey,
  kind: kind.name,
  item,
  schema,
  required,
});

/** Every file kind, in the order the handbook describes them. */
export const FILE_KINDS: readonly FileKind[] = [
  { shape: 'document', file: 'plan.yaml', folder: false, kind: 'plan', schema: documentSchema, required: true },
  list(ELEMENT_KINDS.role, roleSchema, rolesFile, true),
  list(ELEMENT_KINDS.team, teamSchema, teamsFile, false),
  list(ELEMENT_KINDS.person, personSchema, peopleFile, false),
  list(ELEMENT_KINDS.party, partySchema, partiesFile, false),
  list(ELEMENT_KINDS.severity, severitySchema, severitiesFile, true),
  { shape: 'document', file: 'scales.yaml', folder: false, kind: 'scales', schema: scalesFile, required: false },
  list(ELEMENT_KINDS['incident-type'], incidentTypeSchema, incidentTypesFile, true),
  list(ELEMENT_KINDS.phase, phaseSchema, phasesFile, true),
  list(ELEMENT_KINDS.policy, escalationPolicySchema, escalationPoliciesFile, true),
  list(ELEMENT_KINDS.obligation, obligationSchema, obligationsFile, false),
  list(ELEMENT_KINDS.template, templateSchema, templatesFile, false),
  { shape: 'document', file: 'controls.yaml', folder: false, kind: 'control mappings', schema: controlsFile, required: false },
  { shape: 'document', file: 'playbooks', folder: true, kind: 'playbook', schema: playbookSchema, required: true },
  { shape: 'document', file: 'exercises', folder: true, kind: 'exercise record', schema: exerciseSchema, required: false },
];

/** Folder of narrative chapters (MDX), and the schema of their frontmatter. */
export const CHAPTERS = { folder: 'chapters', schema: chapterFrontmatter } as const;

/** JSON Schema file name for a file kind, e.g. `roles.schema.json`, `playbook.schema.json`. */
export function schemaFileName(kind: FileKind | 'chapter'): string {
  if (kind === 'chapter') return 'chapter.schema.json';
  const base = kind.shape === 'document' && kind.folder ? kind.kind.split(' ')[0] : kind.file.replace(/\.yaml$/, '');
  return `${base}.schema.json`;
}
