import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

const controls = `frameworks:
  - { id: iso27001, name: ISO/IEC 27001:2022 }
mappings:
  - framework: iso27001
    control: A.5.26
    title: Response to information security incidents
    elements: [playbook:breach]
`;

describe('control-framework', () => {
  it('accepts control ids of declared frameworks', () => {
    const result = compileWith({
      'controls.yaml': controls,
      'playbooks/breach.yaml': replace('phase: detect', 'phase: detect\n    controls: [iso27001:A.5.26]'),
    });
    expect(ofRule(result, 'control-framework')).toEqual([]);
  });

  it('rejects an activity citing a framework controls.yaml does not declare, suggesting the close one', () => {
    const result = compileWith({
      'controls.yaml': controls,
      'playbooks/breach.yaml': replace('phase: detect', 'phase: detect\n    controls: [iso2700:A.5.26]'),
    });
    expect(ofRule(result, 'control-framework')).toEqual([
      expect.objectContaining({
        file: 'content/playbooks/breach.yaml',
        line: 10,
        column: 16,
        message:
          'activity "breach/declare" cites control "iso2700:A.5.26" of framework "iso2700", which is not declared (did you mean "iso27001"?); use one of iso27001 or declare it under frameworks in controls.yaml',
      }),
    ]);
  });

  it('rejects a control mapping under an undeclared framework', () => {
    const result = compileWith({ 'controls.yaml': controls.replace('  - framework: iso27001', '  - framework: csf2') });
    expect(ofRule(result, 'control-framework').map((p) => [p.line, p.message])).toEqual([
      [
        4,
        'control mapping "A.5.26" names framework "csf2", which is not declared; use one of iso27001 or declare it under frameworks in controls.yaml',
      ],
    ]);
  });

  it('checks nothing when the plan declares no frameworks', () => {
    const result = compileWith({
      'playbooks/breach.yaml': replace('phase: detect', 'phase: detect\n    controls: [nist:IR-8]'),
    });
    expect(ofRule(result, 'control-framework')).toEqual([]);
  });
});
