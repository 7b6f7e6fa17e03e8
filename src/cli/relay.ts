/**
 * `npm run relay`: starts the participants relay and prints the address the facilitator's console
 * uses. Settings from the environment:
 *   RELAY_PORT (default 4444), RELAY_HOST (default 0.0.0.0: reachable by phones on the same network),
 *   RELAY_DATABASE (default .relay/relay.sqlite), REDIS_URL (several processes share rooms),
 *   RELAY_ROOM_DAYS (how long a room lives after the facilitator last opened it; default 7),
 *   RELAY_TRUST_PROXY=1 (behind a reverse proxy: count submissions per address from X-Forwarded-For),
 *   RELAY_ADDRESS_RATE (submissions a minute from one network address; default 120).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { networkInterfaces } from 'node:os';
import { ROOM_TTL_MS, startRelay } from '../relay/server.ts';

const env = process.env;
const port = Number(env.RELAY_PORT ?? 4444);
const host = env.RELAY_HOST ?? '0.0.0.0';
const database = env.RELAY_DATABASE ?? '.relay/relay.sqlite';
const days = env.RELAY_ROOM_DAYS ? Number(env.RELAY_ROOM_DAYS) : undefined;
const addressRate = env.RELAY_ADDRESS_RATE ? Number(env.RELAY_ADDRESS_RATE) : undefined;

function fail(message: string): never {
  console.error(`relay: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`RELAY_PORT must be a port number, not "${env.RELAY_PORT}"`);
if (days !== undefined && !(days > 0))
  fail(`RELAY_ROOM_DAYS must be a positive number of days, not "${env.RELAY_ROOM_DAYS}"`);
if (addressRate !== undefined && !(Number.isInteger(addressRate) && addressRate > 0))
  fail(`RELAY_ADDRESS_RATE must be a whole number of submissions a minute, not "${env.RELAY_ADDRESS_RATE}"`);
if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });

let relay;
try {
  relay = await startRelay({
    port,
    host,
    database,
    redisUrl: env.REDIS_URL || undefined,
    roomTtlMs: days ? days * 86_400_000 : ROOM_TTL_MS,
    trustProxy: env.RELAY_TRUST_PROXY === '1',
    ...(addressRate ? { limits: { addressRate } } : {}),
  });
} catch (error) {
  const code = (error as { code?: string }).code;
  fail(code === 'EADDRINUSE' ? `port ${port} is in use: set RELAY_PORT to another port` : (error as Error).message);
}

const actual = relay.server.address.port;
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((i) => i && i.family === 'IPv4' && !i.internal)
  .map((i) => i!.address);
const addresses = host === '0.0.0.0' ? ['127.0.0.1', ...lan] : [host];
console.log(
  `Drillbook relay listening on port ${actual}${env.REDIS_URL ? ' (rooms shared through Redis)' : ''}; rooms stored in ${database}.`,
);
console.log('In the console, "Invite participants" asks for the relay address; use one of:');
for (const a of addresses) console.log(`  ws://${a}:${actual}`);
console.log('Behind a TLS proxy, give wss://your-host/ instead (see README, "Participants relay").');

const stop = async () => {
  await relay.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
