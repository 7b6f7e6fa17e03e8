import { describe, expect, test } from 'vitest';
import { parseIncident, record, summarizeIncident } from '../../src/incident/incident.ts';
import { openIncident, startIncident } from '../../src/incident/opening.ts';
import { exportFileName, incidentJson, incidentMarkdown, incidentTimeline } from '../../src/incident/export.ts';
import { incidentStore } from '../../src/incident/store.ts';
import type { KeyValueStore } from '../../src/browser-storage/keys.ts';

const T0 = Date.UTC(2026, 5, 1, 9, 0);
const MIN = 60_000;

/** A Map-backed localStorage. */
function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** A store on `kv` whose clock advances a minute at every reading. */
function storeAt(kv = memory()) {
  let t = T0;
  return { kv, store: incidentStore(kv, () => (t += MIN)) };
}

describe('an incident log', () => {
  test('records the declaration as the open time and, when given, the awareness time', () => {
    const s = summarizeIncident(openIncident('i1', 'API outage', T0, 'Sanne', T0 - 30 * MIN));
    expect(s.openedAt).toBe(T0);
    expect(s.anchors).toEqual({ declaration: T0, awareness: T0 - 30 * MIN });
  });

  test('keeps the latest tick of each activity, undone again included, and clears an anchor set to null', () => {
    let i = openIncident('i1', 'x', T0, 'A');
    i = record(i, {
      type: 'incident/tick',
      activity: 'ransomware/isolate',
      title: 'Isolate',
      done: true,
      at: T0 + MIN,
      by: 'A',
    });
    i = record(i, {
      type: 'incident/tick',
      activity: 'ransomware/isolate',
      title: 'Isolate',
      done: false,
      at: T0 + 2 * MIN,
      by: 'B',
    });
    i = record(i, { type: 'incident/anchor', event: 'declaration', time: null, at: T0 + 3 * MIN, by: 'B' });
    const s = summarizeIncident(i);
    expect(s.ticks['ransomware/isolate']).toEqual({ done: false, at: T0 + 2 * MIN, by: 'B', title: 'Isolate' });
    expect(s.anchors.declaration).toBeUndefined();
  });

  test('reads back what it stored and refuses what is not an incident', () => {
    const i = record(openIncident('i1', 'x', T0, 'A'), { type: 'incident/note', text: 'hi', at: T0, by: 'A' });
    expect(parseIncident(JSON.parse(JSON.stringify(i)))).toEqual(i);
    expect(
      parseIncident({ id: 'i', title: 't', log: [{ type: 'incident/note', text: 1, at: 0, by: '' }] }),
    ).toBeUndefined();
    expect(parseIncident({ id: 'i', title: 't', log: [{ type: 'incident/tick', at: 0, by: '' }] })).toBeUndefined();
    expect(parseIncident('nope')).toBeUndefined();
  });
});

describe('the incident store', () => {
  test('records ticks, anchors and notes into the current incident, with the name asked once', () => {
    const { kv, store } = storeAt();
    store.setName('Sanne de Vries');
    const incident = startIncident(store, 'Payments down');
    store.tick('ransomware/isolate', 'Isolate hosts', true);
    store.setAnchor('classification', T0 + 90 * MIN);
    store.note('Called the bank');
    // A second store on the same storage (a reload) sees the same state.
    const again = incidentStore(kv);
    const s = summarizeIncident(again.current()!);
    expect(again.current()!.id).toBe(incident.id);
    expect(s.ticks['ransomware/isolate']).toMatchObject({ done: true, by: 'Sanne de Vries' });
    expect(again.anchors().classification).toBe(T0 + 90 * MIN);
    expect(again.current()!.log.at(-1)).toMatchObject({
      type: 'incident/note',
      text: 'Called the bank',
      by: 'Sanne de Vries',
    });
  });

  test('keeps several incidents: make one current, close, reopen and clear them', () => {
    const { store } = storeAt();
    const a = startIncident(store, 'First');
    const b = startIncident(store, 'Second');
    expect(store.list().map((i) => i.title)).toEqual(['Second', 'First']);
    expect(store.current()?.id).toBe(b.id);
    store.select(a.id);
    store.tick('p/x', 'X', true);
    expect(summarizeIncident(store.list().find((i) => i.id === a.id)!).ticks['p/x']?.done).toBe(true);
    expect(summarizeIncident(store.list().find((i) => i.id === b.id)!).ticks['p/x']).toBeUndefined();
    store.close(a.id);
    expect(store.current()).toBeUndefined();
    store.tick('p/y', 'Y', true); // no incident open: nothing is recorded
    expect(store.list().every((i) => !i.log.some((e) => e.type === 'incident/tick' && e.activity === 'p/y'))).toBe(
      true,
    );
    store.reopen(a.id);
    expect(store.current()?.id).toBe(a.id);
    store.clear(a.id);
    expect(store.list().map((i) => i.title)).toEqual(['Second']);
    expect(store.current()).toBeUndefined();
  });

  test('keeps the calculator anchor times apart while no incident is open', () => {
    const { kv, store } = storeAt();
    store.setAnchor('awareness', T0);
    expect(incidentStore(kv).anchors()).toEqual({ awareness: T0 });
    store.setAnchor('awareness', undefined);
    expect(incidentStore(kv).anchors()).toEqual({});
  });

  test('notifies subscribers of every change and stops when unsubscribed', () => {
    const { store } = storeAt();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    startIncident(store, 'x');
    store.note('n');
    stop();
    store.note('m');
    expect(calls).toBe(2);
  });
});

describe('the timeline export', () => {
  const incident = (() => {
    let i = openIncident('inc-1', 'Ransomware on *file* servers', T0, 'Sanne', T0 - 20 * MIN);
    i = record(i, {
      type: 'incident/tick',
      activity: 'ransomware/isolate',
      title: 'Isolate affected hosts',
      done: true,
      at: T0 + 5 * MIN,
      by: 'Joost',
    });
    i = record(i, { type: 'incident/note', text: 'Backups | offline <script>', at: T0 + 7 * MIN, by: 'Sanne' });
    i = record(i, {
      type: 'incident/anchor',
      event: 'materiality-determination',
      time: T0 + 60 * MIN,
      at: T0 + 61 * MIN,
      by: 'Eva',
    });
    return record(i, { type: 'incident/close', at: T0 + 120 * MIN, by: 'Sanne' });
  })();

  test('lists every entry in time order, in words', () => {
    expect(incidentTimeline(incident).map((l) => l.text)).toEqual([
      'Incident declared',
      'Declaration time set to 2026-06-01T09:00Z',
      'Awareness time set to 2026-06-01T08:40Z',
      'Done: Isolate affected hosts',
      'Note: Backups | offline <script>',
      'Materiality determination time set to 2026-06-01T10:00Z',
      'Incident closed',
    ]);
  });

  test('writes Markdown with the anchor times and one escaped table row per entry', () => {
    const md = incidentMarkdown(incident);
    expect(md).toContain('# Ransomware on \\*file\\* servers');
    expect(md).toContain('closed 2026-06-01T11:00Z');
    expect(md).toContain('- awareness: 2026-06-01T08:40Z');
    expect(md).toContain('- materiality determination: 2026-06-01T10:00Z');
    expect(md).toContain('| 2026-06-01T09:05Z | Joost | Done: Isolate affected hosts |');
    expect(md).toContain('| 2026-06-01T09:07Z | Sanne | Note: Backups \\| offline \\<script\\> |');
    expect(md.split('\n').filter((l) => l.startsWith('| 2026')).length).toBe(incident.log.length);
  });

  test('writes JSON with the anchors, the timeline and the raw log', () => {
    const json = JSON.parse(incidentJson(incident));
    expect(json.anchors.awareness).toBe('2026-06-01T08:40:00.000Z');
    expect(json.closedAt).toBe('2026-06-01T11:00:00.000Z');
    expect(json.timeline[3]).toEqual({
      at: '2026-06-01T09:05:00.000Z',
      by: 'Joost',
      text: 'Done: Isolate affected hosts',
    });
    expect(json.log).toEqual(incident.log);
    expect(exportFileName(incident, 'json')).toBe('2026-06-01-inc-1.json');
  });
});
