/**
 * The Astro integration: compiles the plan when the build starts (through the one compile cache,
 * `load-plan.ts`) and fails the build with the same `path:line:column  error  rule  message` lines
 * as `npm run check`.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, summarise } from '../compiler/index.ts';
import { compileOrFail, contentDir as defaultContentDir } from './load-plan.ts';

/** Options of the Drillbook integration. */
export interface DrillbookOptions {
  /** Folder holding the plan. Default `content` (or `DRILLBOOK_CONTENT`). */
  contentDir?: string;
}

export default function drillbook(options: DrillbookOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? defaultContentDir();
  return {
    name: 'drillbook',
    hooks: {
      'astro:config:setup': ({ logger, addWatchFile, config }) => {
        const result = compileOrFail(contentDir);
        for (const s of result.plan.sources) addWatchFile(new URL(s.file, config.root));
        const warnings = result.problems.filter((p) => p.severity === 'warning');
        for (const w of warnings) logger.warn(formatProblem(w));
        logger.info(`plan ${result.plan.document.version} compiled: ${summarise(result.problems)}, digest ${result.plan.digest.slice(0, 12)}`);
      },
    },
  };
}
