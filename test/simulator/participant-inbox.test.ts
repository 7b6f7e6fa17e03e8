/** The console's inbox of participant submissions: tallies, what waits, and what accepting records. */
import { describe, expect, it } from 'vitest';
import { acceptance, describeEntry, readTally, tallyVotes, waiting } from '../../src/simulator/room/inbox.ts';
import type { InboxEntry, SubmissionBody } from '../../src/relay/protocol.ts';
import type { Decision } from '../../src/plan/scenario.ts';

let n = 0;
const entry = (participant: string, body: SubmissionBody, name = participant, role = 'comms-lead'): InboxEntry => ({
  type: 'submit',
  id: `submission-id-number-${String(++n).padStart(4, '0')}`,
  from: { name, role },
  body,
  participant,
  received: '2026-12-02T10:00:00.000Z',
});
const decisions: Decision[] = [
  {
    id: 'pay',
    prompt: 'Pay the ransom?',
    owner: 'exec',
    freeText: false,
    options: [
      { id: 'no', label: 'Refuse to pay', actions: [] },
      { id: 'yes', label: 'Pay', actions: [] },
    ],
  },
];
const roleName = (id: string) => ({ 'comms-lead': 'Communications Lead', exec: 'Executive' })[id] ?? id;

describe('participant inbox', () => {
  it("counts each participant's latest vote once per decision", () => {
    const tally = tallyVotes([
      entry('a', { kind: 'vote', decision: 'pay', option: 'yes' }),
      entry('a', { kind: 'vote', decision: 'pay', option: 'no' }),
      entry('b', { kind: 'vote', decision: 'pay', option: 'no' }),
      entry('c', { kind: 'vote', decision: 'pay', option: 'yes' }),
      entry('c', { kind: 'note', text: 'hello' }),
    ]);
    expect(tally).toEqual({ pay: { no: 2, yes: 1 } });
  });

  it('lists what waits for the facilitator: not votes, not what was accepted or dismissed', () => {
    const note = entry('a', { kind: 'note', text: 'The CFO is on a plane' });
    const vote = entry('a', { kind: 'vote', decision: 'pay', option: 'no' });
    const proposal = entry('b', { kind: 'proposal', decision: 'pay', option: 'no', rationale: 'backups are intact' });
    expect(waiting([note, vote, proposal], new Set([note.id]))).toEqual([proposal]);
  });

  it("accepting a proposal records the decision by the sender's role, attributed to the participant", () => {
    const e = entry(
      'b',
      { kind: 'proposal', decision: 'pay', option: 'no', rationale: 'backups are intact' },
      'Dana',
      'exec',
    );
    expect(acceptance(e, roleName)).toEqual({
      kind: 'decide',
      input: { decision: 'pay', option: 'no', by: 'exec', participant: 'Dana', rationale: 'backups are intact' },
    });
    expect(describeEntry(e, decisions)).toBe(
      'proposes "Refuse to pay" for "Pay the ransom?", because backups are intact',
    );
  });

  it('accepting an answer records it against its discussion question, a note as a timeline note, by name and role; a vote records nothing', () => {
    const answer = entry('a', { kind: 'answer', question: 'm1-q1', text: 'Call legal', rationale: 'GDPR' }, 'Sam');
    expect(acceptance(answer, roleName)).toEqual({
      kind: 'answer',
      input: { question: 'm1-q1', text: 'Call legal', rationale: 'GDPR', by: 'Sam (Communications Lead)' },
    });
    expect(describeEntry(answer, decisions, (id) => (id === 'm1-q1' ? 'Who do we call first?' : undefined))).toBe(
      'answers "Who do we call first?": Call legal (why: GDPR)',
    );
    expect(acceptance(entry('a', { kind: 'note', text: 'Press on line 2' }, 'Sam'), roleName)).toEqual({
      kind: 'note',
      text: 'Press on line 2',
      by: 'Sam (Communications Lead)',
    });
    expect(acceptance(entry('a', { kind: 'vote', decision: 'pay', option: 'no' }), roleName)).toBeUndefined();
  });

  it('reads back a stored tally, keeping only whole non-negative counts', () => {
    expect(readTally(JSON.stringify({ pay: { no: 2, yes: 1 } }))).toEqual({ pay: { no: 2, yes: 1 } });
    expect(readTally('{"pay":{"no":"<b>2</b>","yes":-1,"maybe":1.5,"ok":3}}')).toEqual({ pay: { ok: 3 } });
    expect(readTally('not json')).toEqual({});
    expect(readTally(null)).toEqual({});
  });
});
