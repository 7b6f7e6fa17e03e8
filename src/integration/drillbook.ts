/**
 * The Astro integration: compiles the plan once when the build starts and fails the build with
 * the same `path:line:column  error  rule  message` lines as `npm run check`.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { compileRead, defaultToday, formatProblem, planPrefix, readContentDir, summarise, type CompileResult, type ReadFile } from '../compiler/index.ts';

// One build process loads this module several times (the Astro config, the integration, the
// prerendered pages' bundle); a process-wide memo keyed by the content itself compiles the plan once.
const MEMO = Symbol.for('drillbook.compiled-plans');

/** Same folder, same file contents, same working directory and same "today": same compile result. */
function memoKey(contentDir: string, files: readonly ReadFile[]): string {
  const hash = createHash('sha256').update(`${resolve(contentDir)}\0${process.cwd()}\0${defaultToday()}`);
  for (const f of files) hash.update(`\0${f.path}\0${f.bom ? '\uFEFF' : ''}${f.text}`);
  return hash.digest('hex');
}

/**
 * Compiles `contentDir`; throws an error whose message lists every problem when the plan has errors
 * (a file that cannot be read included). The folder is read once, through the safe reader, for
 * both the memo key and the compile.
 */
export function compileOrFail(contentDir: string): CompileResult {
  const memo = ((globalThis as Record<symbol, Map<string, CompileResult> | undefined>)[MEMO] ??= new Map());
  const prefix = planPrefix(contentDir);
  const read = readContentDir(contentDir, prefix);
  const key = read.problems.length ? undefined : memoKey(contentDir, read.files);
  const known = key && memo.get(key);
  if (known) return known;
  const result = compileRead(read, { prefix });
  if (!result.ok) {
    const lines = result.problems.map(formatProblem).join('\n');
    const error = new Error(`The plan in ${contentDir}/ has errors:\n${lines}\n${summarise(result.problems)}`);
    error.stack = error.message; // the messages are the whole story; no stack trace
    throw error;
  }
  if (memo.size >= 8) memo.clear(); // tests compile many small plans; a build needs one
  memo.set(key!, result);
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
