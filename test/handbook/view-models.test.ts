import { describe, expect, it } from 'vitest';
import { compileWith, planOf } from '../compiler/helpers.ts';
import {
  buildRaciMatrix,
  describeRaci,
  groupRaci,
  shortName,
  summariseRaci,
  RACI_SUMMARY_MAX_CELLS,
} from '../../src/handbook/raci.ts';
import { compactSidebar, type PageSidebarEntry } from '../../src/handbook/page-sidebar.ts';
import { buildRoleCard } from '../../src/handbook/role-card.ts';
import { reviewStatus, shortDigest } from '../../src/handbook/document-status.ts';
import { buildCoverage } from '../../src/handbook/coverage.ts';
import { buildSidebar, type SidebarEntry } from '../../src/handbook/sidebar.ts';
import { chapterSections } from '../../src/handbook/chapter-sections.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { privateValues, redactPlan } from '../../src/plan/redact.ts';

const plan = planOf(compileWith());

describe('buildRaciMatrix', () => {
  it('has one row per activity with exactly the letters of its raci map', () => {
    const m = buildRaciMatrix(plan);
    const activities = plan.playbooks.flatMap((p) => p.activities);
    expect(m.rows.map((r) => r.key).sort()).toEqual(activities.map((a) => a.key).sort());
    for (const a of activities) expect(m.rows.find((r) => r.key === a.key)!.cells).toEqual(a.raci);
  });

  it('makes a column only for roles that hold a letter, in plan order', () => {
    const used = new Set(plan.playbooks.flatMap((p) => p.activities.flatMap((a) => Object.keys(a.raci))));
    expect(buildRaciMatrix(plan).columns.map((c) => c.id)).toEqual(
      plan.roles.filter((r) => used.has(r.id)).map((r) => r.id),
    );
  });

  it('orders activities and rows by phase order even when the playbook lists a later phase first', () => {
    const swapped = planOf(
      compileWith({
        'playbooks/breach.yaml': (t) => {
          const [head, rest] = t.split('activities:\n');
          const [a, b] = rest.split(/\n(?=  - id: )/);
          return `${head}activities:\n${b}\n${a}\n`;
        },
      }),
    );
    expect(swapped.playbooks[0].activities.map((a) => a.id)).toEqual(['declare', 'notify-dpa']);
    expect(buildRaciMatrix(swapped).rows.map((r) => r.activityId)).toEqual(['declare', 'notify-dpa']);
  });

  it('links each row to the activity anchor on its playbook page', () => {
    expect(buildRaciMatrix(plan, 'breach').rows.map((r) => r.href)).toEqual([
      '/playbooks/breach/#declare',
      '/playbooks/breach/#notify-dpa',
    ]);
  });

  it('is empty for a playbook id that does not exist', () => {
    expect(buildRaciMatrix(plan, 'nope')).toEqual({ columns: [], rows: [] });
  });

  it('lists the accountable role first when describing an activity', () => {
    const raci = plan.playbooks[0].activities[1].raci;
    expect(describeRaci(plan, raci).map((x) => x.letter)).toEqual(['A', 'R', 'I']);
  });

  it('uses the shortest alias as a short column name, or the name when there is none', () => {
    expect(shortName({ name: 'Incident Commander', aliases: ['Incident Lead', 'IC'] })).toBe('IC');
    expect(shortName({ name: 'Deputy', aliases: [] })).toBe('Deputy');
  });
});

describe('buildRoleCard', () => {
  it('lists every activity where the role holds a letter, grouped by phase in phase order', () => {
    for (const role of plan.roles) {
      const card = buildRoleCard(plan, role.id);
      const listed = card.playbooks.flatMap((p) =>
        p.phases.flatMap((ph) => ph.duties.map((d) => `${d.activity.key}=${d.letter}`)),
      );
      const expected = plan.playbooks.flatMap((p) =>
        p.activities.filter((a) => a.raci[role.id]).map((a) => `${a.key}=${a.raci[role.id]}`),
      );
      expect(listed.sort()).toEqual(expected.sort());
      const phaseOrder = card.playbooks.flatMap((p) =>
        p.phases.map((ph) => plan.phases.find((x) => x.id === ph.id)!.order),
      );
      expect(phaseOrder).toEqual([...phaseOrder].sort((a, b) => a - b));
    }
  });

  it('names the escalation levels that page the role', () => {
    expect(buildRoleCard(plan, 'deputy').policies.map((p) => [p.policy.id, p.levels])).toEqual([['major', [2]]]);
  });

  it('lists the obligations the role is accountable for and the templates it approves', () => {
    const card = buildRoleCard(plan, 'dpo');
    expect(card.obligations.map((o) => o.id)).toEqual(['gdpr-art33']);
    expect(card.templates.map((t) => t.id)).toEqual(['dpa-notice']);
  });

  it('names the designated people with their contact channels, and only the public ones of a redacted plan', () => {
    const card = buildRoleCard(plan, 'incident-commander');
    const ada = plan.people.find((p) => p.id === 'ada')!;
    expect(card.people).toEqual([
      { id: 'ada', name: 'Ada Lovelace', href: '/contacts/#person-ada', contacts: ada.contacts },
    ]);
    expect(JSON.stringify(card.people)).toContain('+31');
    const redacted = buildRoleCard(redactPlan(plan), 'incident-commander');
    for (const value of privateValues(plan)) expect(JSON.stringify(redacted.people)).not.toContain(value);
  });

  it('links the backup role', () => {
    expect(buildRoleCard(plan, 'incident-commander').backup).toEqual({
      id: 'deputy',
      name: 'Deputy',
      href: '/roles/deputy/',
    });
  });

  it('rejects a role that is not in the plan', () => {
    expect(() => buildRoleCard(plan, 'scribe')).toThrow('no role "scribe"');
  });
});

describe('reviewStatus', () => {
  it('counts the days to the next review from the review cycle', () => {
    expect(plan.document.nextReview).toBe('2027-01-15');
    expect(reviewStatus(plan.document, '2027-01-05')).toEqual({
      nextReview: '2027-01-15',
      daysLeft: 10,
      overdue: false,
    });
  });

  it('shows an overdue review', () => {
    expect(reviewStatus(plan.document, '2027-02-01')).toMatchObject({ overdue: true, daysLeft: -17 });
  });

  it('shortens the digest to 12 hex digits', () => {
    expect(shortDigest(plan)).toBe(plan.digest.slice(0, 12));
    expect(shortDigest(plan)).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('buildCoverage', () => {
  it('resolves each mapped element to its handbook link', () => {
    const withControls = planOf(
      compileWith({
        'controls.yaml': [
          'frameworks:',
          '  - { id: iso27001, name: ISO/IEC 27001:2022 }',
          'mappings:',
          '  - framework: iso27001',
          '    control: A.5.26',
          '    title: Response to information security incidents',
          '    elements: [playbook:breach, role:incident-commander]',
        ].join('\n'),
      }),
    );
    const [iso] = buildCoverage(withControls, indexRefs(withControls));
    expect(iso.name).toBe('ISO/IEC 27001:2022');
    expect(iso.rows[0].elements.map((e) => e.href)).toEqual(['/playbooks/breach/', '/roles/incident-commander/']);
    expect(iso.rows[0].unresolved).toEqual([]);
  });
});

describe('buildSidebar', () => {
  const labels = (entries: SidebarEntry[]) => entries.map((e) => e.label);
  const items = (entries: SidebarEntry[], label: string) =>
    (entries.find((e) => e.label === label) as { items: SidebarEntry[] }).items;

  it('groups the handbook in the documented order', () => {
    expect(labels(buildSidebar(plan))).toEqual([
      'Start here',
      'Playbooks',
      'Roles',
      'Reference',
      'Chapters',
      'Exercises',
      'Audit',
    ]);
  });

  it('links every role and playbook on a small plan', () => {
    const sb = buildSidebar(plan);
    expect(
      items(sb, 'Roles')
        .slice(1)
        .map((e) => (e as { link: string }).link),
    ).toEqual(plan.roles.map((r) => `/roles/${r.id}/`));
  });

  it('collapses large groups and lists only the index page past the link limit', () => {
    const sb = buildSidebar(plan, { collapseAbove: 1, maxLinks: 2 });
    const roles = sb.find((e) => e.label === 'Roles') as { items: SidebarEntry[]; collapsed: boolean };
    expect(roles.collapsed).toBe(true);
    expect(roles.items).toEqual([{ label: `All roles (${plan.roles.length})`, link: '/roles/' }]);
  });

  it('leaves out the contacts page when asked', () => {
    expect(labels(items(buildSidebar(plan, { contacts: false }), 'Reference'))).not.toContain('Contacts');
  });
});

describe('summariseRaci', () => {
  it('counts, per playbook and role, the activities in which the role holds a letter, and links the playbook matrix', () => {
    const summary = summariseRaci(plan);
    for (const p of plan.playbooks) {
      const row = summary.rows.find((r) => r.playbook === p.id)!;
      expect(row.href).toBe(`/raci/${p.id}/`);
      expect(row.activities).toBe(p.activities.length);
      for (const c of summary.columns)
        expect(row.counts[c.id] ?? 0, `${p.id} ${c.id}`).toBe(p.activities.filter((a) => a.raci[c.id]).length);
    }
    expect(summary.columns.map((c) => c.id)).toEqual(buildRaciMatrix(plan).columns.map((c) => c.id));
  });

  it('keeps the playbooks x roles table only while it has at most RACI_SUMMARY_MAX_CELLS cells', () => {
    expect(summariseRaci(plan).fits).toBe(true);
    const copies = Math.ceil(RACI_SUMMARY_MAX_CELLS / (summariseRaci(plan).columns.length * plan.playbooks.length)) + 1;
    const big = {
      ...plan,
      playbooks: Array.from({ length: copies }, (_, i) =>
        plan.playbooks.map((p) => ({ ...p, id: `${p.id}-${i}` })),
      ).flat(),
    };
    expect(summariseRaci(big).fits).toBe(false);
  });
});

describe('compactSidebar', () => {
  const link = (n: number, isCurrent = false): PageSidebarEntry => ({
    type: 'link',
    label: `Chapter ${n}`,
    href: `/c${n}/`,
    isCurrent,
    badge: undefined,
    attrs: {},
  });
  const sidebar = (current?: number): PageSidebarEntry[] => [
    { type: 'group', label: 'Roles', entries: [link(100)], collapsed: false, badge: undefined },
    {
      type: 'group',
      label: 'Chapters',
      entries: Array.from({ length: 5 }, (_, i) => link(i, i === current)),
      collapsed: true,
      badge: undefined,
    },
  ];
  const chapters = (entries: PageSidebarEntry[]) => (entries[1] as { entries: PageSidebarEntry[] }).entries;

  it('shows a long flat chapter list as one link to the chapter index on pages that are not chapters', () => {
    expect(chapters(compactSidebar(sidebar(), 3))).toEqual([
      { type: 'link', label: 'All chapters (5)', href: '/chapters/', isCurrent: false, badge: undefined, attrs: {} },
    ]);
  });

  it('keeps every chapter on a chapter page, every short list, and the other groups', () => {
    expect(chapters(compactSidebar(sidebar(2), 3))).toHaveLength(5);
    expect(chapters(compactSidebar(sidebar(), 5))).toHaveLength(5);
    expect(compactSidebar(sidebar(), 3)[0]).toEqual(sidebar()[0]);
  });

  describe('with chapters in sections (a long plan)', () => {
    const many = {
      ...plan,
      chapters: Array.from({ length: 95 }, (_, i) => ({
        ...plan.chapters[0],
        id: `page-${i + 1}`,
        title: `Page ${i + 1}`,
      })),
    };
    /** Resolves the configured sidebar as Starlight does for the page at `current`. */
    const resolve = (entry: SidebarEntry, current: string): PageSidebarEntry =>
      'link' in entry
        ? {
            type: 'link',
            label: entry.label,
            href: entry.link,
            isCurrent: entry.link === current,
            badge: undefined,
            attrs: {},
          }
        : {
            type: 'group',
            label: entry.label,
            entries: entry.items.map((e) => resolve(e, current)),
            collapsed: entry.collapsed ?? false,
            badge: undefined,
          };
    const chaptersOn = (current: string) => {
      const resolved = buildSidebar(many).map((e) => resolve(e, current));
      return (compactSidebar(resolved).find((e) => e.label === 'Chapters') as { entries: PageSidebarEntry[] }).entries;
    };
    const links = (entries: PageSidebarEntry[]): number =>
      entries.reduce((n, e) => n + (e.type === 'link' ? 1 : links(e.entries)), 0);

    it('lists only the link to the chapter index on a page that is not a chapter', () => {
      expect(chaptersOn('/roles/')).toEqual([
        { type: 'link', label: 'All chapters (95)', href: '/chapters/', isCurrent: false, badge: undefined, attrs: {} },
      ]);
    });

    it("expands the chapter's own section and links every other section to its place on the index", () => {
      const entries = chaptersOn('/page-40/');
      expect(entries.map((e) => [e.type, e.label])).toEqual([
        ['link', 'All chapters (95)'],
        ['link', 'Chapters 1–30'],
        ['group', 'Chapters 31–60'],
        ['link', 'Chapters 61–90'],
        ['link', 'Chapters 91–95'],
      ]);
      expect(entries[1]).toMatchObject({ href: '/chapters/#chapters-1-30' });
      expect(entries[2]).toMatchObject({ collapsed: false });
      expect(
        (entries[2] as { entries: PageSidebarEntry[] }).entries
          .filter((e) => e.type === 'link' && e.isCurrent)
          .map((e) => e.label),
      ).toEqual(['Page 40']);
    });

    it('keeps a chapter page to one section of links however many chapters the plan has', () => {
      expect(links(chaptersOn('/page-95/'))).toBe(1 + 3 + 5);
      expect(links(chaptersOn('/page-1/'))).toBeLessThanOrEqual(1 + 3 + 30);
    });
  });
});

describe('chapterSections', () => {
  it('splits chapters in reading order into runs, the last one shorter', () => {
    const sections = chapterSections([1, 2, 3, 4, 5, 6, 7], 3);
    expect(sections.map((s) => [s.label, s.anchor, s.chapters])).toEqual([
      ['Chapters 1–3', 'chapters-1-3', [1, 2, 3]],
      ['Chapters 4–6', 'chapters-4-6', [4, 5, 6]],
      ['Chapter 7', 'chapter-7', [7]],
    ]);
  });

  it('keeps a short plan in one section and an empty one in none', () => {
    expect(chapterSections(plan.chapters)).toHaveLength(1);
    expect(chapterSections(plan.chapters)[0].chapters).toEqual(plan.chapters);
    expect(chapterSections([])).toEqual([]);
  });
});

describe('groupRaci', () => {
  it('groups roles by letter with the accountable role first', () => {
    const raci = plan.playbooks[0].activities[1].raci;
    expect(groupRaci(plan, raci).map((g) => `${g.meaning}: ${g.roles.map((r) => r.name).join(', ')}`)).toEqual([
      'Accountable: Data Protection Officer',
      'Responsible: Incident Commander',
      'Informed: Deputy',
    ]);
  });

  it('puts two roles with the same letter in one group', () => {
    expect(
      groupRaci(plan, { deputy: 'I', dpo: 'I', 'incident-commander': 'AR' }).map((g) => [g.letter, g.roles.length]),
    ).toEqual([
      ['AR', 1],
      ['I', 2],
    ]);
  });
});
