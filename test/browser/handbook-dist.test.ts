/**
 * The built handbook as files: every page the plan calls for exists, every internal link lands on
 * a page and anchor that exist, the RACI table says what the plan says, diagrams are inline SVG
 * with no Mermaid runtime, and every page carries the plan version and digest.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, listFiles, pageTypes, pathOf, readPage, sourcePlan } from './handbook-helpers.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { folderReader, verifySite } from '../../src/cli/verify-site.ts';

let plan: PlanModel;
let pages: string[];
const ids = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!ids.has(path)) ids.set(path, new Set([...readPage(DIST, path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(path)!;
};

beforeAll(() => {
  plan = sourcePlan();
  pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
});

describe('built pages', () => {
  it('has a page of every type, one per playbook and one per role', () => {
    const built = new Set(pages.map(pathOf));
    for (const path of Object.values(pageTypes(plan))) expect(built, path).toContain(path);
    for (const p of plan.playbooks) expect(built).toContain(`/playbooks/${p.id}/`);
    for (const r of plan.roles) expect(built).toContain(`/roles/${r.id}/`);
    for (const c of plan.chapters) expect(built).toContain(`/${c.id}/`);
  });

  it('resolves every internal link to a built page, and every fragment to an id on it', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const from = pathOf(file);
      for (const [, href] of readPage(DIST, from).matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), `http://x${from}`);
        const target = url.pathname.endsWith('/') ? join(DIST, url.pathname, 'index.html') : join(DIST, url.pathname);
        if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${from} → ${href}`);
        else if (
          url.hash &&
          url.pathname.endsWith('/') &&
          !idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1)))
        )
          broken.push(`${from} → ${href} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never repeats an id on a page, the print page (every chapter on one page) included', () => {
    const repeated = pages.flatMap((file) => {
      const all = [...readFileSync(join(DIST, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      return [...new Set(all.filter((id, i) => all.indexOf(id) !== i))].map((id) => `${file}: ${id}`);
    });
    expect(repeated).toEqual([]);
  });

  it('gives every element a reference points to a page or anchor', () => {
    const missing = [...indexRefs(plan).values()]
      .filter((r) => r.kind !== 'person' && r.kind !== 'team' && r.kind !== 'party')
      .filter((r) => {
        const [path, hash] = r.href.split('#');
        return !existsSync(join(DIST, path, 'index.html')) || (hash !== undefined && !idsOf(path).has(hash));
      })
      .map((r) => `${r.kind}:${r.id} → ${r.href}`);
    expect(missing).toEqual([]);
  });

  it('prints the plan version and short digest in every page footer, and the full digest on the audit page', () => {
    for (const file of pages.filter((f) => f !== '404.html')) {
      const html = readPage(DIST, pathOf(file));
      expect(html, file).toMatch(new RegExp(`<code class="db-digest[^"]*">${plan.digest.slice(0, 12)}</code>`));
      expect(html, file).toMatch(
        new RegExp(`Version <strong[^>]*>${plan.document.version.replace(/\./g, '\\.')}</strong>`),
      );
    }
    expect(readPage(DIST, '/audit/')).toContain(plan.digest);
  });

  it('verifies against its audit manifest, and the audit and print pages say which approved version it is, by whom', async () => {
    const result = await verifySite(folderReader(DIST));
    expect(result.differing).toEqual([]);
    expect(result.manifest!.plan.digest).toBe(plan.digest);
    expect(result.manifest!.files['sw.js']).toMatch(/^[0-9a-f]{64}$/);
    const statement = `Published = approved version ${plan.document.version}, digest ${plan.digest.slice(0, 12)}, approved by Maarten de Vries (Chief Information Security Officer) on 2026-09-30`;
    expect(readPage(DIST, '/audit/')).toContain(statement);
    expect(readPage(DIST, '/print/')).toContain(statement);
  });

  it('lists each distribution recipient as one item on the audit and print pages, a recipient with commas included', () => {
    const withComma = plan.document.distribution.filter((r) => r.includes(','));
    expect(withComma.length).toBeGreaterThan(0);
    for (const page of ['/audit/', '/print/']) {
      const list = readPage(DIST, page).match(/<ul class="db-distribution"[^>]*>(.*?)<\/ul>/s)?.[1] ?? '';
      const items = [...list.matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]);
      expect(items, page).toEqual(plan.document.distribution.map((r) => r.replace(/&/g, '&amp;')));
    }
  });
});

describe('RACI matrix', () => {
  const tbody = (html: string) => html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  // A cell's end tag may be left out (an empty RACI cell is written `<td>`): a cell runs to the next one or the row's end.
  const cellsOf = (row: string) =>
    row
      .split(/<td(?:\s[^>]*)?>/)
      .slice(1)
      .map((cell) => cell.replace(/<\/td>\s*$/, ''));

  it('has a page per playbook with a row per activity and the letter of each role as the plan assigns it', () => {
    for (const p of plan.playbooks) {
      const html = readPage(DIST, `/raci/${p.id}/`);
      const roles = [...html.matchAll(/<th scope="col" data-role="([^"]+)"/g)].map((m) => m[1]);
      const rows = [...tbody(html).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
      expect(rows, p.id).toHaveLength(p.activities.length);
      for (const a of p.activities) {
        const row = rows.find((r) => r.includes(`href="/playbooks/${p.id}/#${a.id}"`));
        expect(row, a.key).toBeDefined();
        // Cells after the phase column line up with the role headers.
        const letters = cellsOf(row!).slice(1);
        expect(letters, a.key).toHaveLength(roles.length);
        expect(Object.fromEntries(roles.flatMap((r, i) => (letters[i] ? [[r, letters[i]]] : []))), a.key).toEqual(
          a.raci,
        );
      }
    }
  });

  it('links each playbook matrix from the index and counts, per playbook and role, the activities where the role holds a letter', () => {
    const html = readPage(DIST, '/raci/');
    const roleHrefs = [
      ...html.slice(html.indexOf('<thead>'), html.indexOf('</thead>')).matchAll(/href="\/roles\/([^/]+)\/"/g),
    ].map((m) => m[1]);
    const rows = [...tbody(html).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
    expect(rows).toHaveLength(plan.playbooks.length);
    for (const p of plan.playbooks) {
      expect(html).toMatch(new RegExp(`<nav[^>]*>[\\s\\S]*href="/raci/${p.id}/"[\\s\\S]*</nav>`));
      const row = rows.find((r) => r.includes(`href="/raci/${p.id}/"`))!;
      const counts = Object.fromEntries(
        roleHrefs.flatMap((r, i) => (cellsOf(row)[i] ? [[r, Number(cellsOf(row)[i])]] : [])),
      );
      const expected: Record<string, number> = {};
      for (const a of p.activities) for (const r of Object.keys(a.raci)) expected[r] = (expected[r] ?? 0) + 1;
      expect(counts, p.id).toEqual(expected);
    }
  });
});

describe('diagrams', () => {
  it('inlines one accessible SVG and one text list per escalation policy', () => {
    const html = readPage(DIST, '/escalation/');
    expect(html.match(/<svg[^>]*role="img" aria-label="Escalation policy /g)).toHaveLength(
      plan.escalationPolicies.length,
    );
    expect(html.match(/<ol class="db-levels"/g)).toHaveLength(plan.escalationPolicies.length);
  });

  it('loads the Mermaid runtime only on pages with a diagram the browser draws, and no web font on any page', () => {
    let withDiagram = 0;
    for (const file of pages) {
      const html = readPage(DIST, pathOf(file));
      if (html.includes('data-db-mermaid')) withDiagram++;
      else expect(html, file).not.toMatch(/<script[^>]*src="[^"]*mermaid/i);
      expect(html, file).not.toContain('fonts.googleapis.com');
    }
    expect(withDiagram).toBeGreaterThan(0);
  });
});

describe('page size', () => {
  it('keeps every page but the print page under 60 KB of HTML', () => {
    // The print page is the whole plan on one page by design.
    const heavy = ['/print/'];
    const over = pages
      .map((f) => ({ path: pathOf(f), size: statSync(join(DIST, f)).size }))
      .filter((p) => !heavy.includes(p.path) && p.size > 60 * 1024);
    expect(over).toEqual([]);
  });
});
