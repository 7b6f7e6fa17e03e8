/**
 * The Astro integration: compiles the plan when the build starts (through the one compile cache,
 * `load-plan.ts`) and fails the build with the same `path:line:column  error  rule  message` lines
 * as `npm run check`. In `astro dev`, an edit to a plan file recompiles and reloads the page (dev-reload.ts).
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, summarise } from '../compiler/problems.ts';
import { compileOrFail, contentDir as defaultContentDir } from './load-plan.ts';
import { reloadOnPlanEdits } from './dev-reload.ts';
import { copyMermaidRuntime } from './mermaid-runtime.ts';
import { hasBrowserDiagram } from '../markdown/mermaid-kinds.ts';
import { setPrintPageAside } from './print-aside.ts';
import { fileURLToPath } from 'node:url';
import { ROUTES, type Edition } from '../relay/kit-routes.ts';

/** Options of the Drillbook integration. */
export interface DrillbookOptions {
  /** Folder holding the plan. Default `content` (or `DRILLBOOK_CONTENT`). */
  contentDir?: string;
  /** Which site to build: the staff handbook (default) or the facilitator kit with the exercise pages (src/relay/kit-routes.ts). */
  edition?: Edition;
}

export default function drillbook(options: DrillbookOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? defaultContentDir();
  /** Whether a chapter has a diagram drawn in the browser (the only pages that load Mermaid, Footer.astro and print.astro). */
  let browserDiagrams = false;
  return {
    name: 'drillbook',
    hooks: {
      'astro:config:setup': ({ logger, injectRoute }) => {
        // The script (console, briefings, scenario data) is built into the kit only; the staff handbook says how to run one.
        for (const route of ROUTES[options.edition ?? 'staff'])
          injectRoute({
            pattern: route.pattern,
            entrypoint: new URL(`../exercise-kit/pages/${route.entrypoint}`, import.meta.url),
            prerender: true,
          });
        const result = compileOrFail(contentDir);
        // Plan files are not config files: `astro dev` recompiles and reloads on an edit (dev-reload.ts), never restarts.
        browserDiagrams = result.plan.chapters.some((c) => hasBrowserDiagram(c.body));
        const warnings = result.problems.filter((p) => p.severity === 'warning');
        for (const w of warnings) logger.warn(formatProblem(w));
        logger.info(
          `plan ${result.plan.document.version} compiled: ${summarise(result.problems)}, digest ${result.plan.digest.slice(0, 12)}`,
        );
      },
      'astro:server:setup': ({ server, logger }) => reloadOnPlanEdits(server, contentDir, logger),
      // Before Starlight runs Pagefind and the offline integration lists dist/ (both come later in `integrations`).
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // 3.6 MB in about 100 files: copied only for a plan that has a page loading it.
        if (browserDiagrams) logger.info(`Mermaid's browser build copied: ${copyMermaidRuntime(outDir)} files`);
        setPrintPageAside(outDir); // Pagefind need not read it (print-aside.ts)
      },
    },
  };
}
