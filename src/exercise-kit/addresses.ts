/**
 * This machine's addresses, from `os.networkInterfaces()`: the ones phones on the same network can
 * reach, best first (IPv4 before IPv6, link-local IPv6 left out: it needs a zone), and every
 * address of its own, loopback included, for telling the facilitator's requests apart. Node only.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = Record<string, NetworkInterfaceInfo[] | undefined>;

/** The addresses other devices may reach, best first, then loopback (so there is always one). */
export function reachableAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const external = all.filter((i) => !i.internal && !(i.family === 'IPv6' && /^fe80:/i.test(i.address)));
  const v4 = external.filter((i) => i.family === 'IPv4').map((i) => i.address);
  const v6 = external.filter((i) => i.family === 'IPv6').map((i) => i.address);
  return [...new Set([...v4, ...v6, '127.0.0.1'])];
}

/** Every address of this machine, loopback included. */
export function ownAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
  return [...new Set(Object.values(interfaces).flatMap((list) => (list ?? []).map((i) => i.address)))];
}
