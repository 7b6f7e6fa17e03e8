/**
 * Date judgements the audit pages print — "due in 12 days", "overdue by 3 days" — made once at build
 * time as of the build date, and made again in the reader's browser from their own today, so a page
 * read months after it was built does not say "due in 297 days" about a date long passed.
 *
 *   build:   <span data-due="2027-03-31" data-state="open">due in 114 days</span>   (as of the build date)
 *   build:   <span data-verified="2026-09-30/2026-12-29">verified 2026-09-30, 58 days ago</span>
 *   browser: rejudge(document, today) rewrites every [data-due], [data-verified] and the "as of" line
 */

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A due date judged on `today`: words, and whether it has passed. `done` items are never overdue. */
export function judgeDue(due: string, today: string, done = false): { text: string; overdue: boolean } {
  if (done) return { text: 'done', overdue: false };
  const left = Math.round(day(due) - day(today));
  if (left < 0) return { text: `overdue by ${-left} day${left === -1 ? '' : 's'}`, overdue: true };
  if (left === 0) return { text: 'due today', overdue: false };
  return { text: `due in ${left} day${left === 1 ? '' : 's'}`, overdue: false };
}

/** How long ago `since` was on `today`, in words: "58 days ago", "today" (a date after today: "in 3 days"). */
export function judgeSince(since: string, today: string): string {
  const ago = Math.round(day(today) - day(since));
  if (ago === 0) return 'today';
  const days = `${Math.abs(ago)} day${Math.abs(ago) === 1 ? '' : 's'}`;
  return ago > 0 ? `${days} ago` : `in ${days}`;
}

/** Today in the reader's own time zone, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Judges every `[data-due]` element under `root` again on `today`, and says so in `[data-as-of-now]`. */
export function rejudge(root: ParentNode, today: string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-due]')) {
    const { text, overdue } = judgeDue(el.dataset.due!, today, el.dataset.state === 'done');
    el.textContent = text;
    el.classList.toggle('db-bad', overdue);
    el.classList.toggle('db-ok', !overdue);
  }
  // A verification: `since/dueAgain` (ISO 8601 interval), worded again and red once it is due again and passed.
  for (const el of root.querySelectorAll<HTMLElement>('[data-verified]')) {
    const [since, dueAgain] = el.dataset.verified!.split('/');
    el.textContent = `verified ${since}, ${judgeSince(since, today)}`;
    el.classList.toggle('db-bad', !!dueAgain && dueAgain < today);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-as-of-now]')) {
    const built = el.dataset.asOfNow;
    el.textContent = built && built !== today ? `; judged again in your browser for today, ${today}` : '';
  }
}
