import { describe, expect, it } from 'vitest';
import { closestElement, idFrom } from '../../src/compiler/suggest.ts';

describe('closestElement', () => {
  const roles = [
    { id: 'incident-commander', names: ['Incident Commander', 'IC'] },
    { id: 'deputy', names: ['Deputy', 'Deputy Incident Commander'] },
  ];
  it('finds the element whose alias or name the word is written as an id', () => {
    expect(closestElement('deputy-incident-commander', ['incident-commander', 'deputy'], roles)).toBe('deputy');
    expect(closestElement('ic', ['incident-commander', 'deputy'], roles)).toBe('incident-commander');
  });
  it('still suggests the closest id for a misspelt id', () => {
    expect(closestElement('incident-comander', ['incident-commander', 'deputy'], roles)).toBe('incident-commander');
    expect(closestElement('nothing-like-it', ['incident-commander', 'deputy'], roles)).toBeUndefined();
  });
});

describe('idFrom', () => {
  it('writes a name as an id, or nothing when no letter or digit is left', () => {
    expect(idFrom('SEV-1')).toBe('sev-1');
    expect(idFrom('Data_Protection_Officer')).toBe('data-protection-officer');
    expect(idFrom('日本語')).toBe('');
  });
});
