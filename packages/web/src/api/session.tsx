import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { TSessionResponse } from '@yorisoi/shared';
import { clearOutboxesOf } from '../features/consultations/outbox-keys.ts';
import { forgetPushSubscriptionOnDevice } from '../features/profile/push-device.ts';
import { forgetFilesOf } from '../features/consultations/attachment-store.ts';
import { call } from './client.ts';
import { toUiError, type UiError } from './errors.ts';
import { sessionStore, signedOutSession } from './session-store.ts';

interface SessionContextValue {
  /** null until the first GET /api/session has answered. */
  session: TSessionResponse | null;
  /** Set when the session could not be loaded at all (offline, server down). */
  loadError: UiError | null;
  refresh: () => Promise<TSessionResponse | null>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const [loadError, setLoadError] = useState<UiError | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await call('getSession');
      setLoadError(null);
      return next;
    } catch (error) {
      setLoadError(toUiError(error));
      return null;
    }
  }, []);

  const signOut = useCallback(async () => {
    const userId = sessionStore.get()?.user?.id;
    try {
      await call('signOut');
    } finally {
      // Even if the server is unreachable, this device forgets the session, and the
      // person's unsent messages, which the next user of a shared phone must not read.
      if (userId) {
        clearOutboxesOf(window.localStorage, userId);
        void forgetFilesOf(userId).catch(() => {});
      }
      void forgetPushSubscriptionOnDevice();
      sessionStore.set(signedOutSession);
    }
  }, []);

  useEffect(() => {
    call('getSession').then(
      () => setLoadError(null),
      (error: unknown) => setLoadError(toUiError(error)),
    );
  }, []);

  const value = useMemo(
    () => ({ session, loadError, refresh, signOut }),
    [session, loadError, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for pages behind a guard that guarantees one. */
export function useUser() {
  const { session } = useSession();
  const user = session?.user;
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
