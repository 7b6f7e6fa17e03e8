/**
 * `npm run bench`: runs every section in bench/sections/ (in file-name order) and prints its figures
 * with the target each one is held to. Sections are independent modules exporting `run()`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

/** One measured figure: what, the value, its unit, and the target it is held to. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human target, e.g. "< 1000 ms". */
  target?: string;
  /** Whether the value meets the target. */
  ok?: boolean;
}

/** A benchmark section. */
export interface BenchSection {
  title: string;
  run(): Promise<Figure[]>;
}

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'sections');
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const section = (await import(pathToFileURL(join(dir, file)).href)).default as BenchSection;
  console.log(`\n## ${section.title}`);
  for (const f of await section.run()) {
    if (f.ok === false) failed++;
    const mark = f.ok === undefined ? ' ' : f.ok ? '✔' : '✘';
    console.log(`${mark} ${f.name.padEnd(58)} ${String(f.value).padStart(10)} ${f.unit.padEnd(6)} ${f.target ? `target ${f.target}` : ''}`);
  }
}
console.log(failed ? `\n${failed} figure(s) missed their target` : '\nall figures within target');
