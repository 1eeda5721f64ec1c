import { useEffect } from 'react';

/** Calls `reload` every `intervalMs` while the component is on screen. */
export function usePolling(reload: () => void, intervalMs: number) {
  useEffect(() => {
    const timer = setInterval(reload, intervalMs);
    return () => clearInterval(timer);
  }, [reload, intervalMs]);
}
