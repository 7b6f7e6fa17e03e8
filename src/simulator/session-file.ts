/**
 * The exported session file: the whole saved session as JSON with a format marker, so it can be
 * re-imported in any browser to view its report (or continue it).
 *
 *   { "format": "drillbook-session", "session": SavedSession }
 */
import { parseSession, type ParsedSession, type SavedSession } from './session.ts';

/** Format marker of an exported session file. */
export const SESSION_FILE_FORMAT = 'drillbook-session';

/** The export text of `session`. */
export function sessionFile(session: SavedSession): string {
  return `${JSON.stringify({ format: SESSION_FILE_FORMAT, session }, null, 2)}\n`;
}

/** Reads an exported session file; never throws. */
export function readSessionFile(text: string): ParsedSession {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'the file is not JSON; choose a session file exported by Drillbook (drillbook-session-….json)',
    };
  }
  const v = value as { format?: unknown; session?: unknown } | null;
  if (!v || v.format !== SESSION_FILE_FORMAT)
    return { ok: false, message: 'the file is not a Drillbook session export (no "format": "drillbook-session")' };
  return parseSession(v.session);
}
