import { createContext, useContext, type ReactNode } from 'react';
import type { TCrisisInbox } from '@yorisoi/shared';
import { useApiData, type ApiData } from '../../api/use-api.ts';
import { useLiveRefresh } from '../consultations/use-live-refresh.ts';

const CrisisContext = createContext<ApiData<TCrisisInbox> | null>(null);

/**
 * The care team's 緊急 inbox, loaded once for every staff screen and re-read on the
 * content-free `crisis:changed` notice, so the header's count and the inbox page agree.
 */
export function CrisisInboxProvider({ children }: { children: ReactNode }) {
  const inbox = useApiData('listCrisisInbox');
  useLiveRefresh(inbox.reload, 'crisis');
  return <CrisisContext.Provider value={inbox}>{children}</CrisisContext.Provider>;
}

export function useCrisisInbox(): ApiData<TCrisisInbox> | null {
  return useContext(CrisisContext);
}

/** What the header counts: alerts nobody has acknowledged yet. */
export function unseenCount(inbox: TCrisisInbox | undefined): number {
  return inbox?.items.filter((item) => item.seenAt === null).length ?? 0;
}
