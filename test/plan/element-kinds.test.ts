import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_KINDS,
  elementAnchor,
  elementHref,
  raciHref,
  REF_KINDS,
  whereDeclared,
  type AnchoredKind,
  type ElementKindInfo,
} from '../../src/plan/element-kinds.ts';
import { RESERVED_NAMES } from '../../src/plan/routes.ts';
import { FILE_KINDS } from '../../src/compiler/file-kinds.ts';
import { elementRef } from '../../src/plan/schema/common.ts';
import { compileWith, planOf } from '../compiler/helpers.ts';

const kinds = Object.entries(ELEMENT_KINDS as Record<string, ElementKindInfo>);

/** The page file of a handbook path such as `/roles/x/` or `/contacts/#team-x`: `src/pages/roles/[id].astro`, `src/pages/contacts/index.astro`. */
function pageFileOf(href: string): string | undefined {
  const [path] = href.split('#');
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 1)
    return [`src/pages/${segments[0]}.astro`, `src/pages/${segments[0]}/index.astro`].find(existsSync);
  const folder = `src/pages/${segments[0]}`;
  const dynamic = existsSync(folder) ? readdirSync(folder).find((f) => /^\[[a-z]+\]\.astro$/.test(f)) : undefined;
  return dynamic && `${folder}/${dynamic}`;
}

describe('ELEMENT_KINDS', () => {
  it('gives every kind a reference prefix, a name, a plural, a list key and the place it is declared in content/', () => {
    expect(REF_KINDS).toEqual(Object.keys(ELEMENT_KINDS));
    for (const [prefix, k] of kinds) {
      expect(prefix, prefix).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(k.name, prefix).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(k.plural, prefix).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(k.plural, prefix).not.toBe(k.name);
      expect(k.listKey, prefix).toMatch(/^[a-z][A-Za-z]*$/);
      expect(existsSync(`content/${k.file}`), `${prefix}: content/${k.file}`).toBe(true);
    }
  });

  it('names each kind once, so a message or a declared id cannot mean two kinds', () => {
    const names = kinds.map(([, k]) => k.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("uses the plan model's list keys: top-level lists of the model, or the lists inside a playbook and an obligation", () => {
    const plan = planOf(compileWith()) as unknown as Record<string, unknown>;
    for (const [prefix, k] of kinds) {
      const holder = prefix === 'activity' ? plan.playbooks : prefix === 'stage' ? plan.obligations : [plan];
      expect(Array.isArray((holder as Record<string, unknown>[])[0][k.listKey]), `${prefix}: ${k.listKey}`).toBe(true);
    }
  });

  it('agrees with the list files the compiler reads: same file, list key and name', () => {
    const listFiles = FILE_KINDS.filter((f) => f.shape === 'list');
    // Activities and stages (ids written parent/child) are lists inside another kind's elements.
    const fromVocabulary = kinds.filter(([, k]) => k.listed && !k.idForm);
    expect(listFiles.map((f) => [f.file, f.key, f.kind]).sort()).toEqual(
      fromVocabulary.map(([, k]) => [k.file, k.listKey, k.name]).sort(),
    );
  });
});

describe('elementHref', () => {
  it('points every kind with a section at a page in src/pages/ whose name routes.ts reserves', () => {
    for (const [prefix, k] of kinds) {
      if (!k.section) continue;
      const href = k.href('some-id');
      expect(href.startsWith(`/${k.section}/`), `${prefix}: ${href}`).toBe(true);
      expect(RESERVED_NAMES['/'] as readonly string[], prefix).toContain(k.section);
      expect(pageFileOf(href), `${prefix}: ${href}`).toBeDefined();
    }
  });

  it('gives an element of its own page a path with its id, and an element on a shared page the anchor that page gives its section', () => {
    expect(elementHref('role', 'incident-commander')).toBe('/roles/incident-commander/');
    expect(elementHref('playbook', 'breach')).toBe('/playbooks/breach/');
    expect(elementHref('activity', 'breach/notify-dpa')).toBe('/playbooks/breach/#notify-dpa');
    expect(elementHref('stage', 'gdpr-art33/authority')).toBe('/obligations/#gdpr-art33-authority');
    expect(elementHref('chapter', 'purpose')).toBe('/purpose/');
    for (const [prefix, k] of kinds)
      if (k.anchor) expect(k.href('x1'), prefix).toBe(`/${k.section}/#${k.anchor('x1')}`);
    expect(elementAnchor('team' satisfies AnchoredKind, 'on-call')).toBe('team-on-call');
  });

  it('shows each prefixed anchor on its page through elementAnchor, not a hand-typed prefix', () => {
    for (const [prefix, k] of kinds) {
      if (!k.anchor || k.anchor('x') === 'x') continue;
      const file = pageFileOf(k.href('x'))!;
      const page = readFileSync(file, 'utf8');
      // The page, or a component it renders the elements with (the contacts page's PeopleDirectory).
      const components = [...page.matchAll(/from '(\.[^']+\.astro)'/g)].map((m) =>
        readFileSync(join(dirname(file), m[1]), 'utf8'),
      );
      expect([page, ...components].join('\n'), prefix).toContain(`elementAnchor('${prefix}',`);
    }
  });

  it("puts chapters at the site's root and gives each playbook's RACI matrix a page of its own", () => {
    expect(ELEMENT_KINDS.chapter.href('purpose')).toBe('/purpose/');
    expect('section' in ELEMENT_KINDS.chapter).toBe(false);
    expect(raciHref('breach')).toBe('/raci/breach/');
    expect(pageFileOf(raciHref('breach'))).toBe('src/pages/raci/[playbook].astro');
  });
});

describe('the reference syntax built from the vocabulary', () => {
  it("accepts kind:id for every kind in a schema's elementRef and refuses a plural or unknown prefix", () => {
    for (const prefix of REF_KINDS) expect(elementRef.safeParse(`${prefix}:x1`).success, prefix).toBe(true);
    expect(elementRef.safeParse('roles:x1').success).toBe(false);
    expect(elementRef.safeParse('widget:x1').success).toBe(false);
  });

  it('says where a valid id of a kind is declared', () => {
    expect(whereDeclared('role')).toBe('a role id from roles.yaml');
    expect(whereDeclared('incident-type')).toBe('an incident type id from incident-types.yaml');
    expect(whereDeclared('activity')).toBe('playbook-id/activity-id of an activity in playbooks/');
  });
});
