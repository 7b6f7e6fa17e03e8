/**
 * The participant projection carries what participants may see and nothing else: at every step of the
 * recorded ransomware exercise, no facilitator note, inject fact, option action, expectation or
 * objective reaches it, and every delivered inject and open decision does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { replay } from '../../src/engine/reduce.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { isAddressedTo, projectForParticipants } from '../../src/engine/projection.ts';
import { openDecisions } from '../../src/engine/selectors.ts';
import { GOLDEN_DIR } from './helpers.ts';
import { planOf } from '../compiler/helpers.ts';

const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const scenario = validateScenario(
  plan,
  readFileSync('scenarios/weekend-ransomware.yaml', 'utf8'),
  'scenarios/weekend-ransomware.yaml',
).scenario!;
const log = JSON.parse(readFileSync(`${GOLDEN_DIR}weekend-ransomware.log.json`, 'utf8')) as ExerciseAction[];
const name = (id: string) => plan.roles.find((r) => r.id === id)?.name ?? id;

/** Texts that only the facilitator may see, long enough not to occur by chance. */
const secrets = [
  scenario.facilitatorNotes ?? '',
  ...scenario.injects.map((i) => i.notes ?? ''),
  ...scenario.injects.map((i) => i.expectedAction ?? ''),
  ...scenario.objectives.map((o) => o.title),
  ...scenario.expectations.map((e) => e.description),
]
  .flatMap((t) => t.split(/\n+/))
  .map((t) => t.trim())
  .filter((t) => t.length >= 24);

describe('participant projection', () => {
  it('the scenario has facilitator-only text to leak (the test can fail)', () => {
    expect(secrets.length).toBeGreaterThan(5);
  });

  it('never carries facilitator-only text or plan actions, at any step of a recorded exercise', () => {
    for (let n = 1; n <= log.length; n++) {
      const state = replay(plan, scenario, log.slice(0, n));
      const projection = projectForParticipants(state, name);
      const json = JSON.stringify(projection);
      for (const s of secrets) expect(json, `step ${n}`).not.toContain(s);
      expect(json).not.toMatch(/"(notes|reveals|actions|expectations|objectives|facilitatorNotes)"/);
      expect(projection.injects.map((i) => i.id)).toEqual(state.delivered.map((d) => d.inject));
      expect(projection.decisions.map((d) => d.id)).toEqual(openDecisions(state).map((d) => d.decision.id));
    }
  });

  it('shows the questions of the module now running, never the answers or observations recorded', () => {
    const file = 'scenarios/cis-cloud-compromise.yaml';
    const discussion = validateScenario(plan, readFileSync(file, 'utf8'), file).scenario!;
    const recorded = JSON.parse(readFileSync(`${GOLDEN_DIR}cis-cloud-compromise.log.json`, 'utf8')) as ExerciseAction[];
    const said = recorded
      .flatMap((a) => (a.type === 'question/answer' || a.type === 'observation/add' ? [a.text] : []))
      .filter((t) => t.length >= 12);
    expect(said.length).toBeGreaterThan(0);
    let asked = 0;
    for (let n = 1; n <= recorded.length; n++) {
      const projection = projectForParticipants(replay(plan, discussion, recorded.slice(0, n)), name);
      asked += projection.questions.length;
      const json = JSON.stringify(projection);
      for (const t of said) expect(json, `step ${n}`).not.toContain(t);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('names the roles participants can join as', () => {
    const projection = projectForParticipants(replay(plan, scenario, []), name);
    expect(projection.roles.map((r) => r.id).slice(0, scenario.roles.length)).toEqual(scenario.roles);
    expect(projection.roles.every((r) => r.name !== r.id)).toBe(true);
  });

  it('addresses an inject to the role or team a participant joined as, and to no one else', () => {
    expect(isAddressedTo(['incident-commander', 'comms'], ['comms'])).toBe(true);
    expect(isAddressedTo(['incident-commander'], ['comms', 'security-team'])).toBe(false);
    expect(isAddressedTo(['security-team'], ['soc-analyst', 'security-team'])).toBe(true);
  });
});
