/**
 * `npm run bench`: runs every section in test/bench/sections/ (in file-name order) and prints its figures
 * with the target each one is held to. Sections are independent modules exporting `run()`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export type { BenchSection, Figure } from './measure.ts';
import type { BenchSection } from './measure.ts';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'sections');
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const section = (await import(pathToFileURL(join(dir, file)).href)).default as BenchSection;
  console.log(`\n## ${section.title}`);
  for (const f of await section.run()) {
    if (f.ok === false) failed++;
    const mark = f.ok === undefined ? ' ' : f.ok ? '✔' : '✘';
    const target = f.target ? `target ${f.target}` : '';
    console.log(
      `${mark} ${f.name.padEnd(58)} ${String(f.value).padStart(10)} ${f.unit.padEnd(6)} ${f.note ? `${target.padEnd(14)} ${f.note}` : target}`,
    );
  }
}
console.log(failed ? `\n${failed} figure(s) missed their target` : '\nall figures within target');
