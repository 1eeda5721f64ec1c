import { useEffect } from 'react';
import { useCalls } from '../calls/CallProvider.tsx';
import type { LiveNotice } from '../calls/call-controller.ts';
import { usePolling } from './use-polling.ts';

/** Several notices in a burst (a sweep routing many) cause one reload. */
const burstMs = 300;
/** Notices are best effort (a reconnect may miss one); a slow poll backs them up. */
const fallbackMs = 60_000;

/**
 * Reloads when a live notice says the data changed: `crisis` for the care team's 緊急
 * inbox, `queue` for the waiting queue,
 * `myConsultations` for any of the person's own (one opened for a booking), or a
 * consultation id for that consultation. Where there is no live connection it polls.
 * `reload` must be stable (useApiData's is).
 */
export function useLiveRefresh(
  reload: () => void,
  watch: 'crisis' | 'queue' | 'myConsultations' | { consultationId: string },
) {
  const calls = useCalls();
  const controller = calls?.controller ?? null;
  const watchKey = typeof watch === 'string' ? watch : watch.consultationId;

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      pending ??= setTimeout(() => {
        pending = null;
        reload();
      }, burstMs);
    };
    // A person hears of changes to their own consultations only, so any such notice counts.
    const matches = (notice: LiveNotice) => {
      if (notice.kind === 'crisis' || watchKey === 'crisis') return notice.kind === watchKey;
      return notice.kind === 'queue'
        ? watchKey !== 'myConsultations'
        : watchKey === 'myConsultations' || notice.consultationId === watchKey;
    };
    const unsubscribe = controller?.onLiveNotice((notice) => {
      if (matches(notice)) soon();
    });
    return () => {
      unsubscribe?.();
      if (pending) clearTimeout(pending);
    };
  }, [controller, watchKey, reload]);
  usePolling(reload, fallbackMs);
}
