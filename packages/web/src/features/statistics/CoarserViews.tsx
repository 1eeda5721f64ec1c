import { useTranslation } from 'react-i18next';
import type { TProtectedTable } from '@yorisoi/shared';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import {
  coarserViewsFor,
  hiddenShare,
  offerCoarserFrom,
  type DashboardTable,
  type TableView,
} from './dashboard-tables.ts';

/**
 * When small cells hide much of a table, the card offers coarser views of the same
 * records and says why they show more: a larger group can be published under the same
 * rule. Once one is chosen, the others and the way back stay at hand.
 */
export function CoarserViews({
  spec,
  audience,
  view,
  table,
  onChoose,
}: {
  spec: DashboardTable;
  audience: 'city' | 'employer';
  view: TableView;
  table: TProtectedTable;
  onChoose: (view: TableView) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const views = coarserViewsFor(spec, audience);
  if (views.length === 0) return null;
  const share = hiddenShare(table);
  if (!view.coarser && share < offerCoarserFrom) return null;
  const hidden = table.cells.flat().filter((c) => c === null).length;
  return (
    <div className="coarser-views" data-testid="coarser-views">
      {view.scope === 'consortium' ? (
        <p>{t('statistics.coarser.consortiumExplain')}</p>
      ) : view.coarser ? (
        <p>{t('statistics.coarser.chosen')}</p>
      ) : (
        <p>
          {t('statistics.coarser.explain', {
            hidden: formatNumber(hidden, locale),
            cells: formatNumber(table.cells.flat().length, locale),
            k: formatNumber(table.minimumGroupSize, locale),
          })}
        </p>
      )}
      <div className="button-row">
        {view.coarser ? (
          <Button variant="quiet" onClick={() => onChoose(spec)}>
            {t('statistics.coarser.back')}
          </Button>
        ) : null}
        {views
          .filter((v) => v.coarser !== view.coarser)
          .map((v) => (
            <Button key={v.coarser} variant="secondary" onClick={() => onChoose(v)}>
              {t(`statistics.coarser.views.${v.coarser}`)}
            </Button>
          ))}
      </div>
    </div>
  );
}
