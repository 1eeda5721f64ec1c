import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  japanFiscalYearOf,
  japanMonthOf,
  pathTotal,
  programmeMeasures,
  workPaths,
  type MeasureCounts,
  type TWorkProgrammeFigures,
  type WorkPath,
} from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { Card } from '../../ui/Card.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { pathLabel } from './work-labels.ts';

/** The fiscal years offered: this one and the four before it. */
const recentYears = (now: Date) => Array.from({ length: 5 }, (_, i) => japanFiscalYearOf(now) - i);

/**
 * A programme's figures for the programme's staff and the city's staff: each month of a
 * 年度 and the year, then the year by the path people wanted. Counts only.
 */
export function WorkFiguresPage() {
  const { t } = useTranslation();
  const programmes = useApiData('listWorkProgrammes');
  const items = programmes.data?.items ?? [];
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [year, setYear] = useState(() => japanFiscalYearOf(new Date()));
  const chosen = items.find((p) => p.id === programmeId) ?? items[0];
  return (
    <Page title={t('workStaff.figures.title')} lead={t('workStaff.figures.lead')} width="wide">
      <ErrorAlert error={programmes.error} />
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programmes.data && !chosen ? (
        <p className="empty">{t('workStaff.figures.noProgramme')}</p>
      ) : null}
      {chosen ? (
        <>
          <div className="work-figures__filters">
            {items.length > 1 ? (
              <SelectField
                label={t('workStaff.figures.programme')}
                name="programme"
                value={chosen.id}
                onChange={(e) => setProgrammeId(e.target.value)}
                options={items.map((p) => ({ value: p.id, label: p.name }))}
              />
            ) : null}
            <SelectField
              label={t('workStaff.figures.fiscalYear')}
              name="fiscalYear"
              value={String(year)}
              onChange={(e) => setYear(Number(e.target.value))}
              options={recentYears(new Date()).map((y) => ({
                value: String(y),
                label: t('workStaff.figures.fiscalYearValue', { year: y }),
              }))}
            />
          </div>
          <Figures programmeId={chosen.id} title={chosen.name} fiscalYear={year} />
        </>
      ) : null}
    </Page>
  );
}

function Figures({
  programmeId,
  title,
  fiscalYear,
}: {
  programmeId: string;
  title: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures = useApiData('getWorkProgrammeFigures', {
    params: { id: programmeId },
    query: { fiscalYear },
  });
  if (!figures.data) return figures.error ? <ErrorAlert error={figures.error} /> : <Loading />;
  const data: TWorkProgrammeFigures = figures.data;
  const count = (n: number) => formatNumber(n, locale);
  const measureColumns = <Row,>(
    of: (row: Row, m: (typeof programmeMeasures)[number]) => number | null,
  ) =>
    programmeMeasures.map((m): Column<Row> => ({
      key: m,
      header: t(`workStaff.figures.measures.${m}`),
      numeric: true,
      render: (row) => {
        const n = of(row, m);
        return n === null ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('workStaff.figures.notYet')}</span>
          </>
        ) : (
          count(n)
        );
      },
    }));
  // A month still to come has no figures yet, not zero of everything.
  type MonthRow = { key: string; label: string; counts: MeasureCounts; future: boolean };
  const thisMonth = japanMonthOf(new Date());
  const rows: MonthRow[] = [
    ...data.months.map((m) => ({
      key: m.month,
      label: t('workStaff.figures.monthValue', { month: Number(m.month.slice(5, 7)) }),
      counts: m.counts,
      future: m.month > thisMonth,
    })),
    { key: 'year', label: t('workStaff.figures.total'), counts: data.year, future: false },
  ];
  const pathRows = workPaths.map((path) => ({ path }));
  return (
    <>
      <Card title={`${title} ${t('workStaff.figures.fiscalYearValue', { year: data.fiscalYear })}`}>
        <DataTable<MonthRow>
          caption={t('workStaff.figures.title')}
          testId="work-figures"
          rows={rows}
          rowKey={(r) => r.key}
          empty=""
          columns={[
            {
              key: 'month',
              header: t('workStaff.figures.month'),
              rowHeader: true,
              render: (r) => r.label,
            },
            ...measureColumns<MonthRow>((r, m) => (r.future ? null : pathTotal(r.counts[m]))),
          ]}
        />
      </Card>
      <Card title={t('workStaff.figures.byPath')}>
        <DataTable<{ path: WorkPath }>
          caption={t('workStaff.figures.byPath')}
          rows={pathRows}
          rowKey={(r) => r.path}
          empty=""
          columns={[
            {
              key: 'path',
              header: t('workStaff.figures.path'),
              rowHeader: true,
              render: (r) => pathLabel(r.path, locale),
            },
            ...measureColumns<{ path: WorkPath }>((r, m) => data.year[m][r.path]),
          ]}
        />
      </Card>
    </>
  );
}
