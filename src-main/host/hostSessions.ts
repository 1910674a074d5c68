import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a one-time code in an opened or printed URL can be exchanged, in ms. */
export const LOGIN_CODE_LIFETIME_MS = 5 * 60 * 1000;
/** The cookie that carries a browser's session: HttpOnly, SameSite=Strict, this host only. */
export const SESSION_COOKIE = 'factdesk_session';

const secret = () => randomBytes(24).toString('base64url');

function sameSecret(given: string, kept: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(kept);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The host's sign-in: one-time codes, short-lived and usable once, are put in the URLs it opens
 * or prints; a page exchanges its code for a session, which lives only in an HttpOnly cookie.
 * So no lasting secret ever appears in a command line, a log or the browser's history.
 */
export function createHostSessions(now: () => number = Date.now) {
  const codes = new Map<string, number>();
  const sessions = new Set<string>();
  return {
    /** A new one-time code, valid for `lifetimeMs`. */
    issueCode(lifetimeMs = LOGIN_CODE_LIFETIME_MS): string {
      const code = secret();
      codes.set(code, now() + lifetimeMs);
      return code;
    },
    /** Trades a code for a new session token; null when the code is unknown, used or expired. */
    exchange(code: string): string | null {
      let found: string | undefined;
      for (const [kept, expiresAt] of codes) {
        if (expiresAt < now()) codes.delete(kept);
        else if (sameSecret(code, kept)) found = kept;
      }
      if (!found) return null;
      codes.delete(found);
      const token = secret();
      sessions.add(token);
      return token;
    },
    isSession(token: string | undefined): boolean {
      if (!token) return false;
      for (const kept of sessions) if (sameSecret(token, kept)) return true;
      return false;
    },
  };
}

export type HostSessions = ReturnType<typeof createHostSessions>;

/** The value of one cookie from a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
