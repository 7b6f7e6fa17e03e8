import { describe, expect, it } from 'vitest';
import { compileWith, planOf } from '../compiler/helpers.ts';
import { compilePlan } from '../../src/compiler/compile.ts';
import { describePolicy, policyToMermaid } from '../../src/handbook/escalation.ts';
import {
  anchorsUsed,
  deadlineWords,
  formatRemaining,
  stageDeadlines,
  toCalculatorObligation,
  type CalculatorObligation,
} from '../../src/handbook/calculator.ts';
import { stageDue } from '../../src/plan/deadlines.ts';
import { packCalculator, unpackCalculator } from '../../src/handbook/calculator-payload.ts';
import { countdownRows, missingAnchors } from '../../src/handbook/countdown.ts';
import { formatInZone, instantToZonedInput, zonedInputToInstant } from '../../src/plan/zoned.ts';
import {
  diagramsReady,
  isDrawn,
  layOutInBackground,
  minifySvg,
  renderDiagram,
} from '../../src/diagrams/render-mermaid.ts';
import { DEFAULT_CALENDAR, type BusinessCalendar } from '../../src/plan/time.ts';

const plan = planOf(compileWith());
const policy = (id: string) => plan.escalationPolicies.find((p) => p.id === id)!;

describe('escalation policies', () => {
  it('describes each level with its targets, timeout and condition', () => {
    const levels = describePolicy(plan, policy('major'));
    expect(levels.map((l) => [l.level, l.targets.map((t) => t.name), l.escalates])).toEqual([
      [1, ['Incident Commander'], 'if not acknowledged within 10 min'],
      [2, ['Deputy'], 'if not acknowledged within 10 min'],
    ]);
  });

  it('generates a flowchart with one node per level and edges labelled by the escalation condition', () => {
    const text = policyToMermaid(plan, policy('major'));
    expect(text.split('\n')[0]).toBe('flowchart TD');
    expect(text).toContain('L1["Level 1: page<br>Incident Commander"]');
    expect(text).toContain('L1 -->|if not acknowledged<br>within 10 min| L2');
    expect(text).toContain('L1 --> done');
    expect(text).not.toContain('L2 -->|if not');
  });

  it('shows a hand-over to another policy and links people to the contacts page', () => {
    const levels = describePolicy(plan, policy('standard'));
    expect(levels[0].targets[0]).toMatchObject({ kind: 'person', href: '/contacts/#person-ada' });
    expect(policyToMermaid(plan, policy('standard'))).toContain('hand over to Major incident');
  });

  it('loops back to level 1 when the policy repeats', () => {
    const repeating = { ...policy('major'), repeat: 2 };
    expect(policyToMermaid(plan, repeating)).toContain(
      'L2 -->|if not acknowledged<br>within 10 min<br>then repeat, up to 2x| L1',
    );
  });

  it('keeps quotes and brackets in names from breaking the Mermaid text', () => {
    const odd = {
      ...plan,
      roles: plan.roles.map((r) => (r.id === 'deputy' ? { ...r, name: 'Deputy "B" [night]' } : r)),
    };
    const text = policyToMermaid(odd, policy('major'));
    expect(text).toContain('L2["Level 2: page<br>Deputy &quot;B&quot;  night "]');
    expect(() => renderDiagram(text, { label: 'x', idPrefix: 't' })).not.toThrow();
  });

  it('shows markup in a name as the text written, never as SVG elements', () => {
    const name = 'Deputy <script>alert(1)</script> "><svg onload=alert(1)> & (co) {x} a|b';
    const odd = { ...plan, roles: plan.roles.map((r) => (r.id === 'deputy' ? { ...r, name } : r)) };
    const svg = renderDiagram(policyToMermaid(odd, policy('major')), { label: 'x', idPrefix: 't' });
    const tags = svg.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.filter((t) => /^<(script|img|svg\s(?!viewBox))|\son[a-z]+=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => t.startsWith('<svg'))).toHaveLength(1);
    expect(svg).toContain(
      '>Deputy &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;svg onload=alert(1)&gt; &amp; (co) {x} a b',
    );
  });

  it('renders to an accessible inline SVG without a stylesheet or web font and with prefixed ids', () => {
    const svg = renderDiagram(policyToMermaid(plan, policy('major')), {
      label: 'Escalation policy "Major" & its levels',
      idPrefix: 'p1',
    });
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="Escalation policy &quot;Major&quot; &amp; its levels"/);
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('googleapis');
    expect(svg).toContain('id="p1-arrowhead"');
    expect(svg).toContain('url(#p1-arrowhead)');
    expect(svg).not.toMatch(/id="arrowhead"/);
  });

  it('lays diagrams out in a worker thread, drawn exactly as on the main thread', async () => {
    const text = policyToMermaid(plan, policy('major')).replace('flowchart', 'flowchart ');
    expect(isDrawn(text)).toBe(false);
    layOutInBackground([text]);
    await diagramsReady();
    expect(isDrawn(text)).toBe(true);
    const onMainThread = renderDiagram(`${text}\n`, { label: 'x', idPrefix: 'p' }); // not laid out yet: drawn here
    expect(renderDiagram(text, { label: 'x', idPrefix: 'p' })).toBe(onMainThread);
  });

  it('leaves a diagram the worker cannot draw to the page, which reports why', async () => {
    const broken = 'graph XX\n  A';
    layOutInBackground([broken]);
    await diagramsReady();
    expect(isDrawn(broken)).toBe(false);
    expect(() => renderDiagram(broken, { label: 'x', idPrefix: 'b' })).toThrow('Invalid mermaid header');
  });
});

const AMS: BusinessCalendar = { timeZone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const sec: CalculatorObligation = {
  id: 'sec-8k',
  citation: 'Form 8-K Item 1.05',
  status: 'in-force',
  calendar: AMS,
  stages: [
    {
      key: 'sec-8k/filing',
      name: 'Filing',
      deadline: 'P4D',
      days: 'business',
      from: { event: 'materiality-determination', label: 'materiality determination' },
    },
  ],
};
const dora: CalculatorObligation = {
  id: 'dora',
  citation: 'DORA Art. 19',
  status: 'in-force',
  calendar: AMS,
  stages: [
    {
      key: 'dora/initial',
      name: 'Initial notification',
      deadline: 'PT4H',
      days: 'calendar',
      from: { event: 'classification', label: 'classification' },
      noLaterThan: { deadline: 'PT24H', from: { event: 'awareness', label: 'awareness' } },
    },
    {
      key: 'dora/intermediate',
      name: 'Intermediate report',
      deadline: 'PT72H',
      days: 'calendar',
      from: { stage: 'initial', label: 'submission of Initial notification' },
    },
  ],
};

describe('toCalculatorObligation', () => {
  it('gives the calculator every stage clock but none of the text the page already shows', () => {
    for (const o of plan.obligations) {
      const clock = toCalculatorObligation(o, 'Nationaal Cyber Security Centrum (NCSC-NL)');
      const keys = [
        'calendar',
        'citation',
        'id',
        'recipient',
        'regime',
        'stages',
        'status',
        ...(o.appliesWhen.dataCategories.length ||
        o.appliesWhen.major !== undefined ||
        o.appliesWhen.incidentTypes.length ||
        o.appliesWhen.severities.length
          ? ['appliesWhen']
          : []),
      ];
      expect(Object.keys(clock).sort()).toEqual(keys.sort());
      expect(clock.recipient).toBe('NCSC-NL');
      expect(clock.stages.map((s) => s.key)).toEqual(o.stages.map((s) => s.key));
      for (const s of clock.stages) expect(s).not.toHaveProperty('content');
      const now = Date.UTC(2026, 0, 5);
      const anchors = Object.fromEntries(anchorsUsed([clock]).map((e) => [e, now]));
      expect(stageDeadlines(clock, { anchors }, now)).toEqual(stageDeadlines(o, { anchors }, now));
    }
  });
});

describe('packCalculator', () => {
  // The example plan: one of its obligations counts business days in a calendar of its own.
  const example = planOf(compilePlan('content'));
  const clocks = example.obligations.map((o) => toCalculatorObligation(o));
  const shared = example.document.businessCalendar;

  it('gives back exactly the clocks it packed, the ones with a calendar of their own included', () => {
    const own = clocks.filter((c) => JSON.stringify(c.calendar) !== JSON.stringify(shared));
    expect(own.length, 'an example obligation counts business days in its own calendar').toBeGreaterThan(0);
    expect(clocks.some((c) => c.stages.some((s) => s.days === 'business'))).toBe(true);
    const payload = JSON.parse(JSON.stringify(packCalculator(clocks, shared)));
    expect(unpackCalculator(payload)).toEqual(clocks);
  });

  it("writes the plan's calendar once and calendar days not at all", () => {
    const payload = packCalculator(clocks, shared);
    expect(payload.timeZone).toBe(shared.timeZone);
    const json = JSON.stringify(payload);
    expect(json.split(JSON.stringify(shared)).length - 1).toBe(1);
    expect(json).not.toContain('"days":"calendar"');
    expect(json.length).toBeLessThan(JSON.stringify(clocks).length);
  });
});

describe('stageDeadlines', () => {
  it('counts business days across a weekend: Friday 15:00 + 4 business days is Thursday 15:00', () => {
    const friday = Date.UTC(2026, 10, 27, 14, 0); // 15:00 in Amsterdam (UTC+1)
    const [filing] = stageDeadlines(sec, { anchors: { 'materiality-determination': friday } }, friday);
    expect(filing.due).toBe(Date.UTC(2026, 11, 3, 14, 0));
    expect(formatInZone(filing.due!, 'Europe/Amsterdam')).toBe('Thu 2026-12-03 15:00');
    expect(filing.remaining).toBe(6 * 86_400_000);
  });

  it('skips a holiday in the calendar', () => {
    const friday = Date.UTC(2026, 10, 27, 14, 0);
    const [filing] = stageDeadlines(
      { ...sec, calendar: { ...AMS, holidays: ['2026-12-01'] } },
      { anchors: { 'materiality-determination': friday } },
      friday,
    );
    expect(formatInZone(filing.due!, 'Europe/Amsterdam')).toBe('Fri 2026-12-04 15:00');
  });

  it('says which anchor is missing instead of inventing a deadline', () => {
    const [filing] = stageDeadlines(sec, { anchors: {} }, 0);
    expect(filing.due).toBeUndefined();
    expect(filing.missing).toEqual(['materiality-determination']);
  });

  it('names the missing anchor in words in the calculator row, never by its id', () => {
    const [row] = countdownRows([sec], {}, 0);
    expect(row!.statusWords).toBe('Enter the materiality determination time');
    expect(JSON.stringify(row)).not.toContain('materiality-determination');
    expect(missingAnchors([row!])).toEqual(['Materiality determination']);
  });

  it('shows a zoned instant back in a datetime-local field as the wall time it was entered as', () => {
    for (const value of ['2026-11-27T15:00', '2026-03-29T03:30', '2026-10-25T02:15'])
      expect(instantToZonedInput(zonedInputToInstant(value, 'Europe/Amsterdam'), 'Europe/Amsterdam')).toBe(value);
  });

  it('applies the "no later than" limit when it comes first', () => {
    const awareness = Date.UTC(2026, 0, 5, 8, 0);
    const classification = awareness + 22 * 3_600_000;
    const [initial] = stageDeadlines(dora, { anchors: { awareness, classification } }, awareness);
    expect(initial.due).toBe(awareness + 24 * 3_600_000);
  });

  it('is due at the "no later than" limit while the stage\'s own clock has not started', () => {
    const awareness = Date.UTC(2026, 0, 5, 8, 0);
    const [initial] = stageDeadlines(dora, { anchors: { awareness } }, awareness);
    expect(initial.due).toBe(awareness + 24 * 3_600_000);
    expect(initial.missing).toEqual(['classification']);
  });

  it('chains a stage to the submission of the earlier one, or to its deadline until it is submitted', () => {
    const awareness = Date.UTC(2026, 0, 5, 8, 0);
    const classification = awareness + 3_600_000;
    const assumed = stageDeadlines(dora, { anchors: { awareness, classification } }, awareness)[1];
    expect(assumed).toMatchObject({ assumed: true, due: classification + 4 * 3_600_000 + 72 * 3_600_000 });
    const sent = classification + 2 * 3_600_000;
    const real = stageDeadlines(
      dora,
      { anchors: { awareness, classification }, submitted: { 'dora/initial': sent } },
      awareness,
    )[1];
    expect(real).toMatchObject({ assumed: false, due: sent + 72 * 3_600_000 });
  });

  it('lists the anchors the obligations need, once each', () => {
    expect(anchorsUsed([sec, dora, sec])).toEqual(['materiality-determination', 'classification', 'awareness']);
  });

  it('words the time left and the time overdue', () => {
    expect(formatRemaining(2 * 86_400_000 + 4 * 3_600_000)).toBe('2 d 4 h left');
    expect(formatRemaining(-(3 * 3_600_000 + 5 * 60_000))).toBe('3 h 5 min overdue');
  });
});

describe('minifySvg', () => {
  it('rounds layout coordinates to whole units and small offsets to a tenth, drops the style and the whitespace between elements, and keeps text as written', () => {
    const svg =
      '<svg viewBox="0 0 374.55600000000004 508.2">\n<style>text { font: x }</style>\n  <rect x="76.30900000000001" y="40" width="190.891" />\n  <text x="171.7545" dy="3.8499999999999996">within 5.25 h</text>\n</svg>';
    expect(minifySvg(svg)).toBe(
      '<svg viewBox="0 0 375 508"><rect x="76" y="40" width="191" /><text x="172" dy="3.9">within 5.25 h</text></svg>',
    );
  });

  it('keeps the arrow-head markers the edges use and drops the others and the namespace', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><defs><marker id="a"><path d="M0" /></marker><marker id="b"><path d="M1" /></marker></defs><polyline class="edge" marker-end="url(#a)" /></svg>';
    expect(minifySvg(svg)).toBe(
      '<svg viewBox="0 0 1 1"><defs><marker id="a"><path d="M0" /></marker></defs><polyline class="edge" marker-end="url(#a)" /></svg>',
    );
  });

  it('moves the presentation every edge, label and node repeats into a class, and leaves other values alone', () => {
    const node = '<rect x="1" fill="var(--_node-fill)" stroke="var(--_node-stroke)" stroke-width="0.75" />';
    const edge =
      '<polyline class="edge" points="1,2" fill="none" stroke="var(--_line)" stroke-width="1" marker-end="url(#a)" />';
    const label =
      '<text x="1" text-anchor="middle" font-size="11" font-weight="400" fill="var(--_text-sec)" dy="3">if</text>';
    const red = '<rect x="1" fill="red" stroke="var(--_node-stroke)" stroke-width="0.75" />';
    expect(minifySvg(node + edge + label + red)).toBe(
      '<rect x="1" class="dn" /><polyline class="edge" points="1,2" marker-end="url(#a)" /><text x="1" class="dtl" dy="3">if</text>' +
        red,
    );
  });
});

describe('zoned input', () => {
  it('reads a datetime-local value in the plan time zone, not the browser one', () => {
    expect(zonedInputToInstant('2026-11-27T15:00', 'Europe/Amsterdam')).toBe(Date.UTC(2026, 10, 27, 14, 0));
    expect(zonedInputToInstant('2026-07-01T15:00', 'Europe/Amsterdam')).toBe(Date.UTC(2026, 6, 1, 13, 0));
  });
});

describe('deadlineWords', () => {
  const stage = (days: 'calendar' | 'business') => ({
    deadline: 'P4D',
    days,
    noLaterThan: { deadline: 'P5D', from: { event: 'awareness' as const, label: 'awareness' } },
  });

  it('words the outer limit in calendar days even for a business-day stage, as stageDue counts it', () => {
    expect(deadlineWords(stage('business'))).toBe('4 business days, no later than 5 days after awareness');
    // Wednesday 09:00 UTC: 5 calendar days is Monday; 5 business days would be the Wednesday after.
    const wednesday = Date.UTC(2026, 10, 25, 9);
    expect(stageDue(stage('business'), undefined, wednesday, DEFAULT_CALENDAR)).toBe(Date.UTC(2026, 10, 30, 9));
  });

  it('words a stage without an outer limit by its own day kind', () => {
    expect(deadlineWords({ deadline: 'P4D', days: 'business' })).toBe('4 business days');
    expect(
      deadlineWords({
        deadline: 'PT4H',
        days: 'calendar',
        noLaterThan: { deadline: 'PT24H', from: { stage: 'x', label: 'submission of X' } },
      }),
    ).toBe('4 h, no later than 24 h after submission of X');
  });
});
