/**
 * What an incident is (its types, severity, data affected): recorded on the timeline, changed later,
 * exported with names; and what of the plan applies to it, by the engine's one evaluator, on the
 * bundled example plan.
 */
import { describe, expect, test } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from '../compiler/helpers.ts';
import { parseIncident, record, summarizeIncident } from '../../src/incident/incident.ts';
import { openIncident, setIncidentProfile, startIncident } from '../../src/incident/opening.ts';
import { incidentJson, incidentMarkdown, incidentTimeline } from '../../src/incident/export.ts';
import { incidentStore } from '../../src/incident/store.ts';
import { incidentVocabulary } from '../../src/incident/vocabulary.ts';
import { conditionApplies, obligationApplies, playbookApplies } from '../../src/incident/applies.ts';
import type { KeyValueStore } from '../../src/browser-storage/keys.ts';

const T0 = Date.UTC(2026, 5, 1, 9, 0);
const MIN = 60_000;
const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const vocab = incidentVocabulary(plan);

function memory(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('an incident profile', () => {
  test('is set when the incident starts, leaving out what is not known', () => {
    const i = openIncident('i1', 'x', T0, 'A', undefined, {
      incidentTypes: ['ransomware'],
      severity: null,
      dataCategories: [],
    });
    expect(summarizeIncident(i).profile).toEqual({ incidentTypes: ['ransomware'], dataCategories: [] });
    expect(i.log.at(-1)).toEqual({ type: 'incident/profile', set: { incidentTypes: ['ransomware'] }, at: T0, by: 'A' });
  });

  test('records each change once, only what differs, and survives a reload', () => {
    let t = T0;
    const kv = memory();
    const store = incidentStore(kv, () => (t += MIN));
    startIncident(store, 'Encrypted file servers', undefined, { incidentTypes: ['ransomware'] });
    setIncidentProfile(store, { incidentTypes: ['ransomware'], severity: 'sev1', dataCategories: [] });
    setIncidentProfile(store, { incidentTypes: ['ransomware'], severity: 'sev1', dataCategories: [] });
    setIncidentProfile(store, { severity: null });
    const again = incidentStore(kv).current()!;
    expect(
      again.log.filter((e) => e.type === 'incident/profile').map((e) => e.type === 'incident/profile' && e.set),
    ).toEqual([{ incidentTypes: ['ransomware'] }, { severity: 'sev1' }, { severity: null }]);
    expect(summarizeIncident(again).profile.severity).toBeUndefined();
  });

  test('refuses a stored profile entry of the wrong shape', () => {
    const i = record(openIncident('i1', 'x', T0, 'A'), {
      type: 'incident/profile',
      set: { severity: 'sev1' },
      at: T0,
      by: 'A',
    });
    expect(parseIncident(JSON.parse(JSON.stringify(i)))).toEqual(i);
    const bad = {
      ...i,
      log: [...i.log, { type: 'incident/profile', set: { incidentTypes: 'ransomware' }, at: T0, by: 'A' }],
    };
    expect(parseIncident(bad)).toBeUndefined();
  });

  test('is exported with names, in the Markdown head, the timeline and the JSON', () => {
    let i = openIncident('i1', 'x', T0, 'A', undefined, {
      incidentTypes: ['ransomware'],
      dataCategories: ['cardholder-data'],
    });
    i = record(i, { type: 'incident/profile', set: { severity: 'sev1' }, at: T0 + MIN, by: 'B' });
    i = record(i, { type: 'incident/close', at: T0 + 2 * MIN, by: 'B' });
    const sev1 = plan.severities.find((s) => s.id === 'sev1')!.label;
    const md = incidentMarkdown(i, vocab);
    expect(md).toContain('- Incident type: Ransomware');
    expect(md).toContain(`- Severity: ${sev1}`);
    expect(md).toContain('- Data affected: cardholder data');
    expect(incidentTimeline(i, vocab).map((l) => l.text)).toContain(`Severity set to ${sev1}`);
    const json = JSON.parse(incidentJson(i, vocab));
    expect(json.incidentTypes).toEqual([{ id: 'ransomware', name: 'Ransomware' }]);
    expect(json.severity).toEqual({ id: 'sev1', label: sev1 });
    expect(json.closedAt).not.toBeNull();
  });
});

describe('what applies to the incident', () => {
  const obligation = (id: string) => plan.obligations.find((o) => o.id === id)!;
  const empty = { incidentTypes: [], dataCategories: [] };

  test('an obligation conditioned on major incidents applies once a major severity is declared, and may apply before', () => {
    const major = plan.severities.find((s) => s.major)!.id;
    const minor = plan.severities.find((s) => !s.major)!.id;
    expect(obligationApplies(vocab, empty, obligation('nis2-art23'))).toBe('unknown');
    expect(obligationApplies(vocab, { ...empty, severity: major }, obligation('nis2-art23'))).toBe('applies');
    expect(obligationApplies(vocab, { ...empty, severity: minor }, obligation('nis2-art23'))).toBe('not');
  });

  test('an obligation conditioned on personal data applies when such data is affected', () => {
    expect(obligationApplies(vocab, { ...empty, dataCategories: ['personal-data'] }, obligation('gdpr-art33'))).toBe(
      'applies',
    );
  });

  test('an activity with no condition always applies; one on card data only when card data is affected', () => {
    const visa = plan.playbooks
      .flatMap((p) => p.activities)
      .find((a) => a.appliesWhen?.dataCategories.includes('cardholder-data'))!;
    expect(conditionApplies(vocab, empty, undefined)).toBe('applies');
    expect(conditionApplies(vocab, empty, visa.appliesWhen)).toBe('unknown');
    expect(conditionApplies(vocab, { ...empty, dataCategories: ['cardholder-data'] }, visa.appliesWhen)).toBe(
      'applies',
    );
    expect(conditionApplies(vocab, { ...empty, dataCategories: ['credentials'] }, visa.appliesWhen)).toBe('not');
  });

  test('a playbook applies when one of the incident types brings it', () => {
    expect(playbookApplies(vocab, { ...empty, incidentTypes: ['ransomware'] }, 'ransomware')).toBe('applies');
    expect(playbookApplies(vocab, { ...empty, incidentTypes: ['service-outage'] }, 'ransomware')).toBe('not');
    expect(playbookApplies(vocab, empty, 'ransomware')).toBe('unknown');
  });
});
