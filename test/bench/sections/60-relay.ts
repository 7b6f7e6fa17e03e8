/**
 * Participants relay: 200 simulated participants (Node clients) in one room on one relay process
 * (`npm run relay`'s program, SQLite storage). The facilitator publishes 30 injects, one every 200 ms;
 * for each, the time until every participant holds it, p50 and p95. Also the relay's resident memory
 * per participant (RSS with 200 connected, less RSS with none, over 200).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection, Figure } from '../measure.ts';
import { relayProcess } from '../../relay/relay-process.ts';
import { openRoom } from '../../../src/relay/facilitator-client.ts';
import { joinRoom, type ParticipantClient } from '../../../src/relay/participant-client.ts';
import { randomId } from '../../../src/relay/protocol.ts';

const PARTICIPANTS = 200;
const INJECTS = 30;

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function until(what: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`relay bench: timed out after ${ms} ms`);
    await sleep(2);
  }
}

const section: BenchSection = {
  title: `Participants relay (${PARTICIPANTS} participants, one room, one process)`,
  async run(): Promise<Figure[]> {
    const relay = await relayProcess({
      RELAY_DATABASE: join(mkdtempSync(join(tmpdir(), 'relay-bench-')), 'relay.sqlite'),
    });
    const pid = relay.child.pid!;
    const clients: ParticipantClient[] = [];
    const facilitator = openRoom({ url: relay.url, room: randomId(), secret: randomId() });
    try {
      await facilitator.ready;
      await sleep(500);
      const idle = rssKb(pid);
      const seen = new Array<number>(PARTICIPANTS).fill(-1);
      const connected = new Array<boolean>(PARTICIPANTS).fill(false);
      for (let i = 0; i < PARTICIPANTS; i++) {
        clients.push(
          joinRoom({
            url: relay.url,
            room: facilitator.room,
            id: randomId(),
            from: { name: `P${i}`, role: 'everyone' },
            onProjection: (p) => (seen[i] = typeof p.inject === 'number' ? p.inject : -1),
            onStatus: (up) => (connected[i] = up),
          }),
        );
      }
      await until(() => connected.every(Boolean), 60_000);
      await sleep(2000);
      const loaded = rssKb(pid);
      const latencies: number[] = [];
      for (let n = 0; n < INJECTS; n++) {
        const start = performance.now();
        facilitator.publish({ inject: n, subject: `Inject ${n}`, body: 'x'.repeat(400) });
        await until(() => seen.every((s) => s === n), 30_000);
        latencies.push(performance.now() - start);
        await sleep(200);
      }
      latencies.sort((a, b) => a - b);
      const p95 = Math.round(percentile(latencies, 95));
      return [
        { name: 'inject to all 200 participants, p50', value: Math.round(percentile(latencies, 50)), unit: 'ms' },
        { name: 'inject to all 200 participants, p95', value: p95, unit: 'ms', target: '< 250 ms', ok: p95 < 250 },
        {
          name: 'relay memory per participant (RSS)',
          value: Math.round(((loaded - idle) / PARTICIPANTS) * 10) / 10,
          unit: 'KB',
          note: `${Math.round(idle / 1024)} MB idle, ${Math.round(loaded / 1024)} MB with ${PARTICIPANTS}`,
        },
      ];
    } finally {
      clients.forEach((c) => c.destroy());
      facilitator.destroy();
      await relay.kill();
    }
  },
};

export default section;
