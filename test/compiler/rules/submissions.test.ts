import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

/** A second obligation, `nis2`, that no incident type of the minimal plan lists. */
const nis2 = (text: string) =>
  `${text}  - id: nis2\n    name: NIS2 reporting\n    regime: NIS2\n    citation: NIS2 Art. 23\n    status: in-force\n    recipient: dpa\n    accountable: dpo\n    stages:\n      - { id: early-warning, name: Early warning, deadline: PT24H, from: { event: awareness } }\n`;
const submitsNis2 = replace('submits: gdpr-art33/authority', 'submits: nis2/early-warning');

describe('activity-submits-untriggered', () => {
  it("accepts a stage of an obligation the playbook's incident type lists", () => {
    expect(ofRule(compileWith(), 'activity-submits-untriggered')).toEqual([]);
  });

  it('rejects a stage of an obligation none of the playbook\'s incident types can trigger, at "submits"', () => {
    const result = compileWith({ 'obligations.yaml': nis2, 'playbooks/breach.yaml': submitsNis2 });
    expect(ofRule(result, 'activity-submits-untriggered')).toEqual([
      expect.objectContaining({
        file: 'content/playbooks/breach.yaml',
        line: 18,
        column: 14,
        message:
          'activity "breach/notify-dpa" submits stage "nis2/early-warning", but obligation "nis2" is not one that incident type "data-breach" of playbook "breach" can trigger ("gdpr-art33"); add "nis2" to the obligations of that incident type in incident-types.yaml, or submit a stage of an obligation it triggers',
      }),
    ]);
    expect(result.ok).toBe(false);
  });

  it('accepts it once the incident type lists the obligation', () => {
    const result = compileWith({
      'obligations.yaml': nis2,
      'playbooks/breach.yaml': submitsNis2,
      'incident-types.yaml': replace('obligations: [gdpr-art33]', 'obligations: [gdpr-art33, nis2]'),
    });
    expect(ofRule(result, 'activity-submits-untriggered')).toEqual([]);
  });

  it('accepts an obligation that names the incident type in its appliesWhen', () => {
    const result = compileWith({
      'obligations.yaml': (t) => nis2(t) + '    appliesWhen: { incidentTypes: [data-breach] }\n',
      'playbooks/breach.yaml': submitsNis2,
    });
    expect(ofRule(result, 'activity-submits-untriggered')).toEqual([]);
  });

  it('counts an incident type that names the playbook among its playbooks, though the playbook does not name it', () => {
    const result = compileWith({ 'playbooks/breach.yaml': replace('incidentTypes: [data-breach]\n', '') });
    expect(planOf(result).playbooks[0].incidentTypes).toEqual([]);
    expect(ofRule(result, 'activity-submits-untriggered')).toEqual([]);
    const wrong = compileWith({
      'obligations.yaml': nis2,
      'playbooks/breach.yaml': (t) => submitsNis2(replace('incidentTypes: [data-breach]\n', '')(t)),
    });
    expect(ofRule(wrong, 'activity-submits-untriggered')).toHaveLength(1);
  });

  it('leaves a stage of an unknown obligation to ref-unresolved', () => {
    const result = compileWith({
      'playbooks/breach.yaml': replace('submits: gdpr-art33/authority', 'submits: nis9/early-warning'),
    });
    expect(ofRule(result, 'activity-submits-untriggered')).toEqual([]);
    expect(ofRule(result, 'ref-unresolved')).toHaveLength(1);
  });
});
