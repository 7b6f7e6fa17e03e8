/** contact-unverified for teams and external parties: the same date and interval as people, warned about once it is stale. */
import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, planOf, replace } from '../helpers.ts';

const TEAMS = `teams:
  - id: soc
    name: Security Operations
    contacts:
      - channel: email
        value: soc@example.com
    lastVerified: 2026-01-10
`;

const partyVerified = (lines: string) =>
  compileWith({ 'parties.yaml': replace('    kind: regulator\n', `    kind: regulator\n${lines}`) });

describe('contact-unverified for teams and external parties', () => {
  it('warns at a team whose contacts were verified more than 90 days ago, naming the date and when it was due', () => {
    const result = compileWith({ 'teams.yaml': TEAMS });
    expect(ofRule(result, 'contact-unverified')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/teams.yaml',
        line: 7,
        column: 19,
        message:
          'team "soc" last had contact details verified on 2026-01-10, due again 2026-04-10; confirm them and update lastVerified',
      }),
    ]);
  });

  it('warns at an external party verified longer ago than its own verifyInterval, and not within it', () => {
    const stale = partyVerified('    lastVerified: 2025-10-01\n    verifyInterval: P6M\n');
    expect(ofRule(stale, 'contact-unverified').map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'content/parties.yaml',
        5,
        'party "dpa" last had contact details verified on 2025-10-01, due again 2026-04-01; confirm them and update lastVerified',
      ],
    ]);
    const fresh = partyVerified('    lastVerified: 2026-03-01\n    verifyInterval: P6M\n');
    expect(ofRule(fresh, 'contact-unverified')).toEqual([]);
    expect(planOf(fresh).parties[0]).toMatchObject({ lastVerified: '2026-03-01', verifyInterval: 'P6M' });
  });

  it('asks a team or party for no date it never recorded (only people with contacts are asked)', () => {
    const result = compileWith({ 'teams.yaml': TEAMS.replace('    lastVerified: 2026-01-10\n', '') });
    expect(ofRule(result, 'contact-unverified')).toEqual([]);
    expect(planOf(result).teams[0].verifyInterval).toBe('P90D');
  });

  it('rejects a verification date that is not a date, naming the field', () => {
    const result = partyVerified('    lastVerified: last spring\n');
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/lastVerified/);
    expect(result.ok).toBe(false);
  });
});
