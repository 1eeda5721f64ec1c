import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDay } from './work-day.ts';

/** The days the programme heard the person: that it happened, never what staff wrote. */
export function MyHearings() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useApiData('listMyWorkHearings');
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('workStaff.mine.title')} testId="my-hearings">
      <ul className="work-participants">
        {items.map((h) => (
          <li key={h.id}>{t('workStaff.mine.item', { day: formatDay(h.heldOn, locale) })}</li>
        ))}
      </ul>
    </Card>
  );
}
