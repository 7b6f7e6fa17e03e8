/**
 * An imported session is labelled as such: the saved session records when and from which file it
 * was read, and the sessions list gets it, so a re-imported copy is told apart from its original.
 */
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/simulator/storage.ts';
import { parseSession } from '../../src/simulator/session.ts';
import { memoryStorage, newSession } from './helpers.ts';

describe('imported sessions', () => {
  it('lists an imported session with its file and time, and a session started here without', () => {
    const repo = openRepository(memoryStorage());
    repo.create(newSession('here'));
    repo.create({
      ...newSession('copy'),
      imported: { at: '2026-12-02T05:00:00.000Z', file: 'drillbook-session-x.json' },
    });
    expect(repo.list().map((s) => [s.id, s.imported])).toEqual([
      ['here', undefined],
      ['copy', { at: '2026-12-02T05:00:00.000Z', file: 'drillbook-session-x.json' }],
    ]);
  });

  it('refuses a damaged import record with a sentence', () => {
    expect(parseSession({ ...newSession('a'), imported: { at: 5 } })).toEqual({
      ok: false,
      message: 'the import record is damaged',
    });
    expect(parseSession({ ...newSession('a'), imported: 'yes' })).toEqual({
      ok: false,
      message: 'the import record is damaged',
    });
  });
});
