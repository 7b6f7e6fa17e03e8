import { describe, expect, it } from 'vitest';
import { indexRefs, parseRef, REF_KINDS, REF_PATTERN } from '../../src/plan/refs.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';

describe('parseRef', () => {
  it('splits a typed reference into kind and id', () => {
    expect(parseRef('role:incident-commander')).toEqual({ kind: 'role', id: 'incident-commander' });
    expect(parseRef('activity:breach/notify-dpa')).toEqual({ kind: 'activity', id: 'breach/notify-dpa' });
    expect(parseRef('incident-type:data-breach')).toEqual({ kind: 'incident-type', id: 'data-breach' });
  });

  it('accepts every kind it declares', () => {
    for (const kind of REF_KINDS) expect(parseRef(`${kind}:x1`)?.kind).toBe(kind);
  });

  it('rejects unknown kinds, bad ids, URLs and partial matches', () => {
    for (const text of [
      'roles:x',
      'role:',
      'role:IC',
      'role: x',
      'https://example.com',
      'mailto:a@b.c',
      'xrole:a',
      'role:a b',
      'role:-a',
      '#role:a',
    ])
      expect(parseRef(text), text).toBeUndefined();
    expect(REF_PATTERN.test('see role:a')).toBe(false);
  });
});

describe('indexRefs', () => {
  const plan = planOf(compileWith());
  const index = indexRefs(plan);

  it('gives each element its name and handbook path', () => {
    expect(index.get('role:incident-commander')).toEqual({
      kind: 'role',
      id: 'incident-commander',
      name: 'Incident Commander',
      href: '/roles/incident-commander/',
    });
    expect(index.get('activity:breach/notify-dpa')).toMatchObject({
      name: 'Notify the data protection authority',
      href: '/playbooks/breach/#notify-dpa',
    });
    expect(index.get('stage:gdpr-art33/authority')).toMatchObject({
      name: 'GDPR: Notification to the authority',
      href: '/obligations/#gdpr-art33-authority',
    });
    expect(index.get('chapter:purpose')).toMatchObject({ name: 'Purpose', href: '/purpose/' });
    expect(index.get('policy:major')?.href).toBe('/escalation/#major');
  });

  it('indexes every element the compiler lets a reference name', () => {
    const refs =
      'role:dpo, party:dpa, severity:sev1, incident-type:data-breach, phase:detect, playbook:breach, activity:breach/declare, policy:major, obligation:gdpr-art33, stage:gdpr-art33/authority, template:dpa-notice, exercise:2026-02-tabletop, chapter:purpose, person:ada, team:on-call';
    const withTeam = compileWith({
      'teams.yaml': 'teams:\n  - id: on-call\n    name: On-call rota\n    members: [ada]\n',
      'controls.yaml': `frameworks:\n  - id: iso\n    name: ISO\nmappings:\n  - framework: iso\n    control: A.5.24\n    title: Planning\n    elements: [${refs}]\n`,
    });
    expect(withTeam.problems).toEqual([]);
    const all = indexRefs(planOf(withTeam));
    const kinds = new Set<string>();
    for (const ref of planOf(withTeam).controlMappings[0].elements) {
      expect(all.has(ref), ref).toBe(true);
      kinds.add(parseRef(ref)!.kind);
    }
    expect([...kinds].sort()).toEqual([...REF_KINDS].sort());
  });

  it('has no entry for an element that does not exist', () => {
    expect(index.get('role:nobody')).toBeUndefined();
  });
});
