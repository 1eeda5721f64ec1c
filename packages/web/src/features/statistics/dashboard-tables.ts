import type { StatisticsDimension, TProtectedTable } from '@yorisoi/shared';
import type { ChartOption } from './chart.ts';

/** The dashboard's tables: each one protected release, drawn as a chart and a table. */
export const dashboardTables = [
  { key: 'topicTrend', rows: 'topic', columns: 'month', chart: 'line' },
  { key: 'lifeEvents', rows: 'lifeEvent', chart: 'bar' },
  { key: 'contactTimes', rows: 'weekday', columns: 'hour', chart: 'heatmap' },
  { key: 'timeBands', rows: 'timeBand', chart: 'bar' },
  { key: 'referrals', rows: 'referralType', columns: 'outcome', chart: 'stacked' },
  { key: 'satisfaction', rows: 'satisfaction', chart: 'bar' },
] as const satisfies readonly {
  key: string;
  rows: StatisticsDimension;
  columns?: StatisticsDimension;
  chart: 'line' | 'bar' | 'heatmap' | 'stacked';
}[];
export type DashboardTable = (typeof dashboardTables)[number];

type CoarserKey =
  | 'quarter'
  | 'halfYear'
  | 'topicGroup'
  | 'topicGroupQuarter'
  | 'weekday'
  | 'hour'
  | 'referralType'
  | 'outcome'
  | 'consortium';

/** What a card draws: its table, or one of the coarser views of it. */
export interface TableView {
  rows: StatisticsDimension;
  columns?: StatisticsDimension;
  chart: DashboardTable['chart'];
  /** Key of the coarser view (statistics.coarser.views), absent for the table itself. */
  coarser?: CoarserKey;
  /** An employer's table of the whole consortium instead of their own organisation. */
  scope?: 'consortium';
}

/**
 * The coarser views a card offers: its own, and for an employer the same table over the
 * whole consortium (every member employer), which counts more people under the same rule.
 */
export function coarserViewsFor(
  spec: DashboardTable,
  audience: 'city' | 'employer',
): readonly (TableView & { coarser: CoarserKey })[] {
  const own = coarserViews[spec.key] ?? [];
  if (audience !== 'employer') return own;
  return [...own, { ...tableViewOf(spec), coarser: 'consortium', scope: 'consortium' }];
}

/** The view of a table as it is, without its key. */
function tableViewOf(spec: DashboardTable): TableView {
  return 'columns' in spec
    ? { rows: spec.rows, columns: spec.columns, chart: spec.chart }
    : { rows: spec.rows, chart: spec.chart };
}

/**
 * Coarser views of a table whose small cells hide much of it: longer periods, topics in
 * areas, one dimension instead of two. Each is a table of its own, protected like any
 * other and judged against everything this audience was shown before.
 */
export const coarserViews: Partial<
  Record<DashboardTable['key'], readonly (TableView & { coarser: CoarserKey })[]>
> = {
  topicTrend: [
    { coarser: 'quarter', rows: 'topic', columns: 'quarter', chart: 'line' },
    { coarser: 'halfYear', rows: 'topic', columns: 'halfYear', chart: 'line' },
    { coarser: 'topicGroup', rows: 'topicGroup', columns: 'month', chart: 'line' },
    { coarser: 'topicGroupQuarter', rows: 'topicGroup', columns: 'quarter', chart: 'line' },
  ],
  contactTimes: [
    { coarser: 'weekday', rows: 'weekday', chart: 'bar' },
    { coarser: 'hour', rows: 'hour', chart: 'bar' },
  ],
  referrals: [
    { coarser: 'referralType', rows: 'referralType', chart: 'bar' },
    { coarser: 'outcome', rows: 'outcome', chart: 'bar' },
  ],
};

/** The share of a table's cells disclosure control hid. */
export function hiddenShare(table: TProtectedTable): number {
  const cells = table.cells.flat();
  return cells.filter((c) => c === null).length / Math.max(1, cells.length);
}

/** From this share on, a card offers its coarser views first thing. */
export const offerCoarserFrom = 0.25;

/** A light hatch: the mark of a hidden count, never a colour a value could have. */
const hatch = {
  color: '#eef0f3',
  borderColor: '#8a8f98',
  borderWidth: 1,
  decal: {
    symbol: 'rect',
    symbolSize: 1,
    color: '#8a8f98',
    dashArrayX: [1, 0],
    dashArrayY: [1, 4],
    rotation: -Math.PI / 4,
  },
};

/** A round upper end for a value axis, so that a hidden band can span it. */
function axisTop(values: readonly (number | null)[]): number {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  if (max <= 10) return 10;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/**
 * Hidden counts are never drawn as a value: gaps in a line or a heat map, and in a bar
 * chart a hatched band over the whole axis labelled 「非公表」 (the legend under the chart
 * says so as well).
 */
export function chartOption(
  spec: Pick<TableView, 'chart'>,
  table: TProtectedTable,
  label: (dimension: StatisticsDimension, code: string) => string,
  hiddenWord: string,
): ChartOption {
  const rowLabels = table.rows.map((r) => label(table.rowDimension, r));
  const columnLabels =
    table.columns && table.columnDimension
      ? table.columns.map((c) => label(table.columnDimension!, c))
      : [];
  if (spec.chart === 'heatmap') {
    const data = table.cells.flatMap((row, r) => row.map((v, c) => [c, r, v ?? '-']));
    const max = Math.max(1, ...table.cells.flat().map((v) => v ?? 0));
    return {
      tooltip: {},
      grid: { left: 48, right: 16, top: 8, bottom: 72 },
      xAxis: { type: 'category', data: columnLabels },
      yAxis: { type: 'category', data: rowLabels },
      visualMap: { min: 0, max, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', data }],
    };
  }
  if (spec.chart === 'line' || spec.chart === 'stacked') {
    const line = spec.chart === 'line';
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: line ? columnLabels : rowLabels },
      yAxis: { type: 'value', minInterval: 1 },
      series: line
        ? table.rows.map((_, r) => ({
            type: 'line',
            name: rowLabels[r],
            data: table.cells[r],
            connectNulls: false,
          }))
        : columnLabels.map((name, c) => ({
            type: 'bar',
            stack: 'outcome',
            name,
            data: table.cells.map((row) => row[c]),
          })),
    };
  }
  const counts = table.cells.map((row) => row[0] ?? null);
  const top = axisTop(counts);
  return {
    tooltip: {
      formatter: (p: { seriesIndex: number; name: string; value: number }) =>
        `${p.name}: ${p.seriesIndex === 1 ? hiddenWord : p.value}`,
    },
    grid: { left: 160, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, max: top },
    yAxis: { type: 'category', data: rowLabels, inverse: true },
    series: [
      { type: 'bar', data: counts, barGap: '-100%' },
      {
        type: 'bar',
        name: hiddenWord,
        data: counts.map((v) => (v === null ? top : null)),
        itemStyle: hatch,
        label: { show: true, position: 'insideLeft', formatter: hiddenWord, color: '#333' },
        silent: false,
      },
    ],
  };
}
