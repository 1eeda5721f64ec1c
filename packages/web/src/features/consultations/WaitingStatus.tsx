import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { SafetyNumbers } from './SafetyBanner.tsx';
import { useLiveRefresh } from './use-live-refresh.ts';

/** Where the person stands in the queue, told honestly: no estimate without a basis for one. */
export function WaitingStatus({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = useApiData('getWaitingStatus', { params: { id: consultationId } });
  useLiveRefresh(status.reload, { consultationId });
  const data = status.data;
  if (!data) return null;

  if (data.onDutyNow === 0) {
    return (
      <section className="waiting-none" data-testid="waiting-status" role="status">
        <h2 className="waiting-none__title">{t('care.waiting.noneTitle')}</h2>
        {data.position !== null ? (
          <p>{t('care.waiting.position', { position: formatNumber(data.position, locale) })}</p>
        ) : null}
        <p>{t('care.waiting.noneBody')}</p>
        <SafetyNumbers />
      </section>
    );
  }

  return (
    <Alert tone="info" testId="waiting-status">
      {data.position !== null ? (
        <p>{t('care.waiting.position', { position: formatNumber(data.position, locale) })}</p>
      ) : null}
      <p>{t('care.waiting.onDuty', { count: formatNumber(data.onDutyNow, locale) })}</p>
      {data.estimatedWaitMinutes !== null ? (
        <p>
          {t('care.waiting.estimate', {
            minutes: formatNumber(data.estimatedWaitMinutes, locale),
          })}
        </p>
      ) : null}
    </Alert>
  );
}
