import crypto from 'node:crypto';

/**
 * The CSRF token is derived from the session token, so it needs no storage: a page can
 * only know it if it could read a response of ours (same origin), never from a cross-site
 * form post, which carries the cookie but cannot read the token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return crypto.createHash('sha256').update(`csrf\u0000${sessionToken}`).digest('base64url');
}
