import { describe, expect, it } from 'vitest';
import { listMentions } from '../../../src/compiler/rules/references.ts';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

const CONTROLS = (elements: string) =>
  `frameworks:\n  - id: iso27001\n    name: ISO/IEC 27001:2022\nmappings:\n  - framework: iso27001\n    control: A.5.24\n    title: Planning\n    elements: [${elements}]\n`;

describe('ref-unresolved', () => {
  it('accepts a plan whose every reference resolves, including typed references of every kind', () => {
    const refs =
      'role:dpo, party:dpa, severity:sev1, incident-type:data-breach, phase:detect, playbook:breach, activity:breach/declare, policy:major, obligation:gdpr-art33, stage:gdpr-art33/authority, template:dpa-notice, exercise:2026-02-tabletop, chapter:purpose, person:ada';
    const result = compileWith({ 'controls.yaml': CONTROLS(refs) });
    expect(result.problems).toEqual([]);
    expect(planOf(result).controlMappings[0].elements).toHaveLength(14);
  });

  it('lists every reference of the minimal plan as a mention', () => {
    const mentions = listMentions(planOf(compileWith())).map((m) => `${m.kind}:${m.id}`);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'role:dpo',
        'escalation policy:major',
        'phase:respond',
        'template:dpa-notice',
        'stage:gdpr-art33/authority',
        'party:dpa',
        'playbook:breach',
      ]),
    );
  });

  it('rejects an unknown role in a RACI, at the role key, with a suggestion', () => {
    const result = compileWith({ 'playbooks/breach.yaml': replace('deputy: R }', 'depty: R }') });
    expect(ofRule(result, 'ref-unresolved')).toEqual([
      expect.objectContaining({
        file: 'content/playbooks/breach.yaml',
        line: 10,
        column: 36,
        message:
          'activity "breach/declare" refers to role "depty", which is not defined (did you mean "deputy"?); correct the id or define the role',
      }),
    ]);
  });

  it('rejects an unknown obligation stage in submits', () => {
    const result = compileWith({ 'playbooks/breach.yaml': replace('gdpr-art33/authority', 'gdpr-art33/authorty') });
    expect(ofRule(result, 'ref-unresolved').map((p) => [p.line, p.column, p.message])).toEqual([
      [
        18,
        14,
        'activity "breach/notify-dpa" refers to stage "gdpr-art33/authorty", which is not defined (did you mean "gdpr-art33/authority"?); correct the id or define the stage',
      ],
    ]);
  });

  it('rejects an unknown incident type in an obligation, at the obligation field', () => {
    const result = compileWith({
      'obligations.yaml': replace(
        'appliesWhen: { dataCategories: [personal-data] }',
        'appliesWhen: { incidentTypes: [data-breech] }',
      ),
    });
    expect(ofRule(result, 'ref-unresolved').map((p) => [p.line, p.column, p.message])).toEqual([
      [
        9,
        36,
        'obligation "gdpr-art33" refers to incident type "data-breech", which is not defined (did you mean "data-breach"?); correct the id or define the incident type',
      ],
    ]);
  });

  it('rejects an unknown typed reference in controls.yaml', () => {
    const result = compileWith({ 'controls.yaml': CONTROLS('role:incident-commander, playbook:ransomware') });
    expect(ofRule(result, 'ref-unresolved')).toEqual([
      expect.objectContaining({
        file: 'content/controls.yaml',
        line: 8,
        column: 41,
        message:
          'control iso27001:A.5.24 refers to playbook "ransomware", which is not defined; correct the id or define the playbook',
      }),
    ]);
  });

  it('rejects a chapter link to an unknown element, at the link', () => {
    const result = compileWith({
      'chapters/purpose.mdx': replace('(role:incident-commander)', '(role:incident-comander)'),
    });
    expect(ofRule(result, 'ref-unresolved')).toEqual([
      expect.objectContaining({
        file: 'content/chapters/purpose.mdx',
        line: 6,
        column: 5,
        message:
          'chapter "purpose" links to role "incident-comander", which is not defined (did you mean "incident-commander"?); correct the link target "role:incident-comander"',
      }),
    ]);
  });

  it('resolves links between chapters, even to a chapter that has errors of its own', () => {
    const result = compileWith({
      'chapters/purpose.mdx': (t) => t + '\nNext: [scope](chapter:scope).\n',
      'chapters/scope.mdx': '---\ntitle: Scope\norder: first\n---\n\nBody.\n',
    });
    expect(ofRule(result, 'ref-unresolved')).toEqual([]);
    expect(ofRule(result, 'schema-type')).toHaveLength(1);
  });

  it('does not report references to an element that exists but is invalid', () => {
    const result = compileWith({ 'templates.yaml': replace('channel: portal', 'channel: fax') });
    expect(ofRule(result, 'schema-value')).toHaveLength(1);
    expect(ofRule(result, 'ref-unresolved')).toEqual([]);
  });

  it('does not report references to a kind whose file cannot be parsed', () => {
    const result = compileWith({
      'roles.yaml': replace('responsibilities: [Keeps the timeline]', 'responsibilities: [Keeps the timeline'),
    });
    expect(result.problems.map((p) => p.rule)).toEqual(['yaml-syntax']);
  });
});
