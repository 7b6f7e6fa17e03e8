/**
 * The Astro integration: compiles the plan once when the build starts and fails the build with
 * the same `path:line:column  error  rule  message` lines as `npm run check`.
 */
import type { AstroIntegration } from 'astro';
import { compilePlan, formatProblem, summarise, type CompileResult } from '../compiler/index.ts';

/** Compiles `contentDir`; throws an error whose message lists every problem when the plan has errors. */
export function compileOrFail(contentDir: string): CompileResult {
  const result = compilePlan(contentDir);
  if (!result.ok) {
    const lines = result.problems.map(formatProblem).join('\n');
    const error = new Error(`The plan in ${contentDir}/ has errors:\n${lines}\n${summarise(result.problems)}`);
    error.stack = error.message; // the messages are the whole story; no stack trace
    throw error;
  }
  return result;
}

/** Options of the Drillbook integration. */
export interface DrillbookOptions {
  /** Folder holding the plan. Default `content` (or `DRILLBOOK_CONTENT`). */
  contentDir?: string;
}

export default function drillbook(options: DrillbookOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? process.env.DRILLBOOK_CONTENT ?? 'content';
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
