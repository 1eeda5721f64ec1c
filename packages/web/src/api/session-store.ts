import type { TSessionResponse } from '@yorisoi/shared';

/**
 * The latest session the API told us about. Every response shaped as a session
 * (sign-in, sign-up, TOTP, profile) replaces it, so the CSRF token is always the newest.
 */
export type SessionSnapshot = TSessionResponse | null;

type Listener = () => void;

let current: SessionSnapshot = null;
const listeners = new Set<Listener>();

export const signedOutSession: TSessionResponse = {
  user: null,
  mfa: 'not_required',
  csrfToken: null,
};

export const sessionStore = {
  get(): SessionSnapshot {
    return current;
  },
  set(next: SessionSnapshot): void {
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  csrfToken(): string | null {
    return current?.csrfToken ?? null;
  },
};
