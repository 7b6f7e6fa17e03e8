/**
 * Scenario check speed: `validateScenario` on a 10,000-inject trigger chain (each inject delivered
 * once the one before it was, listed last to first) against the minimal fixture plan. The
 * reachability search is linear, so this stays well under 2 s (it took 20 s and more when it was
 * quadratic). Median of 3 runs after a warm-up.
 */
import { medianMs, type BenchSection, type Figure } from '../measure.ts';
import { compilePlan } from '../../../src/compiler/compile.ts';
import { validateScenario } from '../../../src/compiler/scenario/validate.ts';
import { chainScenarioText } from '../chain-scenario.ts';
import { planOf } from '../../compiler/helpers.ts';

const INJECTS = 10_000;

const section: BenchSection = {
  title: 'Scenario check',
  async run(): Promise<Figure[]> {
    const plan = planOf(compilePlan('test/fixtures/minimal', { today: '2026-06-01' }));
    const text = chainScenarioText(INJECTS, { reversed: true });
    const result = validateScenario(plan, text, 'chain.yaml');
    const figures: Figure[] = [
      {
        name: `${INJECTS}-inject chain: problems (must be none)`,
        value: result.problems.length,
        unit: '',
        target: '= 0',
        ok: result.problems.length === 0,
      },
    ];
    const ms = medianMs(() => validateScenario(plan, text, 'chain.yaml'), 3);
    figures.push({
      name: `validateScenario(${INJECTS}-inject trigger chain)`,
      value: ms,
      unit: 'ms',
      target: '< 2000 ms',
      ok: ms < 2000,
    });
    return figures;
  },
};

export default section;
