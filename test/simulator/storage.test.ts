import { describe, expect, it } from 'vitest';
import { LogConflictError, newSessionId, openRepository } from '../../src/simulator/storage.ts';
import { parseSession } from '../../src/simulator/session.ts';
import { memoryStorage, newSession } from './helpers.ts';

describe('saved sessions', () => {
  it('lists, loads and deletes sessions it created', () => {
    const kv = memoryStorage();
    const repo = openRepository(kv);
    repo.create(newSession('a'));
    repo.create(newSession('b'));
    expect(repo.list().map((s) => s.id)).toEqual(['a', 'b']);
    repo.remove('a');
    expect(repo.list().map((s) => s.id)).toEqual(['b']);
    expect(repo.load('a')).toEqual({ ok: false, message: 'there is no saved session "a" in this browser' });
    expect([...kv.entries.keys()].some((k) => k.includes(':a'))).toBe(false);
  });

  it('appends each event to the saved log as it happens', () => {
    const repo = openRepository(memoryStorage());
    repo.create(newSession('a'));
    repo.append('a', { type: 'exercise/start', at: 0 });
    repo.append('a', { type: 'note/add', at: 60_000, text: 'IC arrives' });
    const r = repo.load('a');
    expect(r.ok && r.session.log).toEqual([
      { type: 'exercise/start', at: 0 },
      { type: 'note/add', at: 60_000, text: 'IC arrives' },
    ]);
    expect(repo.list()[0].events).toBe(2);
  });

  it('refuses an append made after fewer events than are saved, and keeps the saved log as it was', () => {
    const repo = openRepository(memoryStorage());
    repo.create(newSession('a'));
    repo.append('a', { type: 'exercise/start', at: 0 }, 0);
    repo.append('a', { type: 'note/add', at: 60_000, text: 'from window one' }, 1);
    expect(() => repo.append('a', { type: 'note/add', at: 30_000, text: 'from window two' }, 1)).toThrow(
      LogConflictError,
    );
    const r = repo.load('a');
    expect(r.ok && r.session.log.map((x) => x.at)).toEqual([0, 60_000]);
  });

  it('keeps the clock and improvement plan when the metadata is updated', () => {
    const repo = openRepository(memoryStorage());
    repo.create(newSession('a'));
    repo.saveMeta('a', { clock: { running: true, base: 5, wallAt: 7, speed: 10 } });
    repo.saveMeta('a', {
      improvements: [
        { id: 'ip-1', objective: 'notify', issue: 'i', correctiveAction: 'a', responsibleRole: 'dpo', dueDate: '' },
      ],
    });
    const r = repo.load('a');
    expect(r.ok && [r.session.clock.speed, r.session.improvements?.length]).toEqual([10, 1]);
  });

  it('reports a log line that is not JSON as a damaged log, and lists the session with its problem', () => {
    const kv = memoryStorage();
    const repo = openRepository(kv);
    repo.create(newSession('a'));
    repo.append('a', { type: 'exercise/start', at: 0 });
    kv.setItem('drillbook:log:a', `${kv.getItem('drillbook:log:a')}\n{"type":"note/ad`);
    expect(repo.load('a')).toEqual({ ok: false, message: 'the event log is damaged: event 2 is not readable JSON' });
    expect(repo.list()[0]).toMatchObject({
      id: 'a',
      problem: 'the event log is damaged: event 2 is not readable JSON',
    });
    expect(JSON.parse(repo.raw('a')).log).toContain('note/ad');
  });

  it('refuses session data of another format version with the version in the message', () => {
    const kv = memoryStorage();
    const repo = openRepository(kv);
    repo.create(newSession('a'));
    kv.setItem(
      'drillbook:session:a',
      JSON.stringify({ ...JSON.parse(kv.getItem('drillbook:session:a')!), schema: 99 }),
    );
    expect(repo.load('a')).toEqual({
      ok: false,
      message: 'the session was saved in format 99; this simulator reads format 1',
    });
  });

  it('refuses metadata that is not JSON and an unreadable session index without throwing', () => {
    const kv = memoryStorage();
    const repo = openRepository(kv);
    repo.create(newSession('a'));
    kv.setItem('drillbook:session:a', '{not json');
    expect(repo.load('a')).toEqual({ ok: false, message: 'the saved session is not readable JSON' });
    kv.setItem('drillbook:sessions', '<<<');
    expect(repo.list()).toEqual([]);
  });

  it('makes ids of 12 lower-case letters and digits', () => {
    expect(newSessionId()).toMatch(/^[a-z0-9]{12}$/);
    expect(newSessionId(() => 0.999)).toBe('zzzzzzzzzzzz');
  });
});

describe('parseSession', () => {
  it('names the damaged event of an imported log', () => {
    const s = {
      ...newSession(),
      log: [
        { type: 'exercise/start', at: 0 },
        { type: 'clock/warp', at: 1 },
      ],
    };
    expect(parseSession(s)).toEqual({
      ok: false,
      message: 'the event log is damaged: event 2 has an unknown type "clock/warp"',
    });
    expect(parseSession({ ...s, log: [{ type: 'note/add' }] })).toEqual({
      ok: false,
      message: 'the event log is damaged: event 1 ("note/add") has no scenario time',
    });
  });

  it('refuses data without a scenario, clock or id', () => {
    const s = newSession();
    expect(parseSession(null)).toMatchObject({ ok: false, message: 'the saved data is not a session object' });
    expect(parseSession({ ...s, scenario: 'x' })).toMatchObject({ message: 'the session has no readable scenario' });
    expect(parseSession({ ...s, clock: { running: 'yes' } })).toMatchObject({
      message: 'the session clock is damaged',
    });
    expect(parseSession({ ...s, id: '' })).toMatchObject({ message: 'the session has no "id"' });
    expect(parseSession(s).ok).toBe(true);
  });
});
