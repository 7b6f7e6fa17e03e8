import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { buildAar } from '../../src/engine/aar.ts';
import { replay } from '../../src/engine/reduce.ts';
import { scoreExercise } from '../../src/engine/score.ts';
import type { ExerciseAction } from '../../src/engine/actions.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { planForExercises } from '../../src/plan/for-exercises.ts';
import { planOf } from '../compiler/helpers.ts';

const plan = planOf(compilePlan('content', { today: '2026-11-27' }));
const slim = planForExercises(plan);

describe('planForExercises', () => {
  it('leaves out chapter bodies, contact channels and control mappings, and is much smaller', () => {
    const text = JSON.stringify(slim);
    expect(text).not.toContain(plan.chapters[0].body.trim().slice(0, 60));
    for (const p of plan.people) for (const c of p.contacts) expect(text).not.toContain(JSON.stringify(c.value));
    expect(slim.controlMappings).toEqual([]);
    expect(text.length).toBeLessThan(JSON.stringify(plan).length * 0.75);
  });

  it('scores a recorded exercise exactly as the full plan does', () => {
    const file = 'scenarios/weekend-ransomware.yaml';
    const scenario = validateScenario(plan, readFileSync(file, 'utf8'), file).scenario!;
    const log = JSON.parse(
      readFileSync('test/fixtures/scenarios/golden/weekend-ransomware.log.json', 'utf8'),
    ) as ExerciseAction[];
    const full = replay(plan, scenario, log);
    const trimmed = replay(slim, scenario, log);
    const card = scoreExercise(plan, full);
    expect(card.expectations.filter((e) => e.evidence).length).toBeGreaterThan(5);
    expect(scoreExercise(slim, trimmed)).toEqual(card);
    expect(buildAar(slim, trimmed)).toEqual(buildAar(plan, full));
  });
});
