import { describe, expect, it } from 'vitest';
import { toMselCsv } from '../../src/engine/msel.ts';
import { importMsel, mergeMsel } from '../../src/simulator/msel-import.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, minimalPlan } from '../engine/helpers.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { loadPlan } from '../../src/integration/load-plan.ts';
import Papa from 'papaparse';

/** `csv` saved again the way Excel does with a regional list separator: byte-order mark, `separator`, CRLF. */
const asExcel = (csv: string, separator: string) =>
  '\uFEFF' +
  Papa.unparse(Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data, {
    delimiter: separator,
    newline: '\r\n',
  }) +
  '\r\n';

describe('MSEL CSV applied to a scenario', () => {
  it('gives back the same scenario when its own MSEL is imported', () => {
    const { scenario, text } = loadScenario();
    const result = importMsel(minimalPlan(), text, toMselCsv(scenario), 'msel.csv');
    expect(result.problems).toEqual([]);
    expect(result.scenario).toEqual(scenario);
  });

  it('takes the subject, time and recipients from an edited row and keeps the decisions of the inject', () => {
    const { scenario, text } = loadScenario();
    const csv = toMselCsv(scenario)
      .replace('Our customer export is on a paste site', 'Export found on a forum')
      .replace('T+00:00', 'T+00:10');
    const result = importMsel(minimalPlan(), text, csv, 'msel.csv');
    const inject = result.scenario!.injects.find((i) => i.id === 'paste-found')!;
    expect([inject.subject, inject.at]).toEqual(['Export found on a forum', 'T+00:10']);
    expect(inject.decisions.map((d) => d.id)).toEqual(scenario.injects[0].decisions.map((d) => d.id));
    expect(result.text).toContain('Export found on a forum');
  });

  it('drops injects whose rows were deleted and adds rows with new ids as new injects', () => {
    const { scenario, text } = loadScenario();
    const lines = toMselCsv(scenario).split('\r\n');
    const header = lines[0];
    const csv = [
      header,
      lines[1],
      lines[2],
      '9,ceo-call,T+02:30,,CEO,incident-commander,phone,Where are we?,Give me an update.,,declare',
      '',
    ].join('\r\n');
    const result = importMsel(minimalPlan(), text, csv, 'msel.csv');
    expect(result.problems).toEqual([]);
    expect(result.scenario!.injects.map((i) => i.id)).toEqual(['paste-found', 'journalist', 'ceo-call']);
    expect(scenario.injects.length).toBeGreaterThan(3);
    expect(result.scenario!.injects[2]).toMatchObject({
      channel: 'phone',
      from: 'CEO',
      objectives: ['declare'],
      decisions: [],
    });
  });

  it('reports a bad time with the CSV line and column, and an unknown role through the scenario validator', () => {
    const { scenario, text } = loadScenario();
    const bad = toMselCsv(scenario).replace('T+02:00', 'two hours');
    const r1 = importMsel(minimalPlan(), text, bad, 'msel.csv');
    expect(r1.scenario).toBeUndefined();
    expect(r1.problems[0]).toMatchObject({ file: 'msel.csv', line: 3, severity: 'error', rule: 'msel' });
    expect(r1.problems[0].message).toContain('time "two hours" must be written T+hh:mm');
    const r2 = importMsel(
      minimalPlan(),
      text,
      toMselCsv(scenario).replace('incident-commander; dpo', 'incident-commander; ghost'),
      'msel.csv',
    );
    expect(r2.scenario).toBeUndefined();
    expect(r2.problems.some((p) => p.severity === 'error' && p.message.includes('ghost'))).toBe(true);
  });

  it('refuses an MSEL without rows', () => {
    const { text } = loadScenario();
    const r = importMsel(
      minimalPlan(),
      text,
      'Number,Inject,Time,Trigger,From,To,Channel,Subject,Message,Expected action,Objective\r\n',
      'msel.csv',
    );
    expect(r.problems.map((p) => p.message)).toEqual(['the MSEL has no rows; add one row per inject below the header']);
  });

  it('gives back every example scenario of scenarios/ when its own MSEL is imported against the content plan', () => {
    const plan = loadPlan();
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join('scenarios', f), 'utf8');
      const scenario = validateScenario(plan, text, f).scenario!;
      const result = importMsel(plan, text, toMselCsv(scenario), 'msel.csv');
      expect(
        result.problems.filter((p) => p.severity === 'error'),
        f,
      ).toEqual([]);
      expect(result.scenario, f).toEqual(scenario);
    }
  });

  it('gives back every example scenario from its MSEL saved by Excel with semicolons or tabs', () => {
    const plan = loadPlan();
    for (const f of readdirSync('scenarios').filter((name) => name.endsWith('.yaml'))) {
      const text = readFileSync(join('scenarios', f), 'utf8');
      const scenario = validateScenario(plan, text, f).scenario!;
      for (const separator of [';', '\t']) {
        const excel = asExcel(toMselCsv(scenario), separator);
        expect(excel.split('\r\n')[0], f).toContain(`Subject${separator}Message`);
        const result = importMsel(plan, text, excel, 'msel.csv');
        expect(
          result.problems.filter((p) => p.severity === 'error'),
          `${f} ${JSON.stringify(separator)}`,
        ).toEqual([]);
        expect(result.scenario, `${f} ${JSON.stringify(separator)}`).toEqual(scenario);
      }
    }
  });

  it('keeps the exact text of a cell the spreadsheet only trimmed', () => {
    const base = [{ id: 'a', from: 'SOC', subject: 'S', body: 'Line one.\n' }];
    const merged = mergeMsel(
      base,
      [{ id: 'a', to: ['x'], channel: 'email', from: 'SOC', subject: 'S', body: 'Line one.' }],
      new Map(),
    );
    expect(merged[0].body).toBe('Line one.\n');
    const edited = mergeMsel(
      base,
      [{ id: 'a', to: ['x'], channel: 'email', from: 'SOC', subject: 'S', body: 'Line two.' }],
      new Map(),
    );
    expect(edited[0].body).toBe('Line two.');
  });

  it('keeps an explicit expected action and drops one equal to the derived default', () => {
    const base = [
      { id: 'a', subject: 's', expectedAction: 'Call legal' },
      { id: 'b', subject: 't' },
    ];
    const draft = (id: string, expectedAction?: string) => ({
      id,
      to: ['x'],
      channel: 'email' as const,
      from: 'f',
      subject: 's',
      body: 'b',
      ...(expectedAction ? { expectedAction } : {}),
    });
    const merged = mergeMsel(
      base,
      [draft('a', 'Call legal'), draft('b', 'ic: Declare?')],
      new Map([
        ['a', 'Call legal'],
        ['b', 'ic: Declare?'],
      ]),
    );
    expect(merged.map((m) => m.expectedAction)).toEqual(['Call legal', undefined]);
  });
});
