import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

describe('id-unique', () => {
  it('accepts the same activity id in two playbooks', () => {
    const second =
      'id: ransomware\nname: Ransomware\nsummary: Contain it.\nowner: incident-commander\nactivities:\n  - id: declare\n    title: Declare\n    phase: detect\n    raci: { incident-commander: AR }\n';
    const result = compileWith({ 'playbooks/ransomware.yaml': second });
    expect(ofRule(result, 'id-unique')).toEqual([]);
    expect(planOf(result).playbooks.flatMap((p) => p.activities.map((a) => a.key))).toContain('ransomware/declare');
  });

  it('rejects a second role with the same id, naming the line of the first', () => {
    const result = compileWith({ 'roles.yaml': replace('- id: dpo', '- id: deputy') });
    expect(ofRule(result, 'id-unique')).toEqual([
      expect.objectContaining({
        file: 'content/roles.yaml',
        line: 14,
        column: 9,
        message: 'role id "deputy" is already used on line 9; give this role a different id',
      }),
    ]);
  });

  it('rejects two activities of one playbook with the same id', () => {
    const result = compileWith({ 'playbooks/breach.yaml': replace('- id: notify-dpa', '- id: declare') });
    expect(ofRule(result, 'id-unique').map((p) => [p.line, p.message])).toEqual([
      [12, 'activity id "declare" is already used in playbook "breach" on line 7; give this activity a different id'],
    ]);
  });

  it('rejects two stages of one obligation with the same id', () => {
    const result = compileWith({
      'obligations.yaml': (t) =>
        t +
        '      - id: authority\n        name: Follow-up\n        deadline: P30D\n        from: { stage: authority }\n',
    });
    expect(ofRule(result, 'id-unique').map((p) => [p.line, p.column, p.message])).toEqual([
      [
        15,
        13,
        'stage id "authority" is already used in obligation "gdpr-art33" on line 11; give this stage a different id',
      ],
    ]);
  });

  it('names the other file when two playbook files declare the same id', () => {
    const files = compileWith({
      'playbooks/zz-breach.yaml':
        'id: breach\nname: Copy\nsummary: A copy.\nowner: dpo\nactivities:\n  - id: a\n    title: A\n    phase: detect\n    raci: { dpo: AR }\n',
    });
    expect(ofRule(files, 'id-unique')).toEqual([
      expect.objectContaining({
        file: 'content/playbooks/zz-breach.yaml',
        line: 1,
        message:
          'playbook id "breach" is already used in content/playbooks/breach.yaml; give this playbook a different id',
      }),
    ]);
  });
});

describe('severity-rank-unique', () => {
  it('accepts distinct ranks', () => {
    expect(ofRule(compileWith(), 'severity-rank-unique')).toEqual([]);
  });

  it('rejects two severities of the same rank, at the second rank', () => {
    const result = compileWith({ 'severities.yaml': replace('rank: 2', 'rank: 1') });
    expect(ofRule(result, 'severity-rank-unique')).toEqual([
      expect.objectContaining({
        line: 11,
        column: 11,
        message: 'severity "sev2" has rank 1, the same as severity "sev1"; give each a different rank',
      }),
    ]);
  });
});

describe('phase-order-unique', () => {
  it('accepts distinct orders', () => {
    expect(ofRule(compileWith(), 'phase-order-unique')).toEqual([]);
  });

  it('rejects two phases in the same position', () => {
    const result = compileWith({ 'phases.yaml': replace('order: 2', 'order: 1') });
    expect(ofRule(result, 'phase-order-unique')).toEqual([
      expect.objectContaining({
        line: 9,
        column: 12,
        message: 'phase "respond" has order 1, the same as phase "detect"; give each a different order',
      }),
    ]);
  });
});
