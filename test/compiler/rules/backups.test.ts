import { describe, expect, it } from 'vitest';
import { compileWith, ofRule, replace, planOf } from '../helpers.ts';

const roles = 'roles.yaml';
/** The minimal roles with the DPO backed up by `backup`. */
const dpoBackup = (backup: string) =>
  replace(
    '    responsibilities: [Assesses breaches]\n',
    `    responsibilities: [Assesses breaches]\n    backup: ${backup}\n`,
  );
/** A fourth role, `analyst`, backed up by `backup`. */
const analyst = (backup: string) => (text: string) =>
  `${text}  - id: analyst\n    name: Analyst\n    purpose: Analyses.\n    responsibilities: [Reads logs]\n    backup: ${backup}\n`;

describe('role-backup-self', () => {
  it('accepts roles backed up by other roles', () => {
    expect(ofRule(compileWith(), 'role-backup-self')).toEqual([]);
  });

  it('rejects a role that is its own backup, at its backup field', () => {
    const result = compileWith({ [roles]: dpoBackup('dpo') });
    expect(ofRule(result, 'role-backup-self')).toEqual([
      expect.objectContaining({
        file: 'content/roles.yaml',
        line: 18,
        column: 13,
        message:
          'role "dpo" is its own backup; name another role that stands in when nobody can fill it, or remove "backup"',
      }),
    ]);
    expect(ofRule(result, 'role-backup-loop')).toEqual([]);
    expect(result.ok).toBe(false);
  });
});

describe('role-backup-loop', () => {
  it('accepts two roles that back each other up, as the commander and deputy do', () => {
    const result = compileWith();
    expect(
      planOf(result)
        .roles.slice(0, 2)
        .map((r) => r.backup),
    ).toEqual(['deputy', 'incident-commander']);
    expect(ofRule(result, 'role-backup-loop')).toEqual([]);
  });

  it('accepts a chain that ends in a pair', () => {
    const result = compileWith({ [roles]: (t) => analyst('dpo')(dpoBackup('deputy')(t)) });
    expect(ofRule(result, 'role-backup-loop')).toEqual([]);
  });

  it('rejects a loop of three roles once, on the role listed last, naming the loop in order', () => {
    const result = compileWith({
      [roles]: (t) =>
        analyst('incident-commander')(dpoBackup('analyst')(replace('    backup: deputy\n', '    backup: dpo\n')(t))),
    });
    expect(ofRule(result, 'role-backup-loop')).toEqual([
      expect.objectContaining({
        file: 'content/roles.yaml',
        line: 23,
        column: 13,
        message:
          'role "analyst" closes a loop of backups: incident-commander → dpo → analyst → incident-commander; a chain of stand-ins must end with a role outside it: give one of these roles a backup outside the loop, or no backup',
      }),
    ]);
  });

  it('reports each of two separate loops', () => {
    const extra = (id: string, backup: string) => (t: string) =>
      `${t}  - id: ${id}\n    name: ${id}\n    purpose: P.\n    responsibilities: [R]\n    backup: ${backup}\n`;
    const result = compileWith({
      [roles]: (t) =>
        [
          extra('a', 'b'),
          extra('b', 'c'),
          extra('c', 'a'),
          extra('x', 'y'),
          extra('y', 'z'),
          extra('z', 'w'),
          extra('w', 'x'),
        ].reduce((s, f) => f(s), t),
    });
    expect(ofRule(result, 'role-backup-loop').map((p) => p.message.split(';')[0])).toEqual([
      'role "c" closes a loop of backups: a → b → c → a',
      'role "w" closes a loop of backups: x → y → z → w → x',
    ]);
  });
});
