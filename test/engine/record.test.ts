import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { exportRecord, recordToYaml, rescoreRecord, type ExerciseRecord } from '../../src/engine/record.ts';
import { sha256 } from '../../src/engine/sha256.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { changedPlan, loadScenario, MINIMAL_PLAN, minimalPlan } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const { scenario, text } = loadScenario();
const log = JSON.parse(readFileSync('test/fixtures/scenarios/golden/minimal.log.json', 'utf8')) as ExerciseAction[];
const temp = mkdtempSync(join(tmpdir(), 'drillbook-record-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('exercise records', () => {
  it('exports the ratings, improvements, digests and log of an exercise', () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    expect(record.id).toBe('2026-03-13-stolen-export');
    expect([record.planVersion, record.planDigest, record.scenarioDigest]).toEqual([
      '1.0',
      minimalPlan().digest,
      sha256(text),
    ]);
    expect(record.objectives.map((o) => [o.id, o.rating])).toEqual([
      ['declare', 'U'],
      ['notify', 'P'],
    ]);
    // Neither finding is a regulatory one: 90 days from the day played (30 for a notification).
    expect(record.improvements.map((i) => [i.id, i.owner, i.due])).toEqual([
      ['ip-1', 'incident-commander', '2026-06-11'],
      ['ip-2', 'incident-commander', '2026-06-11'],
    ]);
    expect(record.nextDue).toBe('2027-03-13');
    expect(record.log).toEqual(log);
  });

  it("carries the improvement plan's HSEEP columns: core capability, capability element, organisation, start and completion", () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    const declare = scenario.objectives.find((o) => o.id === 'declare')!;
    // Both findings are the "declare" objective's: missed work, a declaration among them (Planning).
    expect(record.improvements.map((i) => [i.capability, i.organisation, i.start, i.due])).toEqual([
      [declare.capability, minimalPlan().document.organisation, '2026-03-13', '2026-06-11'],
      [declare.capability, minimalPlan().document.organisation, '2026-03-13', '2026-06-11'],
    ]);
    expect(record.improvements.every((i) => i.element && ['Planning', 'Training'].includes(i.element))).toBe(true);
  });

  it('keeps an older record without the HSEEP columns valid', () => {
    const dir = join(temp, 'older');
    cpSync(MINIMAL_PLAN, dir, { recursive: true });
    const record = exportRecord(minimalPlan(), scenario, text, log);
    const older = {
      ...record,
      improvements: record.improvements.map(({ id, issue, action, owner, due, status }) => ({
        id,
        issue,
        action,
        owner,
        due,
        status,
      })),
    };
    writeFileSync(join(dir, 'exercises', `${record.id}.yaml`), recordToYaml(older));
    const result = compilePlan(dir, { today: '2026-04-12' });
    expect(result.problems).toEqual([]);
    expect(planOf(result).exercises.find((x) => x.id === record.id)!.improvements[0]!.element).toBeUndefined();
  });

  it('is accepted by the plan compiler in content/exercises/ as evidence of testing', () => {
    const dir = join(temp, 'plan');
    cpSync(MINIMAL_PLAN, dir, { recursive: true });
    const record = exportRecord(minimalPlan(), scenario, text, log);
    writeFileSync(join(dir, 'exercises', `${record.id}.yaml`), recordToYaml(record));
    // On the day its improvement actions fall due: later, improvement-overdue would rightly warn about them.
    const result = compilePlan(dir, { today: '2026-04-12' });
    expect(result.problems).toEqual([]);
    const stored = planOf(result).exercises.find((x) => x.id === record.id)!;
    expect(stored.objectives.map((o) => o.rating)).toEqual(['U', 'P']);
    expect(stored.improvements).toEqual(record.improvements);
    expect(stored.scenarioDigest).toBe(sha256(text));
  });

  it('re-scores a record read back from YAML to the same result against the same plan', () => {
    const yaml = recordToYaml(exportRecord(minimalPlan(), scenario, text, log));
    const back = parse(yaml) as ExerciseRecord;
    const again = rescoreRecord(minimalPlan(), scenario, text, back);
    expect([again.same, again.samePlan, again.sameScenario, again.changes]).toEqual([true, true, true, []]);
    expect(recordToYaml(again.record)).toBe(yaml);
  });

  it('re-scores a record differently once the plan changes, and says so', () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    // The authority's deadline shortened to 24 h: the notification at T+49:00 is now late, a regulatory stage late.
    const plan = changedPlan('obligations.yaml', (t) => t.replace('deadline: PT72H', 'deadline: PT24H'));
    const again = rescoreRecord(plan, scenario, text, record);
    expect([again.same, again.samePlan, again.changes]).toEqual([false, false, ['notify: P → M']]);
  });
});
