import { describe, expect, it } from 'vitest';
import { compileWith, ofRule } from '../helpers.ts';
import { planOf } from '../helpers.ts';

const SCALES = `scales:
  - id: priority
    name: Priority
    description: How urgently the response must start.
    levels:
      - { id: p2, rank: 2, label: P2 High, criteria: [A key service is degraded] }
      - { id: p1, rank: 1, label: P1 Critical, criteria: [A key service is down for all customers] }
`;
const conditioned = (condition: string) => (t: string) =>
  `${t}  - id: open-bridge\n    title: Open the bridge call\n    phase: respond\n    raci: { incident-commander: A, deputy: R }\n    appliesWhen: ${condition}\n`;

describe('scale-level', () => {
  it('reads scales.yaml with its levels by rank, and accepts a condition on one of them', () => {
    const result = compileWith({
      'scales.yaml': SCALES,
      'playbooks/breach.yaml': conditioned('{ any: [{ levels: [priority:p1] }, { major: true }] }'),
    });
    expect(result.problems).toEqual([]);
    expect(planOf(result).scales![0].levels.map((l) => l.id)).toEqual(['p1', 'p2']);
  });

  it('rejects a level the scale does not have, with did-you-mean, and a scale that does not exist', () => {
    const level = compileWith({
      'scales.yaml': SCALES,
      'playbooks/breach.yaml': conditioned('{ levels: [priority:p3, priorty:p1] }'),
    });
    expect(ofRule(level, 'scale-level').map((p) => [p.line, p.message])).toEqual([
      [23, expect.stringContaining('applies at level "priority:p3", but scale "priority" has no such level')],
      [23, expect.stringContaining('applies at level "priorty:p1", but scales.yaml has no scale "priorty"')],
    ]);
    expect(ofRule(level, 'scale-level')[1].message).toContain('(did you mean "priority:p1"?)');
    const none = compileWith({ 'playbooks/breach.yaml': conditioned('{ levels: [priority:p1] }') });
    expect(ofRule(none, 'scale-level')[0].message).toContain('but the plan has no scales.yaml');
  });

  it('rejects a scale called severity, two levels with one id or rank, and a level written without its scale', () => {
    const result = compileWith({
      'scales.yaml': SCALES.replace('id: priority', 'id: severity').replace('{ id: p1, rank: 1', '{ id: p2, rank: 2'),
    });
    expect(ofRule(result, 'scale-level').map((p) => p.message.slice(0, 40))).toEqual([
      'a scale may not be called "severity": se',
      'scale "severity" has two levels "p2"; gi',
      'scale "severity" has two levels of rank ',
    ]);
    const bare = compileWith({ 'scales.yaml': SCALES, 'playbooks/breach.yaml': conditioned('{ levels: [p1] }') });
    expect(bare.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('must name a level as <scale>:<level>, such as priority:p1 (got "p1")'),
    ]);
  });

  it('stays silent about conditions while scales.yaml cannot be read', () => {
    const result = compileWith({
      'scales.yaml': SCALES.replace('rank: 2', 'rank: two'),
      'playbooks/breach.yaml': conditioned('{ levels: [priority:p1] }'),
    });
    expect(ofRule(result, 'scale-level')).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });
});
