/**
 * Names, never ids: the console names roles and teams alike, so the projection participants and the
 * projector read (the join form's role list, inject addressees) carries the plan's names. The CTEP
 * ransomware scenario addresses the Platform SRE team, which was offered as "platform-sre".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { replay } from '../../src/engine/reduce.ts';
import { planOf } from '../compiler/helpers.ts';
import { projectForParticipants } from '../../src/engine/projection.ts';
import { participantProjectionSchema } from '../../src/relay/protocol.ts';
import { partyName } from '../../src/simulator/names.ts';

const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const file = 'scenarios/ctep-ransomware-three-days.yaml';
const scenario = validateScenario(plan, readFileSync(file, 'utf8'), file).scenario!;

describe('party names', () => {
  it('names a team as the plan does, and a role too', () => {
    const name = partyName(plan);
    const team = plan.teams.find((t) => t.id === 'platform-sre')!;
    expect(name('platform-sre')).toBe(team.name);
    expect(team.name).not.toBe('platform-sre');
    expect(name(plan.roles[0].id)).toBe(plan.roles[0].name);
  });

  it('offers every role and team of a scenario to join by its name, in a projection its schema accepts', () => {
    const projection = projectForParticipants(replay(plan, scenario, []), partyName(plan));
    expect(participantProjectionSchema.safeParse(projection).success).toBe(true);
    const ids = new Set([...plan.roles.map((r) => r.id), ...plan.teams.map((t) => t.id)]);
    expect(projection.roles.length).toBeGreaterThan(3);
    for (const r of projection.roles) {
      expect(ids.has(r.id)).toBe(true);
      expect(r.name, r.id).not.toBe(r.id);
    }
  });
});
