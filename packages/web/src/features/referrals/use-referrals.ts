import { useEffect } from 'react';
import { useApiData } from '../../api/use-api.ts';

/**
 * The referrals of a consultation, re-read on each live change notice (`changes` counts
 * them), so one made while the chat is open shows without reloading the page.
 */
export function useReferrals(consultationId: string, changes: number) {
  const list = useApiData('listReferrals', { params: { id: consultationId } });
  const { reload } = list;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  return list;
}
