import { useEffect } from 'react';
import { useCalls } from '../calls/CallProvider.tsx';
import type { LiveNotice } from '../calls/call-controller.ts';

/** Several notices in a burst (a sweep routing many) cause one reload. */
const burstMs = 300;
/** Notices are best effort (a reconnect may miss one); a slow poll backs them up. */
const fallbackMs = 60_000;

/**
 * Reloads when a live notice says the data changed: `queue` for the waiting queue, or a
 * consultation id for that consultation. Where there is no live connection it polls.
 * `reload` must be stable (useApiData's is).
 */
export function useLiveRefresh(reload: () => void, watch: 'queue' | { consultationId: string }) {
  const calls = useCalls();
  const controller = calls?.controller ?? null;
  const watchKey = watch === 'queue' ? 'queue' : watch.consultationId;

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      pending ??= setTimeout(() => {
        pending = null;
        reload();
      }, burstMs);
    };
    const matches = (notice: LiveNotice) =>
      notice.kind === 'queue' || notice.consultationId === watchKey;
    const unsubscribe = controller?.onLiveNotice((notice) => {
      if (matches(notice)) soon();
    });
    const timer = setInterval(() => reload(), fallbackMs);
    return () => {
      unsubscribe?.();
      clearInterval(timer);
      if (pending) clearTimeout(pending);
    };
  }, [controller, watchKey, reload]);
}
