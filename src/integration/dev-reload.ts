/**
 * The hot authoring loop of `astro dev`: an edit to a plan file recompiles the plan (through the one
 * compile cache, load-plan.ts, which compiles only when a file's digest changed) and reloads the page,
 * without restarting the dev server. A plan with errors shows in the browser's error overlay as the
 * `path:line:column  error  rule  message` lines `npm run check` prints, with no stack trace; the
 * pages then fail with the same lines until the plan is fixed.
 *
 *   watcher change/add/unlink under the plan folder ─compileOrFail─┬─ ok ──▶ chapter modules invalidated,
 *                                                                  │        route cache cleared, full reload
 *                                                                  └─ errors ─▶ error overlay with the lines
 *
 * The site title and sidebar are Starlight settings fixed when the config loads: a change to them (a
 * new role, a renamed chapter) shows after restarting `npm run dev`.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { compileOrFail } from './load-plan.ts';

/** Environments that render pages in `astro dev` (Astro's `ssr` and `prerender`). */
const RENDERING = ['ssr', 'prerender'];

/** Watches `contentDir` in the dev server and keeps the pages on the latest plan. */
export function reloadOnPlanEdits(server: ViteDevServer, contentDir: string, logger: AstroIntegrationLogger): void {
  const root = resolve(contentDir);
  const inPlan = (file: string) => resolve(file).startsWith(root + sep);
  server.watcher.add(root);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changed = (file: string) => {
    if (!inPlan(file)) return;
    // An editor's save can be several events (write, rename): compile once they settle.
    clearTimeout(pending);
    pending = setTimeout(() => recompile(server, contentDir, root, logger), 20);
  };
  server.watcher.on('change', changed);
  server.watcher.on('add', changed);
  server.watcher.on('unlink', changed);
}

function recompile(server: ViteDevServer, contentDir: string, root: string, logger: AstroIntegrationLogger): void {
  const started = performance.now();
  try {
    compileOrFail(contentDir);
  } catch (err) {
    const message = (err as Error).message;
    logger.error(message);
    // The overlay shows the lines alone: they say what to change; a stack trace would only hide them.
    server.environments.client.hot.send({ type: 'error', err: { message, stack: '' } });
    return;
  }
  const timestamp = Date.now();
  for (const name of RENDERING) {
    const environment = server.environments[name];
    if (!environment) continue;
    // Chapters render plan data (role cards, cross-reference links) when compiled: compile them again.
    for (const module of environment.moduleGraph.idToModuleMap.values()) {
      if (module.file && resolve(module.file).startsWith(root + sep))
        environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    }
    if (isRunnableDevEnvironment(environment)) {
      for (const module of environment.runner.evaluatedModules.idToModuleMap.values()) {
        if (module.file && resolve(module.file).startsWith(root + sep))
          environment.runner.evaluatedModules.invalidateModule(module);
      }
    }
    // Pages' getStaticPaths results (one page per role, playbook…) are cached until content changes.
    environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  logger.info(`plan recompiled in ${Math.round(performance.now() - started)} ms; reloading the page`);
}
