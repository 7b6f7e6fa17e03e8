/**
 * `scale-level`: the plan's other classification scales (`scales.yaml`) are well formed — scale ids
 * unique and not `severity` (severities.yaml is that scale), level ids and ranks unique within a
 * scale — and every level a condition names (`appliesWhen.levels`, at any depth) is `<scale>:<level>`
 * of a scale and level that exist; times per level (`byLevel`) fit their scale (level-times.ts).
 * While scales.yaml cannot be read, its own error is the one to fix.
 */
import type { AppliesWhen } from '../../plan/model.ts';
import { conditionsIn } from '../../plan/applies-when.ts';
import { didYouMean } from '../suggest.ts';
import { checkLevelTimes } from './level-times.ts';
import type { DeclaredKind, Rule } from './context.ts';

export const scaleLevel: Rule = {
  id: 'scale-level',
  severity: 'error',
  description:
    'Scales in `scales.yaml` have unique ids (not `severity`), and unique level ids and ranks; every level a condition names (`priority:p1`) exists; times per level (`byLevel`) name a scale that exists and each of its levels at most once.',
  check(ctx) {
    checkLevelTimes(ctx);
    const scales = ctx.plan.scales ?? [];
    const seen = new Set<string>();
    scales.forEach((scale) => {
      if (scale.id === 'severity')
        ctx.report(
          scale,
          ['id'],
          'a scale may not be called "severity": severities.yaml is that scale; give this one its own id, e.g. priority',
        );
      else if (seen.has(scale.id))
        ctx.report(scale, ['id'], `scale "${scale.id}" is defined twice in scales.yaml; keep one`);
      seen.add(scale.id);
      const ids = new Set<string>();
      const ranks = new Set<number>();
      scale.levels.forEach((level, i) => {
        if (ids.has(level.id))
          ctx.report(
            scale,
            ['levels', i, 'id'],
            `scale "${scale.id}" has two levels "${level.id}"; give each level its own id`,
          );
        if (ranks.has(level.rank))
          ctx.report(
            scale,
            ['levels', i, 'rank'],
            `scale "${scale.id}" has two levels of rank ${level.rank}; give each level its own rank (1 is the highest)`,
          );
        ids.add(level.id);
        ranks.add(level.rank);
      });
    });
    if (ctx.isPartial('scales' as DeclaredKind)) return;
    const known = scales.flatMap((s) => s.levels.map((l) => `${s.id}:${l.id}`));
    const check = (element: object, owner: string, w: AppliesWhen | undefined) => {
      for (const { condition, path } of conditionsIn(w, ['appliesWhen']))
        (condition.levels ?? []).forEach((ref, i) => {
          if (known.includes(ref)) return;
          const scale = ref.split(':')[0];
          const where = scales.some((s) => s.id === scale)
            ? `scale "${scale}" has no such level`
            : known.length
              ? `scales.yaml has no scale "${scale}"`
              : 'the plan has no scales.yaml';
          ctx.report(
            element,
            [...path, 'levels', i],
            `${owner} applies at level "${ref}", but ${where}${didYouMean(ref, known)}; name a level as <scale>:<level> of scales.yaml${known.length ? ` (${known.join(', ')})` : ''}`,
          );
        });
    };
    for (const pb of ctx.plan.playbooks) for (const a of pb.activities) check(a, `activity "${a.key}"`, a.appliesWhen);
    for (const o of ctx.plan.obligations) check(o, `obligation "${o.id}"`, o.appliesWhen);
  },
};
