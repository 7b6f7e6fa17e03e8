import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { compileWith, replace, planOf } from '../compiler/helpers.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { HANDBOOK_COMPONENTS } from '../../src/plan/chapter-markup.ts';
import { renderComponent, renderPlaybookRaci, renderRoleCard } from '../../src/handbook/chapter-components.ts';
import { renderSeverityTable } from '../../src/handbook/severity-table.ts';
import { renderRaciTable } from '../../src/handbook/raci-table.ts';
import { buildRaciMatrix } from '../../src/handbook/raci.ts';
import handbookComponents from '../../src/handbook/remark-handbook-components.ts';
import mermaidSvg from '../../src/diagrams/remark-mermaid-svg.ts';

const plan = planOf(compileWith());
const refs = indexRefs(plan);
const FILE = pathToFileURL(resolve('content/chapters/purpose.mdx'));
const mdx = (source: string, p = plan) =>
  (
    mdxToJs(source, {
      mdastPlugins: [handbookComponents({ plan: p, refs: indexRefs(p) }), mermaidSvg()],
      features: { directive: true },
      fileURL: FILE,
    }) as { code: string }
  ).code;
const html = (source: string) =>
  (
    markdownToHtml(source, { mdastPlugins: [handbookComponents({ plan, refs })], features: { directive: true } }) as {
      html: string;
    }
  ).html;

// A plan whose every text the components show carries markup.
const hostile = planOf(
  compileWith({
    'roles.yaml': (t) =>
      replace(
        'name: Data Protection Officer',
        'name: "Data <img src=x onerror=alert(1)> Officer"',
      )(replace('responsibilities: [Assesses breaches]', 'responsibilities: ["<script>alert(1)</script>"]')(t)),
    'severities.yaml': replace(/label: .*/, 'label: "SEV-1 \\"><svg onload=alert(1)>"'),
  }),
);

describe('handbook components rendered from the plan', () => {
  it('renders the RACI table of one playbook with its activities and role columns', () => {
    const out = renderPlaybookRaci(plan, 'breach');
    expect(out).toContain(
      '<caption>RACI of the Personal-data breach playbook (letters explained below the table)</caption>',
    );
    for (const a of plan.playbooks.find((p) => p.id === 'breach')!.activities)
      expect(out).toContain(`<a href="/playbooks/breach/#${a.id}">${a.title}</a>`);
    expect(out).toContain('<td class="db-raci-a">A</td>');
  });

  it('renders every severity, most severe first', () => {
    const out = renderSeverityTable(plan);
    const labels = [...plan.severities].sort((a, b) => a.rank - b.rank).map((s) => out.indexOf(`>${s.label}`));
    expect(labels.every((i) => i > 0)).toBe(true);
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
  });

  it('gives each severity row an anchor only when asked (the severities page), so a chapter adds no duplicate ids', () => {
    expect(renderSeverityTable(plan, { anchors: true })).toContain(`<tr id="${plan.severities[0].id}">`);
    expect(renderSeverityTable(plan)).not.toMatch(/<tr id=/);
  });

  it("names each severity's escalation policy, and shows the policy's id rather than nothing in a model that lacks it", () => {
    expect(renderSeverityTable(plan)).toContain(
      `>${plan.escalationPolicies.find((p) => p.id === plan.severities[0].escalationPolicy)!.name}</a>`,
    );
    const out = renderSeverityTable({ ...plan, escalationPolicies: [] });
    expect(out).toContain(
      `<a href="/escalation/#${plan.severities[0].escalationPolicy}">${plan.severities[0].escalationPolicy}</a>`,
    );
  });

  it('adds the role filter, listing every role column by name, only when asked', () => {
    const matrix = buildRaciMatrix(plan, 'breach');
    const out = renderRaciTable(matrix, 'RACI', { filter: true });
    expect(out).toContain('<p class="db-raci-filters" hidden>');
    for (const c of matrix.columns) expect(out).toContain(`<option value="${c.id}">${c.name}</option>`);
    expect(renderRaciTable(matrix, 'RACI')).not.toContain('db-raci-filters');
  });

  it("renders a role's purpose, responsibilities and a link to its role card", () => {
    const out = renderRoleCard(plan, refs, 'incident-commander');
    expect(out).toContain('<a href="/roles/incident-commander/">Incident Commander</a></strong> (IC)');
    expect(out).toContain('<p>Leads the response.</p>');
    expect(out).toContain('<li>Declares severity</li>');
    expect(out).toContain('Backup: <a href="/roles/deputy/">Deputy</a>');
  });

  it('renders every documented component from its example', () => {
    for (const c of HANDBOOK_COMPONENTS) {
      const attributes = Object.fromEntries(c.attributes.map((a) => [a.name, a.ref === 'playbook' ? 'breach' : 'dpo']));
      expect(renderComponent(plan, refs, c.name, attributes), c.name).toMatch(/^<(raci-table|div|section) /);
    }
  });

  it('escapes every text it takes from the plan', () => {
    const out = [
      renderPlaybookRaci(hostile, 'breach'),
      renderRaciTable(buildRaciMatrix(hostile), '<b>caption</b>', { filter: true }),
      renderSeverityTable(hostile, { anchors: true }),
      renderRoleCard(hostile, indexRefs(hostile), 'dpo'),
    ].join('');
    expect(out).not.toMatch(/<(img|script|svg|b>caption)\b/);
    expect(out).toContain('Data &#60;img src=x onerror=alert(1)&#62; Officer');
    expect(out).toContain('SEV-1 &#34;&#62;&#60;svg onload=alert(1)&#62;');
  });
});

describe('handbook-components plugin', () => {
  it('hands MDX the rendered component through Fragment set:html', () => {
    const code = mdx('Intro.\n\n<SeverityTable />\n');
    expect(code).toContain('"set:html": "<div class=\\"db-table-scroll db-stack db-severities\\"');
    expect(code).not.toContain('SeverityTable');
  });

  it('renders :::caution[Title] as a Starlight aside with its Markdown content', () => {
    const out = html(':::caution[Before you *restore*]\nCheck the [backup](https://example.com).\n:::\n');
    expect(out).toContain(
      '<aside aria-label="Before you restore" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">Before you <em>restore</em></p>',
    );
    expect(out).toContain(
      '<div class="starlight-aside__content"><p>Check the <a href="https://example.com">backup</a>.</p></div></aside>',
    );
    expect(html(':::tip\nx\n:::\n')).toContain('aria-label="Tip" class="starlight-aside starlight-aside--tip"');
  });

  it('shows {{placeholder}} text literally instead of evaluating it', () => {
    const code = mdx('On {{awareness_time}} we knew.\n\n{{ customer_name }}\n');
    expect(code).toContain('"{{awareness_time}}"');
    expect(code).toContain('"{{ customer_name }}"');
  });

  it('leaves Mermaid blocks to the Mermaid plugin after it', () => {
    expect(mdx('```mermaid\nflowchart TD\n  A --> B\n```\n\n<SeverityTable />\n')).toContain(
      '<figure class=\\"db-diagram\\">',
    );
  });

  it('fails the build, located, on code that got past check', () => {
    const fails = (source: string) => {
      try {
        mdx(source);
      } catch (err) {
        return (err as Error).message;
      }
      return 'built';
    };
    expect(fails("import fs from 'node:fs'\n\nx")).toMatch(
      /^content\/chapters\/purpose\.mdx:1:1  error  mdx-code  chapters cannot run code; remove the import/,
    );
    expect(fails('Intro.\n\nHi {process.exit(1)}')).toMatch(
      /^content\/chapters\/purpose\.mdx:3:4  error  mdx-code  chapters cannot run code; \{process\.exit\(1\)\}/,
    );
    expect(fails('<script>alert(1)</script>')).toMatch(
      /:1:1  error  mdx-code  chapters cannot run code; remove the <script> element$/,
    );
    expect(fails('x\n\n<Fragment set:html="<img src=x onerror=alert(1)>" />')).toMatch(
      /:3:1  error  mdx-component  <Fragment> is not a handbook component/,
    );
    expect(fails('[a](javascript:alert(1))')).toMatch(/:1:1  error  mdx-code  the link goes to a javascript: URL/);
    expect(fails('<RaciTable playbook="nope" />')).toMatch(
      /:1:1  error  ref-unresolved  <RaciTable playbook="nope"> names no playbook/,
    );
    expect(fails('<RaciTable />')).toMatch(/:1:1  error  mdx-component  <RaciTable> needs playbook=/);
    expect(fails('See <SeverityTable /> here.')).toMatch(
      /:1:5  error  mdx-component  put <SeverityTable \/> on a line of its own/,
    );
  });
});

describe('the README', () => {
  it('documents every handbook component with its example and attributes', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const c of HANDBOOK_COMPONENTS) {
      expect(readme).toContain(
        `| \`${c.example}\` | ${c.attributes.map((a) => `\`${a.name}\` (${a.required ? 'required' : 'optional'}): a ${a.ref} id`).join(', ') || 'none'} | ${c.description} |`,
      );
    }
  });
});
