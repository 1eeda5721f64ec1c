import { useTranslation } from 'react-i18next';
import type { TIndicator, TMeasure, TMeasureBoard } from '@yorisoi/shared';
import { formatNumber } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/locale.ts';
import { useDayLabel } from '../alliances/alliance-labels.ts';

/** 【01】 as the mayor numbers the areas. */
export const areaNumber = (areaNo: number) => `【${String(areaNo).padStart(2, '0')}】`;

export function StatusBadge({ status }: { status: TMeasure['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`measure-status measure-status--${status}`}>
      {t(`measures.status.${status}`)}
    </span>
  );
}

/** How many measures stand at each status, in the order a reader cares about. */
export function StatusCounts({ counts }: { counts: TMeasureBoard['counts'] }) {
  const { t } = useTranslation();
  const order = ['achieved', 'in_progress', 'revised', 'not_started'] as const;
  return (
    <ul className="measure-counts" aria-label={t('measures.countsLabel')}>
      {order.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
          <span className="measure-counts__n">
            {t('measures.countOf', { count: counts[status] })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function IndicatorList({ indicators }: { indicators: TIndicator[] }) {
  const { t, i18n } = useTranslation();
  const day = useDayLabel();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  if (indicators.length === 0) return null;
  return (
    <ul className="measure-figures">
      {indicators.map((i) => (
        <li key={i.id}>
          <span className="measure-figures__label">{i.label}</span>
          <strong className="measure-figures__value">
            {formatNumber(i.value, locale)}
            {i.unit}
          </strong>
          <span className="measure-figures__meta">
            {t('measures.asOfSource', { date: day(i.asOf), source: i.source })}
          </span>
        </li>
      ))}
    </ul>
  );
}
