/**
 * `npm run exercise`: the facilitator kit on one port. Builds the kit (`dist-exercise/`) when it is
 * missing or older than the plan, the scenarios or the code, then serves its pages and the
 * participants relay together, and prints the addresses phones use with a QR code of the join address.
 * Settings as `npm run relay`'s: RELAY_PORT (4444), RELAY_HOST (0.0.0.0), RELAY_DATABASE
 * (.relay/relay.sqlite), RELAY_ROOM_DAYS (7), REDIS_URL.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import QRCode from 'qrcode';
import { astroBuild } from './astro-build.ts';
import { planFolders } from '../compiler/plan-folders.ts';
import { KIT_JOIN_PATH, KIT_VARIABLE, OUT_DIRS } from '../relay/kit-routes.ts';
import { whyRebuild } from '../exercise-kit/freshness.ts';
import { ownAddresses, reachableAddresses } from '../exercise-kit/addresses.ts';
import { urlHost } from '../relay/kit-info.ts';
import { startKit } from '../exercise-kit/kit-server.ts';
import { portProblem } from '../exercise-kit/port.ts';
import { ROOM_TTL_MS } from '../relay/server.ts';
import { randomId } from '../relay/protocol.ts';

const env = process.env;
const port = Number(env.RELAY_PORT ?? 4444);
const host = env.RELAY_HOST ?? '0.0.0.0';
const database = env.RELAY_DATABASE ?? '.relay/relay.sqlite';
const days = env.RELAY_ROOM_DAYS ? Number(env.RELAY_ROOM_DAYS) : undefined;
const KEY_FILE = '.relay/exercise-kit.key';

function fail(message: string): never {
  console.error(`exercise: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`RELAY_PORT must be a port number, not "${env.RELAY_PORT}"`);
if (days !== undefined && !(days > 0))
  fail(`RELAY_ROOM_DAYS must be a positive number of days, not "${env.RELAY_ROOM_DAYS}"`);
const busy = await portProblem(port, host);
if (busy) fail(busy);

const kitDir = OUT_DIRS.kit;
const { content, scenarios } = planFolders();
const why = whyRebuild(kitDir, [content, ...(scenarios ? [scenarios] : []), 'src', 'public', 'astro.config.mjs']);
if (why) {
  console.log(`Building the facilitator kit into ${kitDir}/ (${why})…`);
  try {
    astroBuild({ env: { [KIT_VARIABLE]: '1' } });
  } catch {
    fail('the kit could not be built: the lines above say why');
  }
} else console.log(`The facilitator kit in ${kitDir}/ is up to date.`);

if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
// The projector link's key outlives a restart, so the room's PC keeps its page.
mkdirSync(dirname(KEY_FILE), { recursive: true });
if (!existsSync(KEY_FILE)) writeFileSync(KEY_FILE, randomId(), { mode: 0o600 });
const key = readFileSync(KEY_FILE, 'utf8').trim();

// Listening on one address (RELAY_HOST), that is the only one phones can use.
const reachable = () => (host === '0.0.0.0' || host === '::' ? reachableAddresses() : [host]);
const kit = await startKit({
  root: kitDir,
  key,
  port,
  host,
  database,
  redisUrl: env.REDIS_URL || undefined,
  roomTtlMs: days ? days * 86_400_000 : ROOM_TTL_MS,
  ownAddresses,
  reachableAddresses: reachable,
});
const addresses = reachable();
const base = (address: string) => `http://${urlHost(address)}:${kit.port}`;
const join = `${base(addresses[0])}${KIT_JOIN_PATH}`;
console.log(
  `\nDrillbook exercise kit: pages and relay on port ${kit.port}${env.REDIS_URL ? ' (rooms shared through Redis)' : ''}.`,
);
console.log(
  `  Facilitator console (this machine only): ${base(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}/exercises/`,
);
console.log('  Handbook and join page, for every device on this network:');
for (const a of addresses) console.log(`    ${base(a)}/`);
if (addresses.every((a) => a.startsWith('127.')))
  console.log('  No network address found: phones cannot reach this machine. Join a Wi-Fi or network first.');
console.log(`\nParticipants scan this to join the room the console opens (${join}):\n`);
console.log(await QRCode.toString(join, { type: 'terminal', small: true }));
console.log(
  'Phones must be on the same network; if they cannot connect, allow incoming connections on this port in the firewall.',
);

const stop = async () => {
  await kit.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
