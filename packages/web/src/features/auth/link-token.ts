/**
 * The token of a mailed link (`#token=…`, password reset and sign-up). It comes in the
 * fragment, which never reaches a server log; anything not shaped like a token is null.
 */
export function tokenOfFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{10,200}$/.test(token) ? token : null;
}
