import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace } from '../helpers.ts';

const summary = (text: string) => ({ 'playbooks/breach.yaml': replace(/^summary: .*$/m, `summary: ${text}`) });

describe('markdown-link', () => {
  it('accepts https, mailto, relative and typed links that resolve', () => {
    const result = compileWith(
      summary('See [the guide](https://example.org), [mail](mailto:a@b.c), [page](/roles/) and [the DPO](role:dpo).'),
    );
    expect(ofRule(result, 'markdown-link')).toEqual([]);
    expect(ofRule(result, 'ref-unresolved')).toEqual([]);
  });

  it('reports a typed-link typo (roles:) with the kind it meant', () => {
    const [p] = ofRule(compileWith(summary('Ask [the deputy](roles:deputy).')), 'markdown-link');
    expect(p).toMatchObject({ file: 'content/playbooks/breach.yaml', line: 3, severity: 'error' });
    expect(p.message).toContain('"roles:…", which names no plan element; a typed link is role: followed by an id');
    expect(p.message).toContain('(the target is "roles:deputy")');
  });

  it('reports a javascript: link and a data: image, which the handbook would empty', () => {
    const result = compileWith({
      'roles.yaml': replace(
        'purpose: Leads the response.',
        'purpose: "Leads [x](javascript:alert(1)) ![i](data:image/png;base64,AA)"',
      ),
    });
    const messages = ofRule(result, 'markdown-link').map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(
      messages.some((m) => m.startsWith('role "incident-commander", "purpose": the link goes to a javascript: URL')),
    ).toBe(true);
    expect(messages.some((m) => m.includes('the image is a data: URL'))).toBe(true);
  });

  it('reports a typed link in a Markdown field to an element that does not exist, suggesting by name', () => {
    const result = compileWith(summary('Ask [the officer](role:data-protection-officer).'));
    expect(ofRule(result, 'ref-unresolved').map((p) => p.message)).toEqual([
      'playbook "breach", "summary": links to role "data-protection-officer", which is not defined (did you mean "dpo"?); correct the link target "role:data-protection-officer"',
    ]);
  });
});
