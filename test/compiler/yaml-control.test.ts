import { describe, expect, it } from 'vitest';
import { findControlCharacters } from '../../src/compiler/yaml-control.ts';
import { parseYamlExact, parseYaml } from '../../src/compiler/yaml-source.ts';

describe('control characters in YAML text', () => {
  it('finds a NUL written as an escape, at its value, on both readers', () => {
    const text = 'roles:\n  - id: ic\n    name: "Incident\\0Commander"\n';
    for (const read of [parseYaml, parseYamlExact]) {
      const { source, problems } = read('roles.yaml', text);
      expect(source).toBeUndefined();
      expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['3:11 yaml-control-character']);
      expect(problems[0].message).toContain('\\0');
    }
  });

  it('finds a control character in a key and names it as a key', () => {
    const found = findControlCharacters({ roles: [{ ['na\u001bme']: 'x' }] });
    expect(found).toEqual([{ path: ['roles', 0, 'na\u001bme'], escape: '\\x1B', inKey: true }]);
  });

  it('accepts tabs, line breaks and every printable character', () => {
    expect(findControlCharacters({ a: 'tab\there\r\nnext line', b: ['über', '日本', '😀', 'a\u00a0b'] })).toEqual([]);
  });

  it('reports DEL, a C1 control and a noncharacter', () => {
    const found = findControlCharacters(['a\u007f', 'b\u0085', 'c\uffff']);
    expect(found.map((f) => f.escape)).toEqual(['\\x7F', '\\x85', '\\uFFFF']);
  });
});
