/**
 * Who may open what on `npm run exercise`'s port: the decision as a pure function of the path, the
 * address a request came from, the machine's own addresses and the kit key.
 */
import { describe, expect, it } from 'vitest';
import { decideAccess, fromThisMachine, isLoopback, normalisePath } from '../../src/exercise-kit/access.ts';
import { accessOf, editionOf, ROUTES } from '../../src/relay/kit-routes.ts';

const OWN = ['127.0.0.1', '::1', '192.168.1.20', 'fe80::1c2a:9ff:fe3b:1'];
const PHONE = '192.168.1.31';
const ask = (path: string, remote: string, hasKey = false) =>
  decideAccess({ path, remote, ownAddresses: OWN, hasKey }).allowed;

/** The script's paths: console, report, briefing, scenario data, MSEL, the facilitator index, the kit info. */
const SCRIPT = [
  '/exercises/',
  '/exercises',
  '/exercises/index.html',
  '/exercises/run/',
  '/exercises/report/',
  '/exercises/weekend-ransomware/',
  '/exercises/weekend-ransomware/index.html',
  '/exercises/data/scenarios/weekend-ransomware.json',
  '/exercises/data/scenarios/weekend-ransomware.csv',
  '/exercises/something-added-later/',
  '/exercise-kit.json',
  '/_kit/room',
];
const OPEN = [
  '/',
  '/index.html',
  '/roles/incident-commander/',
  '/_astro/page.abc.js',
  '/pagefind/pagefind.js',
  '/sw.js',
  '/exercises/join/',
  '/exercises/join/index.html',
  '/exercises/data/plan.json',
  '/_kit/join',
];

describe('the access decision', () => {
  it('opens the handbook, its assets and the join page to a phone on the network', () => {
    for (const path of OPEN) expect(ask(path, PHONE), path).toBe(true);
  });

  it('refuses the console, report, briefings, scenario data, MSEL and projector to a phone', () => {
    for (const path of [...SCRIPT, '/exercises/projector/']) expect(ask(path, PHONE), path).toBe(false);
    expect(ask('/EXERCISES/Run/', PHONE)).toBe(false);
  });

  it('opens everything on the facilitator machine: loopback, IPv4-mapped loopback or one of its own addresses', () => {
    for (const remote of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1', '192.168.1.20', '::ffff:192.168.1.20'])
      for (const path of [...SCRIPT, '/exercises/projector/'])
        expect(ask(path, remote), `${remote} ${path}`).toBe(true);
  });

  it('opens the projector page, and only it, to a browser holding the kit key', () => {
    expect(ask('/exercises/projector/', PHONE, true)).toBe(true);
    for (const path of SCRIPT) expect(ask(path, PHONE, true), path).toBe(false);
  });

  it('refuses a request whose address is unknown', () => {
    expect(decideAccess({ path: '/exercises/run/', remote: undefined, ownAddresses: OWN, hasKey: false }).allowed).toBe(
      false,
    );
  });

  it('tells loopback and the machine apart from its neighbours', () => {
    expect(isLoopback('127.5.6.7')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
    expect(isLoopback('::ffff:10.0.0.1')).toBe(false);
    expect(fromThisMachine('192.168.1.21', OWN)).toBe(false);
    expect(fromThisMachine('fe80::1c2a:9ff:fe3b:1', OWN)).toBe(true);
  });

  it('gives every kit route not marked public or projector to the facilitator alone', () => {
    for (const route of ROUTES.kit) {
      const path = route.pattern.replace(/\[id\]/g, 'weekend-ransomware') + (/\.\w+$/.test(route.pattern) ? '' : '/');
      expect(accessOf(path), path).toBe(route.access);
    }
  });
});

describe('normalisePath', () => {
  it('decodes once and drops empty and dot segments', () => {
    expect(normalisePath('/exercises//run/./')).toBe('/exercises/run/');
    expect(normalisePath('/exercises/%72un/')).toBe('/exercises/run/');
  });

  it('refuses a climb out of the site, a NUL, a backslash and a broken escape', () => {
    for (const raw of [
      '/../etc/passwd',
      '/exercises/join/..%2frun/',
      '/%2e%2e/x',
      '/a%00b',
      '/a%5c..%5cb',
      '/%E0%A4%A',
    ])
      expect(normalisePath(raw), raw).toBeUndefined();
  });

  it('keeps a path that only looks like the join page out of it', () => {
    const path = normalisePath('/exercises/join/../run/');
    expect(path === undefined || !decideAccess({ path, remote: PHONE, ownAddresses: OWN, hasKey: false }).allowed).toBe(
      true,
    );
  });
});

describe('editions', () => {
  it('builds the kit only when DRILLBOOK_KIT says so', () => {
    expect(editionOf({})).toBe('staff');
    expect(editionOf({ DRILLBOOK_KIT: '0' })).toBe('staff');
    expect(editionOf({ DRILLBOOK_KIT: '1' })).toBe('kit');
    expect(editionOf({ DRILLBOOK_KIT: 'true' })).toBe('kit');
  });

  it('gives the staff handbook no page of the script', () => {
    expect(ROUTES.staff.map((r) => r.access)).toEqual(['public']);
  });
});
