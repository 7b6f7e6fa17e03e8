/**
 * `role-backup-self`, `role-backup-loop`: following a role's backup, then that role's backup, and so
 * on, leads to other people. A role cannot stand in for itself, and a chain of three or more roles
 * that comes back to its start names no one outside it. Two roles that back each other up (an
 * incident commander and a deputy) are a common, deliberate pair and stay allowed.
 */
import type { Role } from '../../plan/model.ts';
import type { Rule } from './context.ts';

export const roleBackupSelf: Rule = {
  id: 'role-backup-self',
  severity: 'error',
  description: 'A role is not its own backup.',
  check(ctx) {
    for (const role of ctx.plan.roles)
      if (role.backup === role.id)
        ctx.report(
          role,
          ['backup'],
          `role "${role.id}" is its own backup; name another role that stands in when nobody can fill it, or remove "backup"`,
        );
  },
};

export const roleBackupLoop: Rule = {
  id: 'role-backup-loop',
  severity: 'error',
  description:
    'Backups do not go round in a loop of three or more roles (two roles may back each other up); each loop is reported once, on the role that closes it.',
  check(ctx) {
    const order = new Map(ctx.plan.roles.map((r, i) => [r, i]));
    for (const loop of backupLoops(ctx.plan.roles)) {
      if (loop.length < 3) continue;
      const closing = loop.reduce((last, r) => (order.get(r)! > order.get(last)! ? r : last));
      const chain = [...loop, loop[0]].map((r) => r.id).join(' → ');
      ctx.report(
        closing,
        ['backup'],
        `role "${closing.id}" closes a loop of backups: ${chain}; a chain of stand-ins must end with a role outside it: give one of these roles a backup outside the loop, or no backup`,
      );
    }
  },
};

/**
 * Every loop of backups, each once, as its roles in backup order starting from the one listed
 * first. Each role has at most one backup, so loops never share a role and a walk from any role
 * meets at most one loop: linear in the number of roles.
 */
export function backupLoops(roles: readonly Role[]): Role[][] {
  const order = new Map(roles.map((r, i) => [r, i]));
  const byId = new Map<string, Role>();
  // With a duplicated id, the first definition counts (id-unique reports the second).
  for (const r of roles) if (!byId.has(r.id)) byId.set(r.id, r);
  const state = new Map<Role, 'walking' | 'done'>();
  const loops: Role[][] = [];
  for (const start of byId.values()) {
    const path: Role[] = [];
    let r: Role | undefined = start;
    while (r && !state.has(r)) {
      state.set(r, 'walking');
      path.push(r);
      r = r.backup === undefined ? undefined : byId.get(r.backup);
    }
    if (r && state.get(r) === 'walking') {
      const loop = path.slice(path.indexOf(r));
      const first = loop.reduce((a, b) => (order.get(b)! < order.get(a)! ? b : a));
      const at = loop.indexOf(first);
      loops.push([...loop.slice(at), ...loop.slice(0, at)]);
    }
    for (const p of path) state.set(p, 'done');
  }
  return loops;
}
