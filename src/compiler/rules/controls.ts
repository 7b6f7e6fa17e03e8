/** `control-framework`: every `framework:control` id names a framework declared in controls.yaml. */
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const controlFramework: Rule = {
  id: 'control-framework',
  severity: 'error',
  description:
    'Control ids on activities, chapters and exercise records (`framework:control`) and in control mappings name a framework declared in controls.yaml.',
  check(ctx) {
    const { plan } = ctx;
    const known = new Set(plan.frameworks.map((f) => f.id));
    if (known.size === 0) return; // no controls.yaml: nothing to map against
    const hint = (id: string) =>
      `${didYouMean(id, known)}; use one of ${[...known].join(', ')} or declare it under frameworks in controls.yaml`;
    for (const a of plan.playbooks.flatMap((p) => p.activities)) {
      a.controls.forEach((c, i) => {
        const framework = c.slice(0, c.indexOf(':'));
        if (!known.has(framework))
          ctx.report(
            a,
            ['controls', i],
            `activity "${a.key}" cites control "${c}" of framework "${framework}", which is not declared${hint(framework)}`,
          );
      });
    }
    for (const ch of plan.chapters) {
      ch.controls.forEach((c, i) => {
        const framework = c.includes(':') ? c.slice(0, c.indexOf(':')) : c;
        if (!known.has(framework))
          ctx.report(
            ch,
            ['controls', i],
            `chapter "${ch.id}" cites control "${c}" of framework "${framework}", which is not declared${hint(framework)}`,
          );
      });
    }
    for (const x of plan.exercises) {
      (x.controls ?? []).forEach((c, i) => {
        const framework = c.slice(0, c.indexOf(':'));
        if (!known.has(framework))
          ctx.report(
            x,
            ['controls', i],
            `exercise record "${x.id}" cites control "${c}" of framework "${framework}", which is not declared${hint(framework)}`,
          );
      });
    }
    for (const m of plan.controlMappings) {
      if (!known.has(m.framework))
        ctx.report(
          m,
          ['framework'],
          `control mapping "${m.control}" names framework "${m.framework}", which is not declared${hint(m.framework)}`,
        );
    }
  },
};
