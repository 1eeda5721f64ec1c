import { useTranslation } from 'react-i18next';
import { useApiData } from '../../../api/use-api.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { Card } from '../../../ui/Card.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Stats } from '../../../ui/Stats.tsx';

/** How many people enrolled through an employer. Who they are is never available. */
export function EnrolmentSummary({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const enrolment = useApiData('getEnrolment', { params: { id: organizationId } });
  const locale = currentLocale();
  const count = (n: number) => t('common.people', { count: formatNumber(n, locale) });

  return (
    <Card title={t('enrolment.title')} tone="highlight">
      <ErrorAlert error={enrolment.error} />
      {enrolment.loading && !enrolment.data ? <Loading /> : null}
      {enrolment.data ? (
        <Stats
          items={[
            {
              label: t('enrolment.workers'),
              value: count(enrolment.data.workers),
              testId: 'enrolment-workers',
            },
            {
              label: t('enrolment.family'),
              value: count(enrolment.data.familyMembers),
              testId: 'enrolment-family',
            },
          ]}
        />
      ) : null}
      <p className="muted">{t('enrolment.privacy')}</p>
    </Card>
  );
}
