import { describe, expect, it } from 'vitest';
import { compileWith, replace, planOf } from '../compiler/helpers.ts';
import { audienceFromEnv, privateValues, redactPlan, WITHHELD } from '../../src/plan/redact.ts';

const plan = planOf(
  compileWith({
    'parties.yaml': replace(
      'kind: regulator',
      'kind: regulator\n    contacts:\n      - { channel: portal, value: "https://dpa.example/report", private: false }\n      - { channel: phone, value: "+31 70 000 0000" }',
    ),
  }),
);

describe('redactPlan', () => {
  it('drops every private contact value', () => {
    const values = privateValues(plan);
    expect(values).toEqual(['+31 6 1234 5678', '+31 70 000 0000']);
    const text = JSON.stringify(redactPlan(plan));
    for (const v of values) expect(text).not.toContain(v);
  });

  it('withholds a private value repeated in free text such as a template body', () => {
    const quoting = planOf(
      compileWith({
        'templates.yaml': replace('discovered on {{date}}.', 'discovered on {{date}}. Call +31 6 1234 5678.'),
      }),
    );
    const body = redactPlan(quoting).templates[0].body;
    expect(body).not.toContain('+31 6 1234 5678');
    expect(body).toContain(WITHHELD);
  });

  it('keeps channels marked public, such as a regulator portal', () => {
    expect(redactPlan(plan).parties[0].contacts.map((c) => c.value)).toEqual(['https://dpa.example/report']);
  });

  it('keeps names and roles of people', () => {
    expect(redactPlan(plan).people.map((p) => [p.name, p.roles])).toEqual(plan.people.map((p) => [p.name, p.roles]));
  });

  it('does not change the plan it is given', () => {
    const before = JSON.stringify(plan);
    redactPlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('is chosen by DRILLBOOK_AUDIENCE=public only', () => {
    expect(audienceFromEnv({ DRILLBOOK_AUDIENCE: 'public' })).toBe('public');
    expect(audienceFromEnv({ DRILLBOOK_AUDIENCE: 'staff' })).toBe('internal');
    expect(audienceFromEnv({})).toBe('internal');
  });
});
