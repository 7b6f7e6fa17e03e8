/**
 * `npm run pdf` prints the whole plan through Chromium with the version and digest on every page.
 * Reads the PDF back with poppler's pdftotext (apt package poppler-utils, installed by .ci/run).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../../src/integration/load-plan.ts';
import { buildRaciMatrix } from '../../src/handbook/raci.ts';
import { formatDuration } from '../../src/plan/time.ts';

const DIST = process.env.DRILLBOOK_DIST ?? 'dist';
const plan = loadPlan();
let dir: string;
let pages: string[];
let output: string;

beforeAll(() => {
  if (!existsSync('/usr/bin/pdftotext'))
    throw new Error('pdftotext not found: install it with "apt-get install -y poppler-utils". PDF tests do not skip.');
  dir = mkdtempSync(join(tmpdir(), 'drillbook-pdf-'));
  const out = join(dir, 'handbook.pdf');
  output = execFileSync('npx', ['tsx', 'src/cli/pdf.ts', '--dist', DIST, '--out', out], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run pdf', () => {
  test('writes a PDF of several pages and prints where it wrote it', () => {
    expect(output).toContain(join(dir, 'handbook.pdf'));
    expect(pages.length).toBeGreaterThan(1);
  });

  test('prints the plan version, digest and page X of Y in the footer of every page', () => {
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(`version ${plan.document.version}`);
      expect(text, `page ${index + 1}`).toContain(`digest ${plan.digest.slice(0, 12)}`);
      expect(text, `page ${index + 1}`).toMatch(new RegExp(`page ${index + 1} of ${pages.length}\\b`));
    });
  });

  test('prints every role column of every RACI matrix, none clipped at the page edge', () => {
    const all = pages.join('\n');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const p of plan.playbooks) {
      // This playbook's matrix (all its column groups): from its caption to the next playbook's caption.
      const caption = `RACI of the ${p.name} playbook`;
      const from = all.indexOf(caption);
      expect(from, caption).toBeGreaterThanOrEqual(0);
      const rest = all.slice(from + caption.length);
      const next = rest.search(new RegExp(`RACI of the (?!${escape(p.name)} playbook)`));
      const text = next < 0 ? rest : rest.slice(0, next);
      const words = new Set(text.split(/\s+/));
      for (const c of buildRaciMatrix(plan, p.id).columns) {
        expect(
          c.short.split(/\s+/).every((w) => words.has(w)),
          `${p.id}: column ${c.short}`,
        ).toBe(true);
      }
    }
  });

  test('prints the contacts: every person with their first number, every team and every external party', () => {
    // From the last line that is the heading "Contacts" alone (pdftotext -layout indents it).
    const lines = pages.join('\n').split('\n');
    const heading = lines.findLastIndex((line) => line.trim() === 'Contacts');
    expect(heading, 'a Contacts section').toBeGreaterThan(0);
    const contacts = lines.slice(heading).join('\n');
    for (const p of plan.people) {
      expect(contacts, p.name).toContain(p.name);
      const first = [...p.contacts].sort((a, b) => a.priority - b.priority)[0];
      if (first) expect(contacts, `${p.name}: ${first.value}`).toContain(first.value);
    }
    for (const x of [...plan.teams, ...plan.parties]) expect(contacts, x.name).toContain(x.name);
  });

  test('prints every notification stage with its outer limit', () => {
    const all = pages.join('\n').replace(/\s+/g, ' ');
    const limited = plan.obligations.flatMap((o) => o.stages).filter((s) => s.noLaterThan);
    expect(limited.length, 'an example stage with an outer limit').toBeGreaterThan(0);
    for (const s of limited)
      expect(all, s.key).toContain(
        `no later than ${formatDuration(s.noLaterThan!.deadline)} after ${s.noLaterThan!.from.label}`,
      );
  });

  test("prints every chapter, in the plan's reading order", () => {
    // A chapter starts at the first line that is its title alone (its heading).
    const lines = pages
      .join('\n')
      .split('\n')
      .map((line) => line.trim());
    const chapters = [...plan.chapters].sort((a, b) => a.order - b.order);
    const positions = chapters.map((c) => lines.indexOf(c.title));
    chapters.forEach((c, i) => expect(positions[i], c.title).toBeGreaterThanOrEqual(0));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
