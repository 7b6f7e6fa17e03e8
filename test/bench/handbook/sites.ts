/**
 * The two sites the handbook bench builds side by side, each a throw-away project under the bench
 * work folder that shares this repository's node_modules through a symlink and keeps its own Astro
 * cache (so neither build reuses the other's, nor the developer's):
 *
 *   <work>/handbook  a copy of this project's config and src/ (of the commit DRILLBOOK_BENCH_REF if
 *                    set, else the working tree), with the synthetic plan in content/
 *   <work>/plain     Starlight alone, with the same chapter MDX files under src/content/docs/
 *   <work>/plain-N   the same plus short Markdown pages up to N pages in all: what Starlight alone
 *                    takes for as many pages as the handbook builds (the floor of any Starlight site)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild } from '../../../src/cli/astro-build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = `cacheDir: './.astro-cache'`;
// Vite decides what to bundle for the server from the declared dependencies, as in a real project.
const DEPENDENCIES = { astro: '*', '@astrojs/starlight': '*' };

function linkModules(project: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
}

/** Copies the handbook project into `<work>/handbook`; the plan goes into its `content/`. Returns the project folder. */
export function prepareHandbookProject(work: string): string {
  const project = join(work, 'handbook');
  mkdirSync(project, { recursive: true });
  const entries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'].filter((e) =>
    existsSync(join(ROOT, e)),
  );
  const ref = process.env.DRILLBOOK_BENCH_REF;
  // With a git ref (e.g. HEAD) the bench measures that commit, not a working tree others are editing.
  if (ref)
    execFileSync('sh', ['-c', `git archive "$0" -- "$@" | tar -x -C "${project}"`, ref, ...entries], { cwd: ROOT });
  else for (const entry of entries) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  linkModules(project);
  writeFileSync(
    join(project, 'astro.bench.mjs'),
    `import base from './astro.config.mjs';\nexport default { ...base, ${CACHE} };\n`,
  );
  return project;
}

/**
 * Writes a plain Starlight project holding the MDX files of `chapters`, into `<work>/plain`, or with
 * `pages` into `<work>/plain-<pages>` topped up with one-paragraph Markdown pages to `pages` pages
 * (besides the 404 page, as `weighPages` counts). Returns the project folder.
 */
export function preparePlainProject(work: string, chapters: string, pages?: number): string {
  const project = join(work, pages ? `plain-${pages}` : 'plain');
  const docs = join(project, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  const mdx = readdirSync(chapters).filter((f) => f.endsWith('.mdx'));
  for (const file of mdx) cpSync(join(chapters, file), join(docs, file));
  for (let i = 1; i <= (pages ?? 0) - mdx.length; i++)
    writeFileSync(
      join(docs, `extra-${i}.md`),
      `---\ntitle: Extra page ${i}\ndescription: A short page.\n---\n\nA paragraph about duty ${i} of a role during an incident, and whom to tell.\n`,
    );
  linkModules(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', devDependencies: DEPENDENCIES }),
  );
  writeFileSync(
    join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(
    join(project, 'astro.bench.mjs'),
    `import starlight from '@astrojs/starlight';\nexport default { ${CACHE}, integrations: [starlight({ title: 'Plain Starlight' })] };\n`,
  );
  return project;
}

/** CPU seconds (user + system) of this process's finished child processes; `undefined` off Linux. */
function childCpuMs(): number | undefined {
  try {
    // Fields 16 and 17 of /proc/self/stat (cutime, cstime) in clock ticks, USER_HZ = 100 on Linux.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Time one build took: wall clock, and CPU (steadier than wall clock on a shared machine). */
export interface BuildTime {
  ms: number;
  /** CPU time of the build's processes, or `undefined` where it cannot be read. */
  cpuMs?: number;
}

/** Builds `project` into its `dist/` with `env` added, from cold: its output and Astro cache removed first. */
export function timeBuild(project: string, env: Record<string, string> = {}): BuildTime {
  for (const dir of ['dist', '.astro-cache']) rmSync(join(project, dir), { recursive: true, force: true });
  const cpu = childCpuMs();
  const start = performance.now();
  astroBuild({ cwd: project, config: 'astro.bench.mjs', env, quiet: true });
  const ms = Math.round(performance.now() - start);
  const after = childCpuMs();
  return cpu === undefined || after === undefined ? { ms } : { ms, cpuMs: after - cpu };
}
