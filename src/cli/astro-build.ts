/**
 * Runs `astro build` in a child process the same way everywhere (tests, `npm run pdf`, benches).
 * NODE_ENV is forced to `production`: under vitest it is `test`, and an Astro build in test mode
 * silently leaves out injected page scripts (the service-worker registration, Starlight's search).
 */
import { spawnSync } from 'node:child_process';

export interface AstroBuildOptions {
  /** Output folder. Default: the config's (`dist/`). */
  outDir?: string;
  /** Project folder to build in. Default: the current one. */
  cwd?: string;
  /** Config file, relative to `cwd`. Default: Astro's own lookup. */
  config?: string;
  /** Extra environment, e.g. `{ DRILLBOOK_AUDIENCE: 'public' }`. */
  env?: Record<string, string>;
  /** Print Astro's output (default) or capture it: returned on success, its tail in the error on failure. */
  quiet?: boolean;
}

// A vitest worker mirrors import.meta.env into process.env (DEV=1, MODE=test, ...); a build that
// inherits them leaves out Starlight's search and the other production-only scripts.
const VITE_ENV = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];

/** The environment an Astro build runs with: the current one less Vite's mirrored flags, production mode, no telemetry. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of VITE_ENV) if (!(key in extra)) delete env[key];
  return env;
}

/**
 * Builds the site; returns Astro's output when `quiet` (its standard output, then its standard error,
 * where Astro writes warnings), else ''. Throws with the output's tail when the build fails.
 */
export function astroBuild(options: AstroBuildOptions = {}): string {
  const args = ['astro', 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  if (options.config) args.push('--config', options.config);
  const run = spawnSync('npx', args, {
    cwd: options.cwd,
    env: buildEnv(options.env),
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status === 0) return output;
  const tail =
    `${String(run.stdout ?? '').slice(-3000)}\n${String(run.stderr ?? '').slice(-3000)}${run.error ? `\n${run.error.message}` : ''}`.trim();
  throw new Error(`astro build failed${options.cwd ? ` in ${options.cwd}` : ''}${tail ? `:\n${tail}` : ''}`);
}
