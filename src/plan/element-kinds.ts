/**
 * The kinds of plan element, in one place: how a typed reference names each (`role:<id>`), how
 * messages name it ("incident type"), where the plan model and its files list it, and the handbook
 * URL of one element. The reference syntax (src/plan/refs.ts), the schemas' `elementRef`, the
 * compiler's declared ids and messages, the scenario checks and every handbook link read it.
 * Pure: no Node or Astro imports.
 *
 *   ELEMENT_KINDS.role = { name: 'role', plural: 'roles', listKey: 'roles', file: 'roles.yaml',
 *                          section: 'roles', href: (id) => `/roles/${id}/` }
 */

/** What the plan says about one kind of element. */
export interface ElementKindInfo {
  /** How messages name one element: `role`, `incident type`, `escalation policy`. */
  name: string;
  /** How messages name several: `roles`, `incident types`. */
  plural: string;
  /**
   * Key of the list that holds these elements: in the plan model (`roles`, `incidentTypes`) and, for
   * kinds written as items of a list, in their file (`roles:` in roles.yaml, `activities:` in a playbook).
   */
  listKey: string;
  /** Whether the elements are items of `listKey` inside a file (a playbook or exercise record is a file of its own). */
  listed: boolean;
  /** Where in `content/` the elements are declared: a file (`roles.yaml`) or a folder (`playbooks/`). */
  file: string;
  /** An id such an element could have, for messages that show how an id is written (`contain` for a phase). */
  example: string;
  /** How an id of this kind is written when it is not a plain id (`playbook-id/activity-id`). */
  idForm?: string;
  /** First URL segment of the handbook page that shows these elements (`roles`); none for chapters, each at `/<id>/`. */
  section?: string;
  /** Handbook path (without base) of one element's page or anchor. */
  href(id: string): string;
  /** For an element shown on its kind's page rather than on a page of its own: the `id` of its section there. */
  anchor?(id: string): string;
}

/** Path `/<section>/<id>/` of an element with a page of its own. */
const page = (section: string) => ({ section, href: (id: string) => `/${section}/${id}/` });
/** Path `/<section>/#<prefix><id>` of an element shown as a section of its kind's page. */
const anchor = (section: string, prefix = '') => ({
  section,
  href: (id: string) => `/${section}/#${prefix}${id}`,
  anchor: (id: string) => `${prefix}${id}`,
});

/** Every kind of element, by the prefix a typed reference uses (`role:incident-commander`), in the order messages list them. */
export const ELEMENT_KINDS = {
  role: {
    name: 'role',
    example: 'incident-commander',
    plural: 'roles',
    listKey: 'roles',
    listed: true,
    file: 'roles.yaml',
    ...page('roles'),
  },
  team: {
    name: 'team',
    example: 'on-call',
    plural: 'teams',
    listKey: 'teams',
    listed: true,
    file: 'teams.yaml',
    ...anchor('contacts', 'team-'),
  },
  person: {
    name: 'person',
    example: 'sanne-de-vries',
    plural: 'people',
    listKey: 'people',
    listed: true,
    file: 'people.yaml',
    ...anchor('contacts', 'person-'),
  },
  party: {
    name: 'party',
    example: 'data-protection-authority',
    plural: 'parties',
    listKey: 'parties',
    listed: true,
    file: 'parties.yaml',
    ...anchor('contacts', 'party-'),
  },
  severity: {
    name: 'severity',
    example: 'sev1',
    plural: 'severities',
    listKey: 'severities',
    listed: true,
    file: 'severities.yaml',
    ...anchor('severities'),
  },
  'incident-type': {
    name: 'incident type',
    example: 'data-breach',
    plural: 'incident types',
    listKey: 'incidentTypes',
    listed: true,
    file: 'incident-types.yaml',
    ...anchor('severities', 'type-'),
  },
  phase: {
    name: 'phase',
    example: 'contain',
    plural: 'phases',
    listKey: 'phases',
    listed: true,
    file: 'phases.yaml',
    ...anchor('raci', 'phase-'),
  },
  playbook: {
    name: 'playbook',
    example: 'ransomware',
    plural: 'playbooks',
    listKey: 'playbooks',
    listed: false,
    file: 'playbooks/',
    ...page('playbooks'),
  },
  activity: {
    name: 'activity',
    example: 'isolate-hosts',
    plural: 'activities',
    listKey: 'activities',
    listed: true,
    file: 'playbooks/',
    idForm: 'playbook-id/activity-id',
    section: 'playbooks',
    // An activity's id is `<playbook>/<activity>`: an anchor on its playbook's page.
    href: (key: string) => `/playbooks/${key.slice(0, key.indexOf('/'))}/#${key.slice(key.indexOf('/') + 1)}`,
  },
  policy: {
    name: 'escalation policy',
    example: 'major-incident',
    plural: 'escalation policies',
    listKey: 'escalationPolicies',
    listed: true,
    file: 'escalation-policies.yaml',
    ...anchor('escalation'),
  },
  obligation: {
    name: 'obligation',
    example: 'gdpr-art33',
    plural: 'obligations',
    listKey: 'obligations',
    listed: true,
    file: 'obligations.yaml',
    ...anchor('obligations'),
  },
  stage: {
    name: 'stage',
    example: 'early-warning',
    plural: 'stages',
    listKey: 'stages',
    listed: true,
    file: 'obligations.yaml',
    idForm: 'obligation-id/stage-id',
    section: 'obligations',
    // A stage's id is `<obligation>/<stage>`; its anchor joins the two with a hyphen.
    href: (key: string) => `/obligations/#${key.replace('/', '-')}`,
  },
  template: {
    name: 'template',
    example: 'dpa-notice',
    plural: 'templates',
    listKey: 'templates',
    listed: true,
    file: 'templates.yaml',
    ...anchor('templates'),
  },
  exercise: {
    name: 'exercise',
    example: '2026-03-tabletop',
    plural: 'exercises',
    listKey: 'exercises',
    listed: false,
    file: 'exercises/',
    ...anchor('audit', 'exercise-'),
  },
  chapter: {
    name: 'chapter',
    example: 'purpose-and-scope',
    plural: 'chapters',
    listKey: 'chapters',
    listed: false,
    file: 'chapters/',
    href: (id: string) => `/${id}/`,
  },
} as const satisfies Record<string, ElementKindInfo>;

/** Prefix of a typed reference: `role`, `incident-type`, `policy`. */
export type RefKind = keyof typeof ELEMENT_KINDS;

/** How messages name a kind: `role`, `incident type`, `escalation policy`. */
export type ElementKindName = (typeof ELEMENT_KINDS)[RefKind]['name'];

/** Every reference prefix, in vocabulary order. */
export const REF_KINDS = Object.keys(ELEMENT_KINDS) as readonly RefKind[];

/** Handbook path (without base) of the element `kind:id`, e.g. `/roles/incident-commander/`, `/templates/#dpa-notice`. */
export function elementHref(kind: RefKind, id: string): string {
  return ELEMENT_KINDS[kind].href(id);
}

/** The `id` of the section that shows the element `kind:id` on its kind's page (`team-on-call` on /contacts/). */
export function elementAnchor(kind: AnchoredKind, id: string): string {
  return ELEMENT_KINDS[kind].anchor(id);
}

/** Kinds whose elements are sections of one page (contacts, severities, templates…) rather than pages of their own. */
export type AnchoredKind = {
  [K in RefKind]: (typeof ELEMENT_KINDS)[K] extends { anchor(id: string): string } ? K : never;
}[RefKind];

/** The RACI matrix page of one playbook, `/raci/<playbook>/` (the playbook's own page is `elementHref('playbook', id)`). */
export function raciHref(playbookId: string): string {
  return `/raci/${playbookId}/`;
}

/** Where to find a valid id of `kind`, for messages: `a role id from roles.yaml`, `playbook-id/activity-id of an activity in playbooks/`. */
export function whereDeclared(kind: RefKind): string {
  const k: ElementKindInfo = ELEMENT_KINDS[kind];
  return k.idForm
    ? `${k.idForm} of ${article(k.name)} ${k.name} in ${k.file}`
    : `${article(k.name)} ${k.name} id from ${k.file}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** How a RACI key names a team (`team:security`): a team may be Responsible, Consulted or Informed, never Accountable. */
export const RACI_TEAM_PREFIX = 'team:';

/** The team id of a RACI key `team:<id>`, or undefined when the key is a role id. */
export function raciTeam(key: string): string | undefined {
  return key.startsWith(RACI_TEAM_PREFIX) ? key.slice(RACI_TEAM_PREFIX.length) : undefined;
}
