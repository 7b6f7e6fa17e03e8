/**
 * Date judgements on the audit pages (src/handbook/judge-dates.ts): worded as of a given day, and
 * made again for the reader's today in the browser.
 */
import { describe, expect, it } from 'vitest';
import { judgeDue, judgeSince, localToday, rejudge } from '../../src/handbook/judge-dates.ts';

describe('judgeDue', () => {
  it('words a date ahead, today, and passed, in days', () => {
    expect(judgeDue('2027-03-31', '2026-12-07')).toEqual({ text: 'due in 114 days', overdue: false });
    expect(judgeDue('2027-03-31', '2027-03-30')).toEqual({ text: 'due in 1 day', overdue: false });
    expect(judgeDue('2027-03-31', '2027-03-31')).toEqual({ text: 'due today', overdue: false });
    expect(judgeDue('2027-03-31', '2027-04-15')).toEqual({ text: 'overdue by 15 days', overdue: true });
  });

  it('never calls a done action overdue', () => {
    expect(judgeDue('2026-01-01', '2027-01-01', true)).toEqual({ text: 'done', overdue: false });
  });

  it("takes today from the reader's own calendar day", () => {
    expect(localToday(new Date(2027, 3, 5, 23, 59))).toBe('2027-04-05');
  });
});

describe('judgeSince', () => {
  it('words how long ago a verification date was, in days', () => {
    expect(judgeSince('2026-09-30', '2026-11-27')).toBe('58 days ago');
    expect(judgeSince('2026-11-26', '2026-11-27')).toBe('1 day ago');
    expect(judgeSince('2026-11-27', '2026-11-27')).toBe('today');
    expect(judgeSince('2026-11-30', '2026-11-27')).toBe('in 3 days');
  });
});

describe('rejudge', () => {
  /** A stand-in for the page: elements with data attributes, text and classes. */
  function element(dataset: Record<string, string>, text: string) {
    const classes = new Set<string>();
    return {
      dataset,
      textContent: text,
      classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
      classes,
    };
  }

  it('rewrites every judgement for the given today and says it was judged again', () => {
    const due = element({ due: '2027-03-31', state: 'open' }, 'due in 114 days');
    const done = element({ due: '2026-12-15', state: 'done' }, 'done');
    const note = element({ asOfNow: '2026-12-07' }, '');
    const root = {
      querySelectorAll: (selector: string) =>
        ({ '[data-due]': [due, done], '[data-as-of-now]': [note] })[selector] ?? [],
    } as unknown as ParentNode;
    rejudge(root, '2027-04-15');
    expect(due.textContent).toBe('overdue by 15 days');
    expect(due.classes.has('db-bad')).toBe(true);
    expect(done.textContent).toBe('done');
    expect(note.textContent).toBe('; judged again in your browser for today, 2027-04-15');
  });

  it('adds nothing to the "as of" line when the reader reads on the build date', () => {
    const note = element({ asOfNow: '2026-12-07' }, '');
    rejudge(
      { querySelectorAll: (s: string) => (s === '[data-as-of-now]' ? [note] : []) } as unknown as ParentNode,
      '2026-12-07',
    );
    expect(note.textContent).toBe('');
  });

  it('words each verification date again for the given today, red once it is due again and passed', () => {
    const fresh = element({ verified: '2026-09-30/2026-12-29' }, 'verified 2026-09-30, 58 days ago');
    const stale = element({ verified: '2026-01-10/2026-04-10' }, 'verified 2026-01-10, 321 days ago');
    const root = {
      querySelectorAll: (s: string) => (s === '[data-verified]' ? [fresh, stale] : []),
    } as unknown as ParentNode;
    rejudge(root, '2026-12-29');
    expect([fresh.textContent, fresh.classes.has('db-bad')]).toEqual(['verified 2026-09-30, 90 days ago', false]);
    expect([stale.textContent, stale.classes.has('db-bad')]).toEqual(['verified 2026-01-10, 353 days ago', true]);
    rejudge(root, '2026-12-30');
    expect(fresh.classes.has('db-bad')).toBe(true);
  });
});
