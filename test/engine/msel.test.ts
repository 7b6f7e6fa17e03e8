import { describe, expect, it } from 'vitest';
import { buildMsel, toMselCsv } from '../../src/engine/msel.ts';
import { fromMselCsv } from '../../src/engine/msel-read.ts';
import { writeCsv } from '../../src/engine/csv.ts';
import { parseCsv } from '../../src/engine/csv-read.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import { loadScenario } from './helpers.ts';

const { scenario } = loadScenario();

describe('MSEL', () => {
  it('lists every inject in script order with its time, trigger, addressees and expected action', () => {
    const rows = buildMsel(scenario);
    expect(rows.map((r) => [r.number, r.inject, r.time, r.trigger, r.to])).toEqual([
      [1, 'paste-found', 'T+00:00', '', 'incident-commander'],
      [2, 'journalist', 'T+02:00', '{"decided":"declare-severity/wait"}', 'incident-commander; dpo'],
      [3, 'dpa-reminder', 'T+48:00', '', 'dpo'],
      [4, 'regulator-call', '', 'contingency', 'dpo'],
    ]);
    expect(rows[0].expectedAction).toBe(
      'incident-commander: What severity do you declare? incident-commander: Whom do you page?',
    );
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(writeCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
    expect(parseCsv('"a,b","say ""hi""","two\nlines",plain\r\nx,y\n').rows).toEqual([
      { line: 1, fields: ['a,b', 'say "hi"', 'two\nlines', 'plain'] },
      { line: 3, fields: ['x', 'y'] },
    ]);
  });

  it('reads its own CSV back into the same injects', () => {
    const { injects, problems } = fromMselCsv(toMselCsv(scenario));
    expect(problems).toEqual([]);
    expect(
      injects.map((i) => [i.id, i.at, i.when, i.contingency, i.to, i.channel, i.from, i.subject, i.body, i.objectives]),
    ).toEqual(
      scenario.injects.map((i) => [
        i.id,
        i.at,
        i.when,
        i.contingency || undefined,
        i.to,
        i.channel,
        i.from,
        i.subject,
        i.body,
        i.objectives.length ? i.objectives : undefined,
      ]),
    );
  });

  it('reports a bad time, a bad trigger, an unclosed quote and a missing column at their line', () => {
    const csv = 'Number,Time,Trigger,To,Subject,Message\r\n1,00:15,,dpo,Hi,Body\r\n2,T+00:20,{decided,dpo,Hi,Body\r\n';
    expect(fromMselCsv(csv).problems.map(formatProblem)).toEqual([
      'msel.csv:2:2  error  msel  row 1: time "00:15" must be written T+hh:mm, such as T+00:15',
      'msel.csv:3:3  error  msel  row 2: the trigger is not a condition in JSON, such as {"decided":"declare-severity/sev1"}; correct it or leave it empty',
    ]);
    expect(fromMselCsv('Subject,Message,To\r\n"open,x,y\r\n').problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'a quoted field is never closed; add the closing double quote'],
    ]);
    expect(fromMselCsv('Time,Message\r\n').problems.map((p) => p.message)).toEqual([
      'the header has no "Subject" column; add it',
      'the header has no "To" column; add it',
    ]);
  });

  it('reads an MSEL saved by Excel with semicolons, a byte-order mark and CRLF, which it once refused for a missing "Subject" column', () => {
    const csv =
      '\uFEFFNumber;Inject;Time;To;Subject;Message\r\n1;call;T+00:15;"dpo; legal";Hi, DPO;"Line one;\nline two"\r\n';
    const { injects, problems } = fromMselCsv(csv);
    expect(problems).toEqual([]);
    expect(injects).toEqual([
      {
        id: 'call',
        at: 'T+00:15',
        to: ['dpo', 'legal'],
        channel: 'email',
        from: 'Facilitator',
        subject: 'Hi, DPO',
        body: 'Line one;\nline two',
      },
    ]);
  });

  it('reports a problem on the line its row starts on when an earlier message spans several lines', () => {
    const csv = 'Time;To;Subject;Message\r\nT+00:10;dpo;A;"one\ntwo\nthree"\r\n00:20;dpo;B;x\r\n';
    expect(fromMselCsv(csv, 'nl.csv').problems.map(formatProblem)).toEqual([
      'nl.csv:5:1  error  msel  row 2: time "00:20" must be written T+hh:mm, such as T+00:15',
    ]);
  });

  it('refuses a file that was not UTF-8 text, at the first character it could not read, and says how to save it', () => {
    // "Café" saved by Excel as plain CSV (Windows-1252) and read as UTF-8.
    const csv = new TextDecoder().decode(
      new Uint8Array([
        ...new TextEncoder().encode('Subject;Message;To\r\nHi;Caf'),
        0xe9,
        ...new TextEncoder().encode(' closed;dpo\r\n'),
      ]),
    );
    expect(fromMselCsv(csv, 'nl.csv').problems.map(formatProblem)).toEqual([
      'nl.csv:2:7  error  msel  a character could not be read (shown as \uFFFD), so the file is not UTF-8 text; in Excel, save it as "CSV UTF-8"',
    ]);
  });
});
