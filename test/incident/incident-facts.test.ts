/**
 * Situational facts and levels of the plan's other scales in an incident's profile: set yes / no /
 * not known and level by level, each change one timeline entry naming only what changed, kept in
 * storage (older incidents still read), exported with names; and what applies by the engine's one
 * evaluator, "not known" making a condition "may apply" — on the transcribed Middlebury plan, which
 * has facts, and on a hand-made vocabulary with a priority scale.
 */
import { describe, expect, test } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { planOf } from '../compiler/helpers.ts';
import { parseIncident, record, summarizeIncident } from '../../src/incident/incident.ts';
import { openIncident, profileDiff, setIncidentProfile, startIncident } from '../../src/incident/opening.ts';
import { applyProfile, type IncidentProfile } from '../../src/incident/profile.ts';
import { incidentJson, incidentMarkdown, incidentTimeline } from '../../src/incident/export.ts';
import { incidentStore } from '../../src/incident/store.ts';
import { incidentVocabulary, type IncidentVocabulary } from '../../src/incident/vocabulary.ts';
import { conditionApplies } from '../../src/incident/applies.ts';
import { unknownsInWords } from '../../src/incident/completions.ts';
import { byId } from '../../src/plan/lookup.ts';
import type { AppliesWhen } from '../../src/plan/model.ts';
import type { KeyValueStore } from '../../src/browser-storage/keys.ts';

const T0 = Date.UTC(2026, 5, 1, 9, 0);
const MIN = 60_000;
const plan = planOf(compilePlan('test/plans/middlebury', { today: '2026-11-27' }));
const vocab = incidentVocabulary(plan);
const activity = (id: string) => byId(plan).activities.get(`technology-incident-response/${id}`)!;
const base: IncidentProfile = { incidentTypes: ['security-incident'], dataCategories: [] };

function memory(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const when = (w: Partial<AppliesWhen>): AppliesWhen => ({
  incidentTypes: [],
  severities: [],
  dataCategories: [],
  facts: [],
  levels: [],
  ...w,
});

describe('the facts and levels of an incident profile', () => {
  test('are set one by one, back to not known with null, and dropped when none is left', () => {
    let p = applyProfile(base, { facts: { fraud: true, 'financial-systems': false } });
    expect(p.facts).toEqual({ fraud: true, 'financial-systems': false });
    p = applyProfile(p, { facts: { fraud: null }, levels: { priority: 'p2' } });
    expect(p).toEqual({ ...base, facts: { 'financial-systems': false }, levels: { priority: 'p2' } });
    p = applyProfile(p, { facts: { 'financial-systems': null }, levels: { priority: null } });
    expect(p).toEqual(base);
  });

  test('name only the facts and levels that differ from what is recorded', () => {
    const p = { ...base, facts: { fraud: true }, levels: { priority: 'p2' } };
    expect(
      profileDiff(p, {
        incidentTypes: ['security-incident'],
        facts: { fraud: true, 'financial-systems': false, 'information-security': null },
        levels: { priority: 'p1', urgency: null },
      }),
    ).toEqual({ facts: { 'financial-systems': false }, levels: { priority: 'p1' } });
  });

  test('go on the timeline once per change, with names, and survive a reload', () => {
    let t = T0;
    const kv = memory();
    const store = incidentStore(kv, () => (t += MIN));
    store.setName('Sanne');
    startIncident(store, 'Phished payroll account', undefined, { incidentTypes: ['security-incident'] });
    const all = { 'information-security': true, 'financial-systems': null, fraud: false };
    setIncidentProfile(store, { facts: all });
    setIncidentProfile(store, { facts: all });
    setIncidentProfile(store, { facts: { ...all, fraud: null } });
    const again = incidentStore(kv).current()!;
    expect(summarizeIncident(again).profile.facts).toEqual({ 'information-security': true });
    const lines = incidentTimeline(again, vocab).slice(-2);
    expect(lines.map((l) => l.text)).toEqual([
      'The incident is an information security incident: yes; the incident involves fraud: no',
      'The incident involves fraud: not known',
    ]);
    expect(lines.map((l) => l.by)).toEqual(['Sanne', 'Sanne']);
  });

  test('are in the Markdown and JSON exports by name', () => {
    const i = record(openIncident('i1', 'Payroll', T0, 'A', undefined, { incidentTypes: ['security-incident'] }), {
      type: 'incident/profile',
      set: { facts: { fraud: true, 'financial-systems': false } },
      at: T0 + MIN,
      by: 'A',
    });
    const md = incidentMarkdown(i, vocab);
    expect(md).toContain('- The incident involves fraud: yes');
    expect(md).toContain('- Financial systems are affected: no');
    expect(md).toContain('- The incident is an information security incident: not known');
    const json = JSON.parse(incidentJson(i, vocab));
    expect(json.facts).toEqual([
      { id: 'information-security', name: 'The incident is an information security incident', value: null },
      { id: 'financial-systems', name: 'Financial systems are affected', value: false },
      { id: 'fraud', name: 'The incident involves fraud', value: true },
    ]);
  });

  test('the JSON export names each plan event with when it was recorded', () => {
    const events = [
      { id: 'call-started', name: 'the start of the incident call' },
      { id: 'decision', name: 'the decision to notify customers' },
    ];
    const i = record(openIncident('i1', 'x', T0, 'A'), {
      type: 'incident/anchor',
      event: 'call-started' as never,
      time: T0 + MIN,
      at: T0 + MIN,
      by: 'A',
    });
    const json = JSON.parse(incidentJson(i, { ...vocab, events }));
    expect(json.events).toEqual([
      { id: 'call-started', name: 'the start of the incident call', at: new Date(T0 + MIN).toISOString() },
      { id: 'decision', name: 'the decision to notify customers', at: null },
    ]);
    expect(incidentMarkdown(i, { ...vocab, events })).toContain('- the start of the incident call: 2026-06-01T09:01Z');
  });

  test('are read back from storage, and an older incident without them still reads', () => {
    const old = openIncident('i1', 'x', T0, 'A', undefined, { incidentTypes: ['security-incident'] });
    expect(parseIncident(JSON.parse(JSON.stringify(old)))).toEqual(old);
    const withFacts = record(old, { type: 'incident/profile', set: { facts: { fraud: true } }, at: T0, by: 'A' });
    expect(parseIncident(JSON.parse(JSON.stringify(withFacts)))).toEqual(withFacts);
    const wrong = JSON.parse(JSON.stringify(withFacts));
    wrong.log.at(-1).set.facts = { fraud: 'yes' };
    expect(parseIncident(wrong)).toBeUndefined();
  });
});

describe('what applies, by the facts set', () => {
  test('a step on a fact may apply while the fact is not known, applies on yes, and does not on no', () => {
    const w = activity('report-security-issue').appliesWhen;
    expect(conditionApplies(vocab, base, w)).toBe('unknown');
    expect(conditionApplies(vocab, { ...base, facts: { 'information-security': true } }, w)).toBe('applies');
    expect(conditionApplies(vocab, { ...base, facts: { 'information-security': false } }, w)).toBe('not');
  });

  test('a step under "not" may apply while the fact is not known, instead of applying', () => {
    const w = activity('report-it-issue').appliesWhen;
    expect(conditionApplies(vocab, base, w)).toBe('unknown');
    expect(conditionApplies(vocab, { ...base, facts: { 'information-security': false } }, w)).toBe('applies');
    expect(conditionApplies(vocab, { ...base, facts: { 'information-security': true } }, w)).toBe('not');
  });

  test('"any of" is decided by the first part known to hold, whatever the others', () => {
    const w = activity('form-tirt').appliesWhen;
    const security = { 'information-security': true };
    expect(conditionApplies(vocab, { ...base, facts: security }, w)).toBe('unknown');
    expect(conditionApplies(vocab, { ...base, facts: { ...security, fraud: true } }, w)).toBe('applies');
    const minor = plan.severities.find((s) => !s.major)!.id;
    const noFraud = { ...security, fraud: false, 'financial-systems': false };
    expect(conditionApplies(vocab, { ...base, severity: minor, facts: noFraud }, w)).toBe('not');
    expect(conditionApplies(vocab, { ...base, facts: noFraud }, w)).toBe('unknown');
    expect(unknownsInWords(vocab, { ...base, facts: noFraud }, w!)).toEqual(['the severity']);
  });
});

describe('what applies, by the levels of another scale', () => {
  const scaled: IncidentVocabulary = {
    incidentTypes: [],
    severities: [{ id: 'sev1', label: 'SEV-1', major: true }],
    dataCategories: [],
    scales: [
      {
        id: 'priority',
        name: 'Priority',
        levels: [
          { id: 'p1', label: 'P1 Critical' },
          { id: 'p2', label: 'P2 High' },
          { id: 'p3', label: 'P3 Moderate' },
        ],
      },
    ],
  };
  const p: IncidentProfile = { incidentTypes: [], dataCategories: [] };

  test('a step at some levels may apply until a level is set, then applies or not by it', () => {
    const w = when({ levels: ['priority:p1', 'priority:p2'] });
    expect(conditionApplies(scaled, p, w)).toBe('unknown');
    expect(unknownsInWords(scaled, p, w)).toEqual(['the Priority']);
    expect(conditionApplies(scaled, { ...p, levels: { priority: 'p2' } }, w)).toBe('applies');
    expect(conditionApplies(scaled, { ...p, levels: { priority: 'p3' } }, w)).toBe('not');
  });

  test('"not" at a level does not apply at that level and applies at another', () => {
    const w = when({ not: when({ levels: ['priority:p1'] }) });
    expect(conditionApplies(scaled, p, w)).toBe('unknown');
    expect(conditionApplies(scaled, { ...p, levels: { priority: 'p1' } }, w)).toBe('not');
    expect(conditionApplies(scaled, { ...p, levels: { priority: 'p3' } }, w)).toBe('applies');
  });
});
