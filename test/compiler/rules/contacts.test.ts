import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

describe('contact-undialable', () => {
  it('accepts a phone channel holding a number, alone or followed by a note', () => {
    expect(ofRule(compileWith(), 'contact-undialable')).toEqual([]);
    const noted = compileWith({
      'people.yaml': replace(/value: "?\+[^\n"]*"?/, 'value: "+31 20 555 0180 (24/7 compromise desk)"'),
    });
    expect(ofRule(noted, 'contact-undialable')).toEqual([]);
  });

  it('warns about a phone channel with no number to dial, at its value', () => {
    const result = compileWith({
      'people.yaml': replace(/value: "?\+[^\n"]*"?/, 'value: Duty officer (number on the contact sheet)'),
    });
    expect(ofRule(result, 'contact-undialable')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/people.yaml',
        line: 7,
        message:
          'person "ada" has a phone contact "Duty officer (number on the contact sheet)" with no number to dial; write the number first, e.g. "+31 20 555 0180 (24/7 desk)", or use channel "other" for what is not a number',
      }),
    ]);
  });
});
