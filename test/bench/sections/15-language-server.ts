/**
 * Language server speed: how long after an edit the plan's diagnostics are ready, on the example plan
 * in content/ with one playbook open and edited (a character typed at its end each time), its
 * scenarios (scenarios/) checked with it; and after an edit of one open scenario. The server's own
 * wait for typing to settle (25 ms) comes on top. Median of 30 edits after 10 warm-up edits.
 */
import { PlanSession } from '../../../src/lsp/plan-session.ts';
import type { BenchSection, Figure } from '../measure.ts';

/** The session's compile times for `edits` edits of one open file, after `warm` edits not counted. */
export function editTimes(folder: string, path: string, edits: number, warm = 10): number[] {
  const session = new PlanSession(folder);
  // A scenario is named relative to the plan folder (`../scenarios/x.yaml`).
  if (path.startsWith('scenarios/') && session.scenarios) path = `${session.scenarios.prefix}${path.slice(10)}`;
  const text = session.text(path) ?? '';
  const times: number[] = [];
  for (let i = 0; i < warm + edits; i++) {
    session.setOpen(path, `${text}\n# edit ${i}\n`);
    const { ms } = session.analyse('2026-11-27');
    if (i >= warm) times.push(ms);
  }
  return times;
}

const section: BenchSection = {
  title: 'Language server',
  async run(): Promise<Figure[]> {
    const times = editTimes('content', 'playbooks/ransomware.yaml', 30).sort((a, b) => a - b);
    const median = Math.round(times[times.length >> 1]);
    const p90 = Math.round(times[Math.floor(times.length * 0.9)]);
    const scenarioTimes = editTimes('content', 'scenarios/customer-data-breach.yaml', 30).sort((a, b) => a - b);
    const scenario = Math.round(scenarioTimes[scenarioTimes.length >> 1]);
    return [
      {
        name: 'diagnostics after an edit, content/ (median)',
        value: median,
        unit: 'ms',
        target: '< 100 ms',
        ok: median < 100,
      },
      { name: 'diagnostics after an edit, content/ (90th percentile)', value: p90, unit: 'ms' },
      {
        name: 'diagnostics after an edit of a scenario, scenarios/ (median)',
        value: scenario,
        unit: 'ms',
        target: '< 100 ms',
        ok: scenario < 100,
      },
    ];
  },
};
export default section;
