/**
 * Golden scenarios that `check` accepts with a warning because a team cannot play them as written:
 * a triggered inject held back by a later module, an expectation no option can meet, a severity
 * indicated after the last decision offering a declaration, a reminder that opens its decision when
 * the work it asks for is already due.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import { MINIMAL_SCENARIO, minimalPlan } from './helpers.ts';

const DIR = 'test/fixtures/scenarios/warnings/';
const EXPECTED: Record<string, string[]> = {
  '01-trigger-held-by-module.yaml': [
    '01-trigger-held-by-module.yaml:66:11  warning  scenario-trigger-held-by-module  inject "journalist": its trigger can hold during module "detection" (it waits for inject "paste-found"), but its module "next-day" starts at T+24:00: it is held back until then and its decisions are "not open yet"; move it to the module of what it waits for, or give it "at: T+24:00" if the wait is meant',
  ],
  '02-expectation-unmeetable.yaml': [
    '02-expectation-unmeetable.yaml:109:10  warning  scenario-expectation-unmeetable  expectation "brief-press": no option of any decision does what it waits for, and no discussion question covers it, so the team can only miss it; add the act to an option, or name "brief-press" in a question\'s covers',
  ],
  '03-severity-after-last-declare.yaml': [
    '03-severity-after-last-declare.yaml:88:26  warning  scenario-severity-after-last-declare  inject "dpa-reminder" indicates SEV-1 Critical at T+48:00, after the last decision that offers a declaration opened (inject "paste-found" at T+00:00): a team that has declared cannot declare SEV-1 Critical and will miss it; add a decision with a declare option to this inject or a later one',
  ],
  '04-prompt-at-deadline.yaml': [
    '04-prompt-at-deadline.yaml:89:9  warning  scenario-prompt-at-deadline  inject "dpa-reminder" opens the decision "notify" at T+72:00, when the work its options do is already due: "Notify the data protection authority" (within 72 h of awareness, due T+72:00); no decision offers it earlier, so a team that does it when asked is late by construction (only work marked done from the console before could be on time): move the inject before T+72:00',
  ],
};

describe('scenarios a team cannot play as written', () => {
  it('has an expected message for every golden file', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [file, lines] of Object.entries(EXPECTED))
    it(`warns about ${file.replace(/^\d+-|\.yaml$/g, '').replace(/-/g, ' ')} and still accepts the scenario`, () => {
      const result = validateScenario(minimalPlan(), readFileSync(DIR + file, 'utf8'), file);
      expect(result.problems.map(formatProblem)).toEqual(lines);
      expect(result.scenario).toBeDefined();
    });
});

describe('a prompt that opens when its work is already due', () => {
  const text = readFileSync(MINIMAL_SCENARIO, 'utf8');
  const warned = (t: string) =>
    validateScenario(minimalPlan(), t, 'x.yaml').problems.filter((p) => p.rule === 'scenario-prompt-at-deadline');

  it('stays silent while the reminder opens before the deadline (T+71:59 for 72 hours)', () => {
    expect(warned(text.replace('    at: T+48:00', '    at: T+71:59'))).toEqual([]);
  });

  it('stays silent when an earlier decision offers the same work, so the reminder is a second chance', () => {
    const early = text.replace(
      '            actions: [{ declare: sev1 }, { perform: breach/declare }]',
      '            actions: [{ declare: sev1 }, { perform: breach/declare }, { perform: breach/notify-dpa }]',
    );
    expect(warned(early.replace('    at: T+48:00', '    at: T+72:00'))).toEqual([]);
  });

  it('warns when the work is due before the decision opens, naming the due time', () => {
    const [problem] = warned(text.replace('    at: T+48:00', '    at: T+73:00'));
    expect(problem?.message).toContain('(within 72 h of awareness, due T+72:00)');
    expect(problem?.severity).toBe('warning');
  });
});
