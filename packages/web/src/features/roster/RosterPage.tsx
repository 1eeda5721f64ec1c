import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { useApiData } from '../../api/use-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { ShiftForm } from './ShiftForm.tsx';
import { ShiftList } from './ShiftList.tsx';
import { startOfJapanDay } from './japan-time.ts';

const days = 14;

/** 24-hour roster: coverage for two weeks, the shifts, and (supervisors) planning. */
export function RosterPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canEdit = useUser().role === 'supervisor';
  const [from] = useState(() => startOfJapanDay(new Date()));
  const coverage = useApiData('getCoverage', { query: { from, days } });
  const shifts = useApiData('listShifts', { query: { from, days } });
  const minimum = formatNumber(coverage.data?.minimumStaff ?? 2, locale);

  function reload() {
    coverage.reload();
    shifts.reload();
  }

  return (
    <Page
      title={t('care.roster.title')}
      width="wide"
      lead={<p>{t('care.roster.lead', { minimum })}</p>}
    >
      {canEdit ? null : <p className="muted">{t('care.roster.readOnly')}</p>}
      <ErrorAlert error={coverage.error ?? shifts.error} />
      {coverage.data ? (
        <Card title={t('care.roster.coverageTitle')} testId="coverage-card">
          <Alert tone={coverage.data.gapHours > 0 ? 'warning' : 'success'} testId="gap-count">
            <p>{t('care.roster.gaps', { count: formatNumber(coverage.data.gapHours, locale) })}</p>
          </Alert>
          <h3>{t('care.roster.legendTitle')}</h3>
          <ul className="coverage-legend">
            <li>{t('care.roster.legendCell')}</li>
            <li>
              <span className="coverage__gap">{t('care.roster.gap')}</span>{' '}
              {t('care.roster.legendGap', { minimum })}
            </li>
          </ul>
          <CoverageTable coverage={coverage.data} />
        </Card>
      ) : (
        <Loading />
      )}
      <Card title={t('care.roster.shiftsTitle')}>
        {shifts.data ? (
          <ShiftList shifts={shifts.data.items} canEdit={canEdit} onChanged={reload} />
        ) : null}
      </Card>
      {canEdit ? (
        <Card title={t('care.roster.createTitle')}>
          <ShiftForm onCreated={reload} />
        </Card>
      ) : null}
    </Page>
  );
}
