import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import type { LinkState } from './chat-connection.ts';

/** Says plainly when the device is offline and how many messages are still waiting. */
export function ConnectionBanner({ link, pending }: { link: LinkState; pending: number }) {
  const { t } = useTranslation();
  const waiting =
    pending > 0
      ? t('consultations.chat.pendingCount', { count: formatNumber(pending, currentLocale()) })
      : null;
  if (link === 'offline') {
    return (
      <Alert tone="warning" title={t('consultations.chat.offline')} testId="offline-banner">
        <p>{t('consultations.chat.offlineBody')}</p>
        {waiting ? <p>{waiting}</p> : null}
      </Alert>
    );
  }
  if (link === 'connecting') {
    return (
      <Alert tone="info" testId="connecting-banner">
        <p>{t('consultations.chat.connecting')}</p>
        {waiting ? <p>{waiting}</p> : null}
      </Alert>
    );
  }
  return null;
}
