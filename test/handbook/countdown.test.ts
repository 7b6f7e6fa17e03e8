/**
 * The countdown board's rows and the one clock's words: sorted by time left with what applies first,
 * statuses in words, short names with the recipient, and anchor times that cannot be true refused
 * with a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { CalculatorObligation } from '../../src/handbook/calculator.ts';
import { shortPartyName, shortStageName } from '../../src/handbook/calculator.ts';
import { countdownRows, missingAnchors } from '../../src/handbook/countdown.ts';
import { anchorRefusal } from '../../src/incident/anchor-check.ts';
import type { Applicability } from '../../src/incident/applies.ts';
import { formatInZone, offsetWords, zoneWords } from '../../src/plan/wall-clock.ts';
import type { BusinessCalendar } from '../../src/plan/time.ts';

const UTC: BusinessCalendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const H = 3_600_000;
const T0 = Date.UTC(2026, 5, 1, 9, 0);

const clock = (
  id: string,
  regime: string,
  recipient: string,
  stages: [string, string, string][],
  status: 'in-force' | 'proposed' = 'in-force',
): CalculatorObligation => ({
  id,
  citation: `${regime} Art. 1`,
  status,
  calendar: UTC,
  regime,
  recipient,
  stages: stages.map(([sid, name, deadline]) => ({
    key: `${id}/${sid}`,
    name,
    deadline,
    days: 'calendar',
    from: { event: 'awareness', label: 'awareness' },
  })),
});
const nis2 = clock('nis2', 'NIS2', 'NCSC-NL', [
  ['early', 'Early warning', 'PT24H'],
  ['notification', 'Incident notification', 'PT72H'],
]);
const dora = clock('dora', 'DORA', 'DNB', [['initial', 'Initial notification', 'PT4H']]);
const sec: CalculatorObligation = {
  ...clock('sec', 'SEC', 'SEC', []),
  stages: [
    {
      key: 'sec/filing',
      name: 'Form 8-K filing',
      deadline: 'P4D',
      days: 'business',
      from: { event: 'materiality-determination', label: 'materiality determination' },
    },
  ],
};

describe('the countdown board', () => {
  it('lists every deadline by time left, overdue first, then those waiting for an anchor time', () => {
    const rows = countdownRows([nis2, sec, dora], { awareness: T0 }, T0 + 5 * H);
    expect(rows.map((r) => r.key)).toEqual(['dora/initial', 'nis2/early', 'nis2/notification', 'sec/filing']);
    expect(rows.map((r) => r.status)).toEqual(['overdue', 'later', 'later', 'waiting']);
    expect(rows[0]!.statusWords).toBe('Overdue by 1 h 0 min');
    expect(rows[3]!.statusWords).toBe('Enter the materiality determination time');
  });

  it('says "due within the hour" in words for a deadline less than an hour away', () => {
    const [row] = countdownRows([dora], { awareness: T0 }, T0 + 3 * H + 19 * 60_000);
    expect(row!.status).toBe('soon');
    expect(row!.statusWords).toBe('Due within the hour: 41 min left');
  });

  it('puts what applies to the incident first, then what may, then what does not, each by time left', () => {
    const applies = (o: CalculatorObligation): Applicability =>
      o.id === 'nis2' ? 'applies' : o.id === 'dora' ? 'not' : 'unknown';
    const rows = countdownRows([dora, sec, nis2], { awareness: T0 }, T0, applies);
    expect(rows.map((r) => `${r.key}:${r.applies}`)).toEqual([
      'nis2/early:applies',
      'nis2/notification:applies',
      'sec/filing:unknown',
      'dora/initial:not',
    ]);
    expect(missingAnchors(rows)).toEqual(['Materiality determination']);
  });

  it('names a row by regime, stage and recipient, and words its rule with what starts the clock', () => {
    const [row] = countdownRows([nis2], { awareness: T0 }, T0);
    expect(row!.title).toBe('NIS2: Early warning → NCSC-NL');
    expect(row!.rule).toBe('24 h after awareness');
    expect(shortStageName({ regime: 'SEC', recipient: 'SEC', citation: '' }, 'Form 8-K filing')).toBe(
      'SEC: Form 8-K filing → SEC',
    );
  });

  it("shortens a party's name to its abbreviation in brackets, or to what comes before a bracket", () => {
    expect(shortPartyName('Nationaal Cyber Security Centrum (NCSC-NL)')).toBe('NCSC-NL');
    expect(shortPartyName('De Nederlandsche Bank (DNB)')).toBe('DNB');
    expect(shortPartyName('Autoriteit Persoonsgegevens (Dutch Data Protection Authority)')).toBe(
      'Autoriteit Persoonsgegevens',
    );
    expect(shortPartyName('Halcyon Specialty Insurance (cyber policy KP-CY-2026)')).toBe('Halcyon Specialty Insurance');
    expect(shortPartyName('U.S. Securities and Exchange Commission')).toBe('U.S. Securities and Exchange Commission');
  });
});

describe('the one clock', () => {
  it('names a zone with its offset at the instant, in summer and in winter', () => {
    expect(zoneWords('Europe/Amsterdam', Date.UTC(2026, 0, 5))).toBe('Europe/Amsterdam (UTC+01:00)');
    expect(zoneWords('Europe/Amsterdam', T0)).toBe('Europe/Amsterdam (UTC+02:00)');
    expect(offsetWords(T0, 'America/New_York')).toBe('UTC-04:00');
    expect(offsetWords(T0, 'UTC')).toBe('UTC+00:00');
    expect(formatInZone(T0, 'America/New_York')).toBe('Mon 2026-06-01 05:00');
  });

  it('refuses a time in the future, and a response event before the declaration, each with a sentence', () => {
    const z = 'Europe/Amsterdam';
    expect(anchorRefusal('awareness', T0 + 24 * H, {}, T0, z)).toBe(
      'The awareness time, Tue 2026-06-02 11:00 (Europe/Amsterdam), is in the future: enter when it happened (now is Mon 2026-06-01 11:00 (Europe/Amsterdam)).',
    );
    expect(anchorRefusal('awareness', T0 + 60_000, {}, T0, z)).toBeUndefined(); // a watch a minute fast
    expect(anchorRefusal('awareness', T0 - 5 * H, { declaration: T0 - H }, T0, z)).toBeUndefined(); // aware before declaring is normal
    expect(anchorRefusal('containment', T0 - 5 * H, { declaration: T0 - H }, T0, z)).toMatch(
      /^The containment time, .* is before the incident was declared \(Mon 2026-06-01 10:00 \(Europe\/Amsterdam\)\): enter a time after it/,
    );
    expect(anchorRefusal('classification', Number.NaN, {}, T0, z)).toMatch(/is not a date and time/);
  });
});
