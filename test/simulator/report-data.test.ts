import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar.ts';
import { exportRecord } from '../../src/engine/record.ts';
import { replay } from '../../src/engine/reduce.ts';
import { improvementsOf, recordWithImprovements, withImprovements } from '../../src/simulator/report-data.ts';
import { loadScenario, minimalPlan } from '../engine/helpers.ts';

const { scenario, text } = loadScenario();
const log = [
  { type: 'exercise/start' as const, at: 0 },
  { type: 'exercise/end' as const, at: 3_600_000 },
];
const aar = buildAar(minimalPlan(), replay(minimalPlan(), scenario, log));
const row = (over: Partial<(typeof aar.improvementPlan)[number]> = {}) => ({
  id: 'ip-1',
  objective: 'declare',
  issue: 'No bridge',
  correctiveAction: 'Create one',
  responsibleRole: 'incident-commander',
  dueDate: '2026-07-01',
  ...over,
});

describe('the edited improvement plan in the report and record', () => {
  it("shows the engine's proposal until the facilitator edits it", () => {
    expect(aar.improvementPlan.length).toBeGreaterThan(0);
    expect(improvementsOf(aar, undefined)).toBe(aar.improvementPlan);
    expect(improvementsOf(aar, [])).toEqual([]);
    expect(withImprovements(aar, [row()]).improvementPlan).toEqual([row()]);
  });

  it('writes edited rows into the record in the compiler shape, open, numbered in order', () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    const out = recordWithImprovements(
      record,
      [row(), row({ issue: 'Late notice', responsibleRole: 'dpo', dueDate: '' })],
      minimalPlan().roles.map((r) => r.id),
      '2026-08-01',
    );
    expect(out.improvements).toEqual([
      {
        id: 'ip-1',
        issue: 'No bridge',
        action: 'Create one',
        owner: 'incident-commander',
        due: '2026-07-01',
        status: 'open',
      },
      { id: 'ip-2', issue: 'Late notice', action: 'Create one', owner: 'dpo', due: '2026-08-01', status: 'open' },
    ]);
    expect(out.objectives).toEqual(record.objectives);
  });

  it("writes the edited rows' HSEEP columns into the record, and leaves out a start date after the completion date", () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    const edited = {
      capability: 'Operational Coordination',
      element: 'Equipment' as const,
      organisation: 'Example Ltd, IT',
      startDate: '2026-04-01',
    };
    const out = recordWithImprovements(
      record,
      [row(edited), row({ ...edited, startDate: '2026-09-01' })],
      minimalPlan().roles.map((r) => r.id),
      '2026-08-01',
    );
    const [first, second] = out.improvements;
    expect(first).toMatchObject({
      capability: 'Operational Coordination',
      element: 'Equipment',
      organisation: 'Example Ltd, IT',
      start: '2026-04-01',
      due: '2026-07-01',
    });
    expect(second).toMatchObject({ capability: 'Operational Coordination', due: '2026-07-01' });
    expect(second).not.toHaveProperty('start');
  });

  it('leaves out rows without an issue or action, or whose owner is not a plan role', () => {
    const record = exportRecord(minimalPlan(), scenario, text, log);
    const out = recordWithImprovements(
      record,
      [row({ issue: '  ' }), row({ correctiveAction: '' }), row({ responsibleRole: 'ghost' })],
      minimalPlan().roles.map((r) => r.id),
      '2026-08-01',
    );
    expect(out.improvements).toEqual([]);
  });
});
