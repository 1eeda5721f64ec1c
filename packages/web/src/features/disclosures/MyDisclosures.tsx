import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Card } from '../../ui/Card.tsx';

/** Shown to the person afterwards: when and why their identity was revealed. */
export function MyDisclosures() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mine = useApiData('listMyDisclosures');
  const items = mine.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('care.disclosure.myTitle')} tone="highlight" testId="my-disclosures">
      <p>{t('care.disclosure.myLead')}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.at}-${item.reason}`}>
            <p>
              {t('care.disclosure.myAt', { at: formatDate(item.at, locale, { withTime: true }) })}
            </p>
            <p>{t('care.disclosure.myReason', { reason: item.reason })}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
