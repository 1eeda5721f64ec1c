import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { formatContactTime } from './contact-time.ts';

/**
 * The person's side of a check-in: that the health room will contact them again, and
 * when. Nothing else of it (never the care team's note, nor who will write).
 */
export function PlannedContact({
  consultationId,
  changes,
}: {
  consultationId: string;
  changes: number;
}) {
  const { t } = useTranslation();
  const planned = useApiData('getPlannedContact', { params: { id: consultationId } });
  const { reload } = planned;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const dueAt = planned.data?.dueAt;
  if (!dueAt) return null;
  return (
    <Alert tone="info" title={t('followUps.planned.title')} testId="planned-contact">
      <p>{t('followUps.planned.body', { when: formatContactTime(dueAt, currentLocale()) })}</p>
      <p className="muted">{t('followUps.planned.hint')}</p>
    </Alert>
  );
}
