/** The audit page's contact verification (src/handbook/contact-verification.ts): teams and parties listed, people counted and listed only when not current. */
import { describe, expect, it } from 'vitest';
import { contactVerification } from '../../src/handbook/contact-verification.ts';
import { compileWith, planOf, replace } from '../compiler/helpers.ts';

const MORE_PEOPLE = `
  - id: bo
    name: Bo Jansen
    contacts: [{ channel: email, value: bo@example.com }]
    lastVerified: 2026-01-10
  - id: cas
    name: Cas de Wit
    contacts: [{ channel: email, value: cas@example.com }]
  - id: dee
    name: Dee Smit
`;

describe('contact verification on the audit page', () => {
  const plan = planOf(
    compileWith({
      'people.yaml': (text) => text.trimEnd() + '\n' + MORE_PEOPLE,
      'parties.yaml': replace('    kind: regulator\n', '    kind: regulator\n    lastVerified: 2026-03-01\n'),
    }),
  );

  it('counts the people with contact details and lists only those not current: stale, or never verified', () => {
    const { rows, people } = contactVerification(plan, '2026-06-01');
    expect(people).toEqual({ total: 3, current: 1 });
    expect(rows.filter((r) => r.kind === 'person')).toEqual([
      {
        kind: 'person',
        id: 'bo',
        name: 'Bo Jansen',
        lastVerified: '2026-01-10',
        verifyInterval: 'P90D',
        dueAgain: '2026-04-10',
      },
      { kind: 'person', id: 'cas', name: 'Cas de Wit', verifyInterval: 'P90D' },
    ]);
  });

  it('lists every party that records a date, current or not, with the date it is due again', () => {
    const party = (today: string) => contactVerification(plan, today).rows.filter((r) => r.kind === 'party');
    expect(party('2026-06-01')).toEqual([
      expect.objectContaining({
        name: 'Data Protection Authority',
        lastVerified: '2026-03-01',
        dueAgain: '2026-05-30',
      }),
    ]);
    expect(party('2026-04-01')).toHaveLength(1);
  });

  it('lists ada again once her own verification is due on the day judged', () => {
    expect(contactVerification(plan, '2026-08-09').people).toEqual({ total: 3, current: 0 });
  });
});
