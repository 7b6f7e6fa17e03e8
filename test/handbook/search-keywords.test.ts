import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from '../compiler/helpers.ts';
import {
  keywordsMeta,
  obligationKeywords,
  playbookKeywords,
  severityKeywords,
} from '../../src/handbook/search-keywords.ts';

const plan = planOf(compilePlan('content', { today: '2026-11-27' }));

describe('search keywords', () => {
  it('write a severity as typed: with and without its hyphen, and by id', () => {
    const words = severityKeywords(plan);
    const sev1 = plan.severities.find((s) => s.rank === 1)!;
    const code = sev1.label.split(' ')[0]!;
    expect(words).toEqual(expect.arrayContaining([sev1.id, code, code.replace('-', ''), code.replace('-', ' ')]));
  });

  it('name a playbook by the incident types it serves', () => {
    const ransomware = plan.playbooks.find((p) => p.id === 'ransomware')!;
    expect(playbookKeywords(plan, ransomware)).toContain('Ransomware');
  });

  it('give each regime its deadlines in hours: "GDPR 72 hours"', () => {
    expect(obligationKeywords(plan)).toEqual(expect.arrayContaining(['regulator', 'GDPR 72 hours', 'NIS2 24 hours']));
  });

  it('make one Pagefind metadata field with no comma, each word once', () => {
    expect(keywordsMeta(['a, b', 'c', 'c', ' '])).toBe('keywords:a b · c');
    expect(keywordsMeta([])).toBeUndefined();
  });
});
