import { useTranslation } from 'react-i18next';
import type { TAllianceGrowthYear } from '@yorisoi/shared';

const barWidth = 40;
const gap = 12;
const chartHeight = 170;
const top = 26;
const bottom = 30;

/**
 * Members by fiscal year as vertical bars (inline SVG, described for screen readers by
 * its summary), with the same figures as a table under it.
 */
export function GrowthChart({ growth }: { growth: readonly TAllianceGrowthYear[] }) {
  const { t } = useTranslation();
  const first = growth[0];
  const last = growth.at(-1);
  if (!first || !last) return null;
  const max = Math.max(1, ...growth.map((y) => y.members));
  const width = growth.length * (barWidth + gap) + gap;
  const year = (fiscalYear: number) => t('alliances.fiscalYear', { year: fiscalYear });
  const summary = t('alliances.public.growthSummary', {
    firstYear: first.fiscalYear,
    first: first.members,
    lastYear: last.fiscalYear,
    last: last.members,
  });
  return (
    <figure className="alliance-growth">
      <p className="alliance-growth__summary">{summary}</p>
      <div className="alliance-growth__scroll">
        <svg
          className="alliance-growth__chart"
          viewBox={`0 0 ${width} ${chartHeight + top + bottom}`}
          width={width}
          role="img"
          aria-label={t('alliances.public.growthChartLabel', { summary })}
        >
          {growth.map((y, i) => {
            const height = (chartHeight * y.members) / max;
            const x = gap + i * (barWidth + gap);
            return (
              <g key={y.fiscalYear}>
                <rect
                  x={x}
                  y={top + chartHeight - height}
                  width={barWidth}
                  height={height}
                  className="alliance-growth__bar"
                />
                <text
                  x={x + barWidth / 2}
                  y={top + chartHeight - height - 6}
                  textAnchor="middle"
                  className="alliance-growth__value"
                >
                  {y.members}
                </text>
                <text
                  x={x + barWidth / 2}
                  y={top + chartHeight + 22}
                  textAnchor="middle"
                  className="alliance-growth__year"
                >
                  {String(y.fiscalYear)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details className="alliance-growth__details">
        <summary>{t('alliances.public.growthTable')}</summary>
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('alliances.public.growthCaption')}
        >
          <table className="table">
            <caption>{t('alliances.public.growthCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('alliances.public.yearColumn')}</th>
                <th scope="col" className="numeric">
                  {t('alliances.public.membersColumn')}
                </th>
                <th scope="col" className="numeric">
                  {t('alliances.public.joinedColumn')}
                </th>
                <th scope="col" className="numeric">
                  {t('alliances.public.leftColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {growth.map((y) => (
                <tr key={y.fiscalYear}>
                  <th scope="row">{year(y.fiscalYear)}</th>
                  <td className="numeric">{y.members}</td>
                  <td className="numeric">{y.joined}</td>
                  <td className="numeric">{y.left}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
