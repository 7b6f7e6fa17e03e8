/**
 * Part of rule `scale-level`: times per level (`byLevel` of a due time or of a `repeats` step) name
 * a scale that exists (`severity` or one of scales.yaml), and list each of its levels at most once,
 * every one a level of that scale (`p1`, or `priority:p1`; never a level of another scale).
 */
import type { Activity } from '../../plan/model.ts';
import { levelEntries, levelsOf, SEVERITY_SCALE, splitLevelKey } from '../../plan/level-times.ts';
import type { YamlPath } from '../yaml-source.ts';
import { didYouMean } from '../suggest.ts';
import type { DeclaredKind, RuleContext } from './context.ts';

type ByLevel = { scale: string } & Record<string, string>;

/** Reports every `byLevel` of every activity whose scale or levels do not fit the plan. */
export function checkLevelTimes(ctx: RuleContext): void {
  for (const pb of ctx.plan.playbooks)
    for (const a of pb.activities) {
      if (a.due?.byLevel) checkOne(ctx, a, a.due.byLevel, ['due', 'byLevel'], 'a due time');
      (a.repeats ?? []).forEach((step, i) => {
        if (step.byLevel) checkOne(ctx, a, step.byLevel, ['repeats', i, 'byLevel'], 'an interval');
      });
    }
}

function checkOne(ctx: RuleContext, a: Activity, byLevel: ByLevel, path: YamlPath, what: string): void {
  const owner = `activity "${a.key}"`;
  const scaleIds = [SEVERITY_SCALE, ...(ctx.plan.scales ?? []).map((s) => s.id)];
  // While the file defining the scale cannot be read, its own error is the one to fix.
  if (ctx.isPartial((byLevel.scale === SEVERITY_SCALE ? 'severity' : 'scales') as DeclaredKind)) return;
  const levels = levelsOf(ctx.plan, byLevel.scale);
  if (!levels) {
    const where = ctx.plan.scales?.length
      ? `scales.yaml has no scale "${byLevel.scale}"`
      : `the plan has no scales.yaml to define it in`;
    ctx.report(
      a,
      [...path, 'scale'],
      `${owner} gives times by level of scale "${byLevel.scale}", but ${where}${didYouMean(byLevel.scale, scaleIds)}; name one of ${scaleIds.join(', ')}`,
    );
    return;
  }
  const ids = levels.map((l) => l.id);
  const seen = new Map<string, string>();
  for (const [key] of levelEntries(byLevel)) {
    const { scale, level } = splitLevelKey(key);
    const at = [...path, key];
    if (scale !== undefined && scale !== byLevel.scale)
      ctx.report(
        a,
        at,
        `${owner} gives times by level of scale "${byLevel.scale}", but "${key}" is a level of scale "${scale}"; one byLevel varies by one scale, so list levels of ${byLevel.scale} only (${ids.join(', ')}) or name ${scale} as its scale`,
        { key: true },
      );
    else if (!ids.includes(level))
      ctx.report(
        a,
        at,
        `${owner} gives ${what} at level "${level}" of scale "${byLevel.scale}", which has no such level${didYouMean(level, ids)}; use one of ${ids.join(', ')}`,
        { key: true },
      );
    else if (seen.has(level))
      ctx.report(
        a,
        at,
        `${owner} gives ${what} at level "${level}" twice ("${seen.get(level)}" and "${key}"); keep one`,
        { key: true },
      );
    else seen.set(level, key);
  }
}
