import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { japanMidnight, type TVacancyTable } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { VacancyDownloads } from './OpenDataDownloads.tsx';
import { formatDate } from '../../i18n/format.ts';
import { Badge } from '../../ui/Badge.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useChildcareLabels } from './childcare-labels.ts';
import { childcareSearchPath, facilityPath } from './childcare-paths.ts';
import { vacancyText } from './VacancyCells.tsx';

const classAges = [0, 1, 2, 3, 4, 5] as const;

function VacancyTable({ code, table }: { code: string; table: TVacancyTable }) {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('childcare.table.caption')}
    >
      <table className="table vacancy-table" data-testid="vacancy-table">
        <caption className="visually-hidden">{t('childcare.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('childcare.table.facility')}</th>
            {classAges.map((age) => (
              <th key={age} scope="col" className="table__numeric">
                {t('childcare.classAge', { age })}
              </th>
            ))}
            {table.display === 'counts' ? (
              <th scope="col" className="table__numeric">
                {t('childcare.table.total')}
              </th>
            ) : null}
            <th scope="col">{t('childcare.table.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr
              key={row.facilityId}
              className={row.notUpdatedThisMonth ? 'vacancy-table__stale' : ''}
            >
              <th scope="row">
                <Link to={facilityPath(code, row.facilityId)}>{row.name}</Link>
                {row.area ? <span className="vacancy-table__area">{row.area}</span> : null}
              </th>
              {classAges.map((age) => {
                const cell = row.classes.find((c) => c.classAge === age);
                return (
                  <td key={age} className="table__numeric">
                    {cell ? vacancyText(cell, table.display) : t('childcare.table.notStated')}
                  </td>
                );
              })}
              {table.display === 'counts' ? (
                <td className="table__numeric">{row.total ?? t('childcare.table.notStated')}</td>
              ) : null}
              <td>
                {row.notUpdatedThisMonth ? (
                  <Badge tone="warning">{t('childcare.table.notUpdated')}</Badge>
                ) : row.updatedAt ? (
                  formatDate(row.updatedAt, labels.locale)
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 受け入れ状況表: every facility's places per age class as of the 1st, with past months. */
export function VacancyTablePage() {
  const { t } = useTranslation();
  const labels = useChildcareLabels();
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const month = searchParams.get('month') ?? undefined;
  const result = useApiData('getPublicVacancyTable', {
    params: { code },
    query: month && /^\d{4}-\d{2}$/.test(month) ? { month } : {},
  });
  const table = result.data;
  const municipality = table?.municipality.name;
  return (
    <Page
      width="wide"
      title={
        municipality
          ? t('childcare.table.title', { municipality })
          : t('childcare.table.titleFallback')
      }
      lead={<p>{t('childcare.table.lead')}</p>}
      leading={
        <Link to={childcareSearchPath(code)} className="back-link">
          {t('childcare.facility.back')}
        </Link>
      }
    >
      <ErrorAlert error={result.error} />
      {!table && !result.error ? <Loading /> : null}
      {table ? (
        <>
          <div className="vacancy-table__controls">
            <SelectField
              label={t('childcare.table.month')}
              name="month"
              value={table.month}
              onChange={(event) => setSearchParams({ month: event.target.value })}
              options={(table.months.length > 0 ? table.months : [table.month]).map((m) => ({
                value: m,
                label: labels.month(m),
              }))}
            />
            <p className="vacancy-table__as-of">
              {t('childcare.table.asOf', {
                date: formatDate(japanMidnight(table.asOf), labels.locale),
              })}
            </p>
          </div>
          {table.publishedAt === null ? (
            <p className="empty">{t('childcare.table.unpublished')}</p>
          ) : (
            <>
              {table.display === 'symbols' ? (
                <p className="vacancy-table__legend">{t('childcare.symbolLegend')}</p>
              ) : null}
              <VacancyTable code={code} table={table} />
              {table.rows.some((row) => row.notUpdatedThisMonth) ? (
                <p className="form__note">{t('childcare.table.notUpdatedNote')}</p>
              ) : null}
              <VacancyDownloads source={{ code }} month={table.month} />
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
