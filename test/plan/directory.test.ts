/**
 * The contacts directory (src/plan/directory.ts): people by name, on /contacts/ while they fit and
 * on pages of 40 beyond, with every link to a person pointing at the page that lists them.
 */
import { describe, expect, it } from 'vitest';
import { byName, CONTACTS, directoryPages, PEOPLE_PER_PAGE, personHref } from '../../src/plan/directory.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { compilePlan } from '../../src/compiler/compile.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { planOf } from '../compiler/helpers.ts';

type Person = PlanModel['people'][number];
const person = (id: string, name: string): Person => ({ id, name, roles: [], contacts: [] }) as unknown as Person;
/** `n` people whose file order is not their name order. */
const crowd = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => person(`p${i}`, `${String.fromCharCode(90 - (i % 26))}. Person ${i}`));

describe('directoryPages', () => {
  it('keeps everyone on /contacts/ while they fit', () => {
    const plan = { people: crowd(PEOPLE_PER_PAGE) };
    expect(directoryPages(plan.people)).toEqual([]);
    expect(personHref(plan, 'p3')).toBe(`${CONTACTS}#person-p3`);
  });

  it('lists each person once, by name, on pages of at most 40, and links each person to their page', () => {
    const plan = { people: crowd(101) };
    const pages = directoryPages(plan.people);
    expect(pages.map((p) => p.label)).toEqual(['People 1–40', 'People 41–80', 'People 81–101']);
    expect(pages.map((p) => p.path)).toEqual([
      '/contacts/people-1-40/',
      '/contacts/people-41-80/',
      '/contacts/people-81-101/',
    ]);
    const listed = pages.flatMap((p) => p.people);
    expect(listed.map((p) => p.id).sort()).toEqual(plan.people.map((p) => p.id).sort());
    expect(listed).toEqual(byName(plan.people));
    for (const page of pages)
      for (const p of page.people) expect(personHref(plan, p.id)).toBe(`${page.path}#person-${p.id}`);
  });

  it('sorts names as a reader does: case and accents aside, numbers by value', () => {
    const people = [person('c', 'émile Zola'), person('a', 'Eva Berg'), person('b', 'anna Kooij')];
    expect(byName(people).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect(byName([person('x', 'Desk 10'), person('y', 'Desk 2')]).map((p) => p.name)).toEqual(['Desk 2', 'Desk 10']);
  });

  it("gives Markdown links to a person the same address as the handbook's own links", () => {
    const plan = planOf(compilePlan('content'));
    const big = { ...plan, people: [...plan.people, ...crowd(60)] };
    const refs = indexRefs(big);
    for (const p of big.people) expect(refs.get(`person:${p.id}`)?.href).toBe(personHref(big, p.id));
    expect(refs.get('person:p1')?.href).toMatch(/^\/contacts\/people-\d+-\d+\/#person-p1$/);
  });
});
