import { japanMidnight, type TStressCheckPeriod } from '@yorisoi/shared';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';

/** The employer's stress checks: per period, only the protected group analysis. */
export function StressChecksPage() {
  const { t } = useTranslation();
  const periods = useApiData('listStressChecks', {});
  return (
    <Page title={t('stressChecks.title')} width="wide" lead={<p>{t('stressChecks.lead')}</p>}>
      {periods.error ? <ErrorAlert error={periods.error} /> : null}
      {!periods.data ? (
        periods.error ? null : (
          <Loading />
        )
      ) : periods.data.items.length === 0 ? (
        <p className="muted">{t('stressChecks.empty')}</p>
      ) : (
        periods.data.items.map((period) => <PeriodCard key={period.id} period={period} />)
      )}
    </Page>
  );
}

function PeriodCard({ period }: { period: TStressCheckPeriod }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card title={period.title} level={2} testId="stress-check-period">
      <p>
        {t('stressChecks.period', {
          from: formatDate(japanMidnight(period.opensOn), locale),
          to: formatDate(japanMidnight(period.closesOn), locale),
        })}
        {' · '}
        {t(`stressChecks.status.${period.status}`)}
      </p>
      <GroupAnalysis periodId={period.id} />
    </Card>
  );
}

function GroupAnalysis({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const analysis = useApiData('getStressCheckGroupAnalysis', { params: { id: periodId } });
  const data = analysis.data;
  if (!data) return analysis.error ? <ErrorAlert error={analysis.error} /> : <Loading />;
  const k = formatNumber(data.minimumGroupSize, locale);
  if (data.state === 'beforeClose') return <p className="muted">{t('stressChecks.beforeClose')}</p>;
  if (data.state === 'tooFew') {
    return (
      <Alert tone="info" testId="stress-check-too-few">
        <p>{t('stressChecks.tooFew', { k })}</p>
      </Alert>
    );
  }
  const mean = (value: number) =>
    new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  return (
    <>
      <h3>{t('stressChecks.groupAnalysis')}</h3>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('stressChecks.groupAnalysis')}
      >
        <table className="table" data-testid="stress-check-groups">
          <caption className="visually-hidden">{t('stressChecks.groupAnalysis')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stressChecks.group')}</th>
              <th scope="col">{t('stressChecks.respondents')}</th>
              <th scope="col">{t('stressChecks.meanA')}</th>
              <th scope="col">{t('stressChecks.meanB')}</th>
              <th scope="col">{t('stressChecks.meanC')}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((group) => (
              <tr key={group.label ?? ''} data-testid="stress-check-group">
                <th scope="row">{group.label ?? t('stressChecks.wholeOrganization')}</th>
                {group.withheld ? (
                  <td colSpan={4}>{t('stressChecks.withheld')}</td>
                ) : (
                  <>
                    <td>
                      {t('stressChecks.people', { n: formatNumber(group.respondents, locale) })}
                    </td>
                    <td>{mean(group.meanA)}</td>
                    <td>{mean(group.meanB)}</td>
                    <td>{mean(group.meanC)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.groups.some((g) => g.withheld) ? (
        <p className="muted">{t('stressChecks.withheldExplained', { k })}</p>
      ) : null}
      <p className="muted">{t('stressChecks.scaleNote')}</p>
    </>
  );
}
