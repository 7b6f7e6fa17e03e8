/**
 * Checks of modules that jump the clock (`startsAt`, "three days later"): the starts go forward in
 * module order and fall within the scenario, and no inject of a module is timed before its start.
 */
import { durationToMs } from '../../plan/time.ts';
import { formatClock, parseClock } from '../../plan/scenario-time.ts';
import { moduleStart } from '../../plan/scenario-modules.ts';
import type { Report } from './references.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';

/** Reports module starts that go backwards, fall after the end, or come after an inject of the module. */
export function checkModuleStarts(s: Scenario, report: Report): void {
  const duration = durationToMs(s.duration);
  let previous: { id: string; at: number } | undefined;
  s.modules.forEach((m, i) => {
    const at = moduleStart(m);
    if (at === undefined) return;
    if (previous && at < previous.at)
      report(
        ['modules', i, 'startsAt'],
        'scenario-module-start-backwards',
        `module "${m.id}": it starts at ${m.startsAt}, before module "${previous.id}" above it (${formatClock(previous.at)}); list modules in time order or correct "startsAt"`,
      );
    else previous = { id: m.id, at };
    if (at > duration)
      report(
        ['modules', i, 'startsAt'],
        'scenario-after-end',
        `module "${m.id}": it starts at ${m.startsAt}, after the end of the scenario (duration ${s.duration}); move it earlier or lengthen "duration"`,
      );
  });
  const starts = new Map(s.modules.map((m) => [m.id, moduleStart(m)]));
  s.injects.forEach((inj, i) => {
    const start = inj.module === undefined ? undefined : starts.get(inj.module);
    if (start === undefined || inj.at === undefined || parseClock(inj.at)! >= start) return;
    report(
      ['injects', i, 'at'],
      'scenario-inject-before-module',
      `inject "${inj.id}": ${inj.at} is before its module "${inj.module}" starts (${formatClock(start)}); move the inject to ${formatClock(start)} or later, or into an earlier module`,
    );
  });
}
