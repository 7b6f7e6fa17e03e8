/**
 * A large, valid synthetic plan for benchmarks: `writeSyntheticPlan(dir, { roles, activities, pages })`
 * writes every plan file kind to `dir`, cross-referenced the way a real plan is, and compiles with
 * no problems on {@link SYNTHETIC_TODAY}. Deterministic: the same options write the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Size of the synthetic plan. */
export interface SyntheticPlanSize {
  /** Roles (and as many people). Default 50. */
  roles?: number;
  /** Activities, 50 per playbook. Default 2000 (40 playbooks). */
  activities?: number;
  /** Chapter pages, each with about a dozen cross-references. Default 200. */
  pages?: number;
}

/** The date on which the synthetic plan has no currency warnings. */
export const SYNTHETIC_TODAY = '2026-06-01';

const PER_PLAYBOOK = 50;
const PHASES = ['prepare', 'detect', 'assess', 'contain', 'recover', 'learn'];

/** Writes the synthetic plan to `dir` (created if needed); returns the number of files written. */
export function writeSyntheticPlan(dir: string, size: SyntheticPlanSize = {}): number {
  const roles = Math.max(4, size.roles ?? 50);
  const activities = Math.max(1, size.activities ?? 2000);
  const pages = Math.max(1, size.pages ?? 200);
  const playbooks = Math.ceil(activities / PER_PLAYBOOK);
  const obligations = 20;
  const templates = 30;
  const role = (i: number) => `role-${(i % roles) + 1}`;
  let files = 0;
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    files++;
  };
  const list = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

  put(
    'plan.yaml',
    [
      'id: synthetic-plan',
      'title: Synthetic Incident Plan',
      'organisation: Synthetic Ltd',
      'version: "9.1"',
      'status: draft',
      'owner: role-1',
      'approvers:',
      '  - { name: Approver One, role: role-1, date: 2026-01-10 }',
      'effectiveDate: 2026-01-15',
      'reviewCycle: P12M',
      'classification: internal',
      'businessCalendar:',
      '  timeZone: Europe/Amsterdam',
      '  holidays: [2026-12-25, 2026-12-26]',
      'changeLog:',
      ...list(
        20,
        (i) => `  - { version: "9.${20 - i}", date: ${2006 + i}-01-01, author: Role One, summary: Revision ${i}. }`,
      ),
      '',
    ].join('\n'),
  );

  put(
    'roles.yaml',
    'roles:\n' +
      list(roles, (i) =>
        [
          `  - id: ${role(i)}`,
          `    name: Role ${i + 1}`,
          `    aliases: [R${i + 1}]`,
          `    purpose: Does the work of role ${i + 1} during an incident.`,
          `    responsibilities: [Leads area ${i + 1}, Reports to ${role(i + 1)}]`,
          `    backup: ${role(i % 2 ? i - 1 : i + 1)}`,
          `    mayCombineWith: [${role(i + 2)}]`,
        ].join('\n'),
      ).join('\n') +
      '\n',
  );

  put(
    'people.yaml',
    'people:\n' +
      list(roles, (i) =>
        [
          `  - id: person-${i + 1}`,
          `    name: Person ${i + 1}`,
          `    roles: [${role(i)}, ${role(i + 7)}]`,
          '    timeZone: Europe/Amsterdam',
          '    contacts:',
          `      - { channel: phone, value: "+31 6 0000 ${String(i).padStart(4, '0')}" }`,
          `      - { channel: signal, value: "@person${i + 1}", outOfBand: true, priority: 2 }`,
          '    lastVerified: 2026-05-01',
        ].join('\n'),
      ).join('\n') +
      '\n',
  );

  put(
    'teams.yaml',
    'teams:\n' +
      list(
        5,
        (t) =>
          `  - id: team-${t + 1}\n    name: Team ${t + 1}\n    members: [${list(5, (k) => `person-${((t * 5 + k) % roles) + 1}`).join(', ')}]\n`,
      ).join(''),
  );
  put(
    'parties.yaml',
    'parties:\n' +
      list(
        10,
        (p) =>
          `  - id: party-${p + 1}\n    name: Party ${p + 1}\n    kind: ${p % 2 ? 'regulator' : 'csirt'}\n    jurisdiction: EU\n`,
      ).join(''),
  );
  put(
    'phases.yaml',
    'phases:\n' +
      PHASES.map(
        (id, i) =>
          `  - id: ${id}\n    name: ${id}\n    order: ${i + 1}\n    description: The ${id} phase.\n    mappings: { csf: [RS.MA], picerl: [Containment] }\n`,
      ).join(''),
  );

  put(
    'escalation-policies.yaml',
    'escalationPolicies:\n' +
      list(10, (p) =>
        [
          `  - id: policy-${p + 1}`,
          `    name: Policy ${p + 1}`,
          '    levels:',
          `      - { targets: [{ role: ${role(p)} }, { team: team-${(p % 5) + 1} }], timeout: PT5M }`,
          `      - { targets: [{ person: person-${(p % roles) + 1} }], timeout: PT10M }`,
          ...(p ? ['      - { targets: [{ policy: policy-1 }], timeout: PT15M }'] : []),
        ].join('\n'),
      ).join('\n') +
      '\n',
  );

  put(
    'severities.yaml',
    'severities:\n' +
      list(5, (s) =>
        [
          `  - id: sev${s + 1}`,
          `    rank: ${s + 1}`,
          `    label: SEV-${s + 1}`,
          `    major: ${s < 2}`,
          `    criteria: [Criterion ${s + 1}]`,
          `    acknowledgeWithin: PT${15 * (s + 1)}M`,
          `    updateEvery: PT${s + 1}H`,
          `    escalationPolicy: policy-${s + 1}`,
        ].join('\n'),
      ).join('\n') +
      '\n',
  );

  put(
    'templates.yaml',
    'templates:\n' +
      list(
        templates,
        (t) =>
          `  - id: template-${t + 1}\n    name: Template ${t + 1}\n    audience: ${t % 2 ? 'regulator' : 'customers'}\n    channel: email\n    approver: ${role(t)}\n    subject: Incident {{id}}\n    body: We write to tell you about incident {{id}} detected on {{date}}.\n`,
      ).join(''),
  );

  put(
    'obligations.yaml',
    'obligations:\n' +
      list(obligations, (o) =>
        [
          `  - id: obligation-${o + 1}`,
          `    name: Obligation ${o + 1}`,
          '    regime: NIS2',
          `    citation: Article ${o + 1}`,
          '    status: in-force',
          `    recipient: party-${(o % 10) + 1}`,
          `    accountable: ${role(o)}`,
          `    appliesWhen: { incidentTypes: [type-${(o % 20) + 1}] }`,
          '    stages:',
          `      - { id: early-warning, name: Early warning, deadline: PT24H, from: { event: awareness }, template: template-${(o % templates) + 1} }`,
          '      - { id: notification, name: Notification, deadline: PT72H, from: { stage: early-warning }, noLaterThan: { deadline: P4D, from: { event: awareness } } }',
          '      - { id: final, name: Final report, deadline: P1M, from: { stage: notification }, days: business }',
        ].join('\n'),
      ).join('\n') +
      '\n',
  );

  put(
    'incident-types.yaml',
    'incidentTypes:\n' +
      list(
        20,
        (t) =>
          `  - id: type-${t + 1}\n    name: Type ${t + 1}\n    description: Incidents of type ${t + 1}.\n    dataCategories: [personal-data]\n    playbooks: [playbook-${(t % playbooks) + 1}]\n    obligations: [obligation-${t + 1}]\n`,
      ).join(''),
  );

  for (let p = 0; p < playbooks; p++) {
    const count = Math.min(PER_PLAYBOOK, activities - p * PER_PLAYBOOK);
    put(
      `playbooks/playbook-${p + 1}.yaml`,
      [
        `id: playbook-${p + 1}`,
        `name: Playbook ${p + 1}`,
        'summary: Handles one kind of incident from detection to lessons learned.',
        `owner: ${role(p)}`,
        `incidentTypes: [type-${(p % 20) + 1}]`,
        'severities: [sev1, sev2]',
        'lastTested: 2026-01-15',
        `seeAlso: [obligation:obligation-${(p % obligations) + 1}, policy:policy-1]`,
        'activities:',
        ...list(count, (a) => {
          const k = p * 7 + a;
          const submits = a === 10 ? `\n    submits: obligation-${(p % obligations) + 1}/early-warning` : '';
          return [
            `  - id: step-${a + 1}`,
            `    title: Do step ${a + 1} of playbook ${p + 1}`,
            `    description: Carry out step ${a + 1}, then record it in the log.`,
            `    phase: ${PHASES[Math.floor((a * PHASES.length) / count)]}`,
            `    raci: { ${role(k)}: A, ${role(k + 1)}: R, ${role(k + 2)}: C, ${role(k + 3)}: I }`,
            `    due: { within: PT${(a + 1) * 5}M, after: declaration }`,
            '    evidence: [ticket]',
            '    controls: [iso27001:A.5.26]',
            `    template: template-${(k % templates) + 1}${submits}`,
          ].join('\n');
        }),
        '',
      ].join('\n'),
    );
  }

  put(
    'controls.yaml',
    'frameworks:\n  - { id: iso27001, name: ISO/IEC 27001:2022 }\n  - { id: csf2, name: NIST CSF 2.0 }\nmappings:\n' +
      list(
        100,
        (m) =>
          `  - { framework: ${m % 2 ? 'csf2' : 'iso27001'}, control: C.${m + 1}, title: Control ${m + 1}, elements: [role:${role(m)}, playbook:playbook-${(m % playbooks) + 1}, activity:playbook-${(m % playbooks) + 1}/step-1, stage:obligation-${(m % obligations) + 1}/final, chapter:page-${(m % pages) + 1}] }`,
      ).join('\n') +
      '\n',
  );

  for (let x = 0; x < 5; x++)
    put(
      `exercises/2026-0${x + 1}-drill.yaml`,
      `id: 2026-0${x + 1}-drill\ntitle: Drill ${x + 1}\ntype: tabletop\ndate: 2026-0${x + 1}-15\nscenario: Scenario ${x + 1}\nplanVersion: "9.1"\nparticipants: [{ role: role-1 }, { role: role-2 }]\nobjectives:\n  - { id: notify, title: Notify in time, rating: S }\nimprovements:\n  - { id: fix-${x + 1}, issue: Slow paging, action: Add a backup, owner: role-1, due: 2026-09-01 }\n`,
    );

  // Chapters cannot import: the aside is written :::note, which the handbook and plain Starlight both render as an aside.
  for (let c = 0; c < pages; c++) {
    const pb = (c % playbooks) + 1;
    const links = [
      `[the owner](role:${role(c)})`,
      `[playbook ${pb}](playbook:playbook-${pb})`,
      `[its first step](activity:playbook-${pb}/step-1)`,
      `[obligation](obligation:obligation-${(c % obligations) + 1})`,
      `[final report](stage:obligation-${(c % obligations) + 1}/final)`,
      `[next page](chapter:page-${((c + 1) % pages) + 1})`,
      `[policy](policy:policy-${(c % 10) + 1})`,
      `[severity](severity:sev${(c % 5) + 1})`,
      `[template](template:template-${(c % templates) + 1})`,
      `[team](team:team-${(c % 5) + 1})`,
      `[person](person:person-${(c % roles) + 1})`,
      `[phase](phase:${PHASES[c % PHASES.length]})`,
    ];
    const body = list(
      6,
      (s) =>
        `## Section ${s + 1}\n\nThis section explains part ${s + 1}; see ${links[(s * 2) % links.length]} and ${links[(s * 2 + 1) % links.length]}.\n\n- A point about ${links[(s + 5) % links.length]}\n- Another point\n`,
    ).join('\n');
    put(
      `chapters/page-${c + 1}.mdx`,
      `---\ntitle: Page ${c + 1}\ndescription: Chapter ${c + 1} of the synthetic plan.\norder: ${c + 1}\nowner: ${role(c)}\ncontrols: [iso27001:A.5.24]\n---\n\n${body}\n:::note\nRemember to record every decision in the log.\n:::\n`,
    );
  }
  return files;
}
