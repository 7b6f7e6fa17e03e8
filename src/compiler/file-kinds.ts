/**
 * Every kind of file in `content/`: where it lives, which schema checks it, and (for list files)
 * the key that holds its elements, and the hooks that read it and finish the model: every special case of
 * a kind sits here, so `assemble` treats all kinds alike. The compiler, the JSON Schema generator and the
 * README read this table.
 */
import type { z } from 'zod';
import { ELEMENT_KINDS, type ElementKindInfo } from '../plan/element-kinds.ts';
import { documentSchema } from '../plan/schema/document.ts';
import {
  partiesFile,
  partySchema,
  peopleFile,
  personSchema,
  roleSchema,
  rolesFile,
  teamSchema,
  teamsFile,
} from '../plan/schema/organisation.ts';
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
import type { PlanModel } from '../plan/model.ts';
import {
  finishChapters,
  finishExercises,
  finishObligations,
  finishPhases,
  finishPlaybooks,
  finishSeverities,
} from './finish.ts';
import type { ReadContext } from './read-context.ts';
import {
  declareStages,
  keyStages,
  readChapter,
  readDocument,
  readPlaybook,
  storeControls,
  storeDocument,
  storeExercise,
  storeScales,
  type DocumentSpec,
} from './read-files.ts';
import { readList, type ListSpec } from './read-list.ts';
import type { YamlSource } from './yaml-source.ts';
import { scalesFile } from '../plan/schema/scales.ts';

/** A YAML file holding one list of elements under one key, e.g. `roles.yaml` → `roles: [...]`. */
export interface ListFileKind extends ListSpec {
  shape: 'list';
  /** Schema of the whole file (for JSON Schema). */
  schema: z.ZodType;
  /** Reads the file into the model (`readList` with this kind's hooks). */
  read: FileReader;
  /** Adds the facts views read once every file is read (finish.ts). */
  finish?: Finish;
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
  /** Declared-id kinds the file holds: what is lost when it cannot be parsed. */
  declares: readonly string[];
  /** What a plan without it lacks, in the "create it" message. Default: `<kind> list`. */
  holds?: string;
  /** Reads the file into the model. */
  read: FileReader;
  /** Adds the facts views read once every file is read (finish.ts). */
  finish?: Finish;
}

export type FileKind = ListFileKind | DocumentFileKind;

/** Reads one parsed file into the model, reporting through `ctx`. */
export type FileReader = (src: YamlSource, ctx: ReadContext) => void;
/** A finish hook: adds computed facts to the whole model, in place. */
export type Finish = (plan: PlanModel) => void;

type ListHooks = Pick<ListFileKind, 'declareParts' | 'complete' | 'finish'> & { declares?: string[] };

/** A list file of one element kind: its file, list key and name are the vocabulary's (src/plan/element-kinds.ts). */
const list = (
  kind: ElementKindInfo,
  item: z.ZodType,
  schema: z.ZodType,
  required: boolean,
  hooks: ListHooks = {},
): ListFileKind => {
  const { declares = [kind.name], ...rest } = hooks;
  const out: ListFileKind = {
    shape: 'list',
    file: kind.file,
    key: kind.listKey,
    kind: kind.name,
    item,
    schema,
    required,
    declares,
    ...rest,
    read: (src, ctx) => readList(out, src, ctx),
  };
  return out;
};

/** A one-element file (or folder of them) read by `readDocument` with `store`. */
const one = <T>(
  file: string,
  folder: boolean,
  spec: Omit<DocumentSpec<T>, 'declares'> & { declares?: string[]; required: boolean; holds?: string; finish?: Finish },
): DocumentFileKind => {
  const declares = spec.declares ?? [spec.kind];
  const { kind, schema, required, holds, finish } = spec;
  return {
    shape: 'document',
    file,
    folder,
    kind,
    schema,
    required,
    declares,
    holds,
    finish,
    read: (src, ctx) => readDocument({ ...spec, declares }, src, ctx),
  };
};

/** Every file kind, in the order the handbook describes them. */
export const FILE_KINDS: readonly FileKind[] = [
  one('plan.yaml', false, {
    kind: 'plan',
    schema: documentSchema,
    required: true,
    holds: 'document control',
    store: storeDocument,
  }),
  list(ELEMENT_KINDS.role, roleSchema, rolesFile, true),
  list(ELEMENT_KINDS.team, teamSchema, teamsFile, false),
  list(ELEMENT_KINDS.person, personSchema, peopleFile, false),
  list(ELEMENT_KINDS.party, partySchema, partiesFile, false),
  list(ELEMENT_KINDS.severity, severitySchema, severitiesFile, true, { finish: finishSeverities }),
  one('scales.yaml', false, {
    kind: 'scales',
    schema: scalesFile,
    required: false,
    declares: ['scales'],
    store: storeScales,
  }),
  list(ELEMENT_KINDS['incident-type'], incidentTypeSchema, incidentTypesFile, true),
  list(ELEMENT_KINDS.phase, phaseSchema, phasesFile, true, { finish: finishPhases }),
  list(ELEMENT_KINDS.policy, escalationPolicySchema, escalationPoliciesFile, true),
  list(ELEMENT_KINDS.obligation, obligationSchema, obligationsFile, false, {
    declares: ['obligation', 'stage'],
    declareParts: declareStages,
    complete: keyStages,
    finish: finishObligations,
  }),
  list(ELEMENT_KINDS.template, templateSchema, templatesFile, false),
  one('controls.yaml', false, {
    kind: 'control mappings',
    schema: controlsFile,
    required: false,
    store: storeControls,
  }),
  {
    shape: 'document',
    file: 'playbooks',
    folder: true,
    kind: 'playbook',
    schema: playbookSchema,
    required: true,
    declares: ['playbook', 'activity'],
    read: readPlaybook,
    finish: finishPlaybooks,
  },
  one('exercises', true, {
    kind: 'exercise record',
    schema: exerciseSchema,
    required: false,
    declares: ['exercise'],
    identified: true,
    store: storeExercise,
    finish: finishExercises,
  }),
];

/** Folder of narrative chapters (MDX), the schema of their frontmatter, and their reader and finish hook. */
export const CHAPTERS = {
  folder: 'chapters',
  schema: chapterFrontmatter,
  read: readChapter,
  finish: finishChapters,
} as const;

/** JSON Schema file name for a file kind, e.g. `roles.schema.json`, `playbook.schema.json`. */
export function schemaFileName(kind: FileKind | 'chapter'): string {
  if (kind === 'chapter') return 'chapter.schema.json';
  const base = kind.shape === 'document' && kind.folder ? kind.kind.split(' ')[0] : kind.file.replace(/\.yaml$/, '');
  return `${base}.schema.json`;
}
