import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  blockEnd,
  japanMonthStart,
  statisticsCategoryLabel,
  type StatisticsDimension,
} from '@yorisoi/shared';
import { isLocale } from '../../i18n/locale.ts';
import { useWareki } from '../admin/wareki.ts';

/**
 * How a category reads on screen: months (and blocks of months) in Japanese dates, 和暦
 * when chosen. Changes only with the language and that choice, so charts redraw exactly
 * then.
 */
export function useCategoryLabel() {
  const { i18n } = useTranslation();
  const wareki = useWareki();
  const language = i18n.language;
  return useCallback(
    (dimension: StatisticsDimension, code: string) => {
      const locale = isLocale(language) ? language : 'ja';
      const month = (m: string) =>
        locale !== 'ja'
          ? m
          : new Intl.DateTimeFormat(wareki ? 'ja-JP-u-ca-japanese' : 'ja-JP', {
              ...(wareki ? { era: 'short' } : {}),
              year: 'numeric',
              month: 'short',
              timeZone: 'Asia/Tokyo',
            }).format(japanMonthStart(m));
      if (dimension === 'month') return month(code);
      if (dimension === 'quarter' || dimension === 'halfYear') {
        return `${month(code)}〜${month(blockEnd(code, dimension))}`;
      }
      return statisticsCategoryLabel(dimension, code, locale);
    },
    [language, wareki],
  );
}
