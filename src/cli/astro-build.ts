/**
 * Runs `astro build` in a child process the same way everywhere (tests, `npm run pdf`, benches).
 * NODE_ENV is forced to `production`: under vitest it is `test`, and an Astro build in test mode
 * silently leaves out injected page scripts (the service-worker registration, Starlight's search).
 */
import { execFileSync } from 'node:child_process';

export interface AstroBuildOptions {
  /** Output folder. Default: the config's (`dist/`). */
  outDir?: string;
  /** Project folder to build in. Default: the current one. */
  cwd?: string;
  /** Config file, relative to `cwd`. Default: Astro's own lookup. */
  config?: string;
  /** Extra environment, e.g. `{ DRILLBOOK_AUDIENCE: 'public' }`. */
  env?: Record<string, string>;
  /** Print Astro's output (default) or capture it and include its tail in the error on failure. */
  quiet?: boolean;
}

/** The environment an Astro build runs with: the current one, production mode, no telemetry. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Builds the site; throws with the tail of Astro's output when the build fails. */
export function astroBuild(options: AstroBuildOptions = {}): void {
  const args = ['astro', 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  if (options.config) args.push('--config', options.config);
  try {
    execFileSync('npx', args, {
      cwd: options.cwd,
      env: buildEnv(options.env),
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${String(stdout ?? '').slice(-3000)}\n${String(stderr ?? '').slice(-3000)}`.trim();
    throw new Error(`astro build failed${options.cwd ? ` in ${options.cwd}` : ''}${tail ? `:\n${tail}` : ''}`);
  }
}
