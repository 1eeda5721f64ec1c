import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, apiRoutes, japanMonthOf, type TProtectedTable } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { useUser } from '../../api/session.tsx';
import { buildQuery } from '../../api/client.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { paths } from '../../app/guards.ts';
import { WarekiToggle } from '../admin/WarekiToggle.tsx';
import { Chart } from './Chart.tsx';
import {
  chartOption,
  dashboardTables,
  type DashboardTable,
  type TableView,
} from './dashboard-tables.ts';
import { useCategoryLabel } from './category-label.ts';
import { CoarserViews } from './CoarserViews.tsx';
import { hasHidden, ProtectedTableView } from './ProtectedTableView.tsx';

/** A table recomputed in the background is usually ready within a second or two. */
const updateRetryMs = 4_000;

/** The last twelve finished months (Japan time): statistics never cover a running month. */
function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const to = addMonths(japanMonthOf(now), -1);
  return { from: addMonths(to, -11), to };
}

function TableCard({
  spec,
  audience,
  period,
}: {
  spec: DashboardTable;
  audience: 'city' | 'employer';
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<TableView>(spec);
  const query = {
    audience,
    rows: view.rows,
    ...(view.columns ? { columns: view.columns } : {}),
    ...(view.scope ? { scope: view.scope } : {}),
    ...period,
  };
  const result = useApiData('getStatisticsTable', { query });
  const table: TProtectedTable | undefined = result.data;
  // The current table is being computed on the server; ask again once it likely is, and
  // again after each answer that still says so (every answer is a new object).
  const { reload } = result;
  useEffect(() => {
    if (!table?.updating) return;
    const timer = setTimeout(reload, updateRetryMs);
    return () => clearTimeout(timer);
  }, [table, reload]);
  const label = useCategoryLabel();
  const hiddenWord = t('statistics.hidden.word');
  const option = useMemo(
    () => (table ? chartOption(view, table, label, hiddenWord) : null),
    [table, view, label, hiddenWord],
  );
  const title = t(`statistics.tables.${spec.key}`);
  const caption = view.coarser
    ? `${title}（${t(`statistics.coarser.views.${view.coarser}`)}）`
    : title;
  const exportHref = (format: 'csv' | 'xlsx') =>
    `${apiRoutes.exportStatisticsTable.path}${buildQuery({ ...query, format })}`;
  return (
    <Card title={title}>
      {result.error ? <ErrorAlert error={result.error} /> : null}
      {!table && !result.error ? <Loading /> : null}
      {table && option ? (
        <>
          {table.updating ? <p role="status">{t('statistics.updating')}</p> : null}
          {spec.key === 'contactTimes' || spec.key === 'timeBands' ? (
            <p>{t('statistics.outsideHoursHint')}</p>
          ) : null}
          {view.coarser ? (
            <p className="coarser-current" data-testid="coarser-current">
              {t('statistics.coarser.showing', {
                view: t(`statistics.coarser.views.${view.coarser}`),
              })}
            </p>
          ) : null}
          <Chart option={option} height={view.chart === 'heatmap' ? 320 : 280} />
          {hasHidden(table) ? (
            <p className="chart-legend" data-testid="hidden-legend">
              <span>
                <span
                  className={view.chart === 'bar' ? 'chart-legend__swatch' : 'chart-legend__gap'}
                  aria-hidden="true"
                />
                {t(`statistics.hidden.chart.${view.chart}`)}
              </span>
            </p>
          ) : null}
          <ProtectedTableView table={table} caption={caption} label={label} />
          <CoarserViews
            spec={spec}
            audience={audience}
            view={view}
            table={table}
            onChoose={setView}
          />
          <p>
            <a href={exportHref('csv')} download>
              {t('statistics.exportCsv')}
            </a>{' '}
            <a href={exportHref('xlsx')} download>
              {t('statistics.exportXlsx')}
            </a>
          </p>
        </>
      ) : null}
    </Card>
  );
}

/** City staff: the whole municipality; employer admins: their organisation (or its pool). */
export function StatisticsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const audience = user.role === 'employer_admin' ? 'employer' : 'city';
  const [period] = useState(lastTwelveMonths);
  const label = useCategoryLabel();
  return (
    <Page
      title={t(`statistics.title.${audience}`)}
      lead={t('statistics.lead', {
        from: label('month', period.from),
        to: label('month', period.to),
      })}
      width="wide"
      actions={
        <>
          <WarekiToggle />
          {audience === 'city' ? (
            <LinkButton to={paths.statisticsSettings}>{t('statistics.settings.link')}</LinkButton>
          ) : null}
        </>
      }
    >
      <Alert tone="info">{t('statistics.protection')}</Alert>
      {dashboardTables.map((spec) => (
        <TableCard key={spec.key} spec={spec} audience={audience} period={period} />
      ))}
    </Page>
  );
}
