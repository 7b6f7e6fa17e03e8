/**
 * What the kit server tells the facilitator's console (`/exercise-kit.json`, facilitator only): the
 * addresses phones can reach, the join link's origin and the relay address built from the first of
 * them, and the key a projector link carries. Pure; shared by the server and its tests.
 */

/** The body of `/exercise-kit.json`. */
export interface KitInfo {
  /** The port pages and relay share. */
  port: number;
  /** Addresses of this machine that other devices may reach, best first; loopback last. */
  addresses: string[];
  /** Origin for the join link: `http://<first address>:<port>`. */
  joinOrigin: string;
  /** Relay address for the join link: `ws://<first address>:<port>`. */
  relay: string;
  /** The kit key a projector link carries (`?key=`); it opens the projector page only. */
  projectorKey: string;
}

/** A host as it goes into a URL: IPv6 in brackets. */
export const urlHost = (address: string): string => (address.includes(':') ? `[${address}]` : address);

/** The kit's info for these addresses (best first) and port. */
export function kitInfo(addresses: string[], port: number, projectorKey: string): KitInfo {
  const host = urlHost(addresses[0] ?? '127.0.0.1');
  return { port, addresses, joinOrigin: `http://${host}:${port}`, relay: `ws://${host}:${port}`, projectorKey };
}
