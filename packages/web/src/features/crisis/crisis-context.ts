import { createContext, useContext } from 'react';
import type { TCrisisInbox } from '@yorisoi/shared';
import type { ApiData } from '../../api/use-api.ts';

/**
 * The care team's 緊急 inbox as its provider (crisis-inbox.tsx) keeps it. Apart from the
 * provider so that the header can read it without the live socket in the first download.
 */
export const CrisisContext = createContext<ApiData<TCrisisInbox> | null>(null);

export function useCrisisInbox(): ApiData<TCrisisInbox> | null {
  return useContext(CrisisContext);
}

/** What the header counts: alerts nobody has acknowledged yet, and requests to close awaiting a supervisor. */
export function unseenCount(inbox: TCrisisInbox | undefined): number {
  if (!inbox) return 0;
  return inbox.items.filter((item) => item.seenAt === null).length + inbox.closeRequests.length;
}
