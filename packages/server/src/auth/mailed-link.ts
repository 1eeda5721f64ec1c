import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';

/** A one-time link sent by mail (password reset, sign-up confirmation). */
export interface NewMailedLink {
  /** Goes into the mail only. */
  token: string;
  /** What the database keeps. */
  tokenHash: string;
  expiresAt: Date;
}

export function newMailedLink(now: Date, validityMinutes: number): NewMailedLink {
  const token = newOpaqueToken();
  return {
    token,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + validityMinutes * 60_000),
  };
}

/** A mailed link works once, and only before it expires. */
export function isMailedLinkUsable(
  row: { expiresAt: Date; usedAt: Date | null },
  now: Date,
): boolean {
  return row.usedAt === null && now.getTime() < row.expiresAt.getTime();
}

/**
 * The link in the mail. The token travels in the fragment, which browsers never send to
 * a server, so it stays out of access logs and Referer headers.
 */
export function mailedLinkFor(publicUrl: string, path: string, token: string): string {
  return `${publicUrl}${path}#token=${token}`;
}

/** The token of a link's fragment (`#token=…`), or null. */
export function tokenFromFragment(fragment: string): string | null {
  const token = new URLSearchParams(fragment.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{10,200}$/.test(token) ? token : null;
}
