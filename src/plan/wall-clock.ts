/**
 * Instants as a person reads them, in a named time zone, with Intl only (no Temporal: the home page
 * and the checklists show times without loading the date arithmetic): "Mon 2026-06-01 09:05",
 * "Europe/Amsterdam (UTC+02:00)". Browser-safe, no imports. Wall time to instant, the other way, is
 * `zonedInputToInstant` in src/plan/zoned.ts (on Temporal, loaded when a time is entered).
 */

/** The device's own time zone (an IANA name; `UTC` where the runtime does not say). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether `zone` is a time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant`, as "UTC+02:00" ("UTC+00:00" for UTC itself). */
export function offsetWords(instant: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  const gmt = part?.value ?? 'GMT';
  return gmt === 'GMT' ? 'UTC+00:00' : gmt.replace('GMT', 'UTC');
}

/** The zone named for a reader: "Europe/Amsterdam (UTC+02:00)", the offset at `instant`. */
export function zoneWords(timeZone: string, instant: number): string {
  return `${timeZone} (${offsetWords(instant, timeZone)})`;
}

/** "Thu 2026-12-03 15:00" in `timeZone`. */
export function formatInZone(instant: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (t: string) => f.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** "15:00" in `timeZone`, for a line that already says the day. */
export function timeInZone(instant: number, timeZone: string): string {
  return formatInZone(instant, timeZone).slice(-5);
}
