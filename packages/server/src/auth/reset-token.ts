import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';

/** Long enough to open a mail on a phone, short enough that an old mail is useless. */
export const resetValidityMinutes = 30;

export interface NewResetToken {
  /** Goes into the mail only. */
  token: string;
  /** What the database keeps. */
  tokenHash: string;
  expiresAt: Date;
}

export function newResetToken(now: Date): NewResetToken {
  const token = newOpaqueToken();
  return {
    token,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + resetValidityMinutes * 60_000),
  };
}

/** A reset link works once, and only before it expires. */
export function isResetUsable(row: { expiresAt: Date; usedAt: Date | null }, now: Date): boolean {
  return row.usedAt === null && now.getTime() < row.expiresAt.getTime();
}

/**
 * The link in the mail. The token travels in the fragment, which browsers never send to
 * a server, so it stays out of access logs and Referer headers.
 */
export function resetLinkFor(publicUrl: string, token: string): string {
  return `${publicUrl}/password-reset#token=${token}`;
}

/** The token of a link's fragment (`#token=…`), or null. */
export function tokenFromFragment(fragment: string): string | null {
  const token = new URLSearchParams(fragment.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{10,200}$/.test(token) ? token : null;
}
