import type { ReactNode } from 'react';
import { useApiData } from '../../api/use-api.ts';
import { useLiveRefresh } from '../consultations/use-live-refresh.ts';
import { CrisisContext } from './crisis-context.ts';

/**
 * The care team's 緊急 inbox, loaded once for every staff screen and re-read on the
 * content-free `crisis:changed` notice, so the header's count and the inbox page agree.
 */
export function CrisisInboxProvider({ children }: { children: ReactNode }) {
  const inbox = useApiData('listCrisisInbox');
  useLiveRefresh(inbox.reload, 'crisis');
  return <CrisisContext.Provider value={inbox}>{children}</CrisisContext.Provider>;
}
