import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { TLocale } from '@yorisoi/shared';
import { minutesSince } from '../consultations/waiting-time.ts';

/** 「12分前から」, or 「1時間5分前から」 once it is an hour: how long a crisis has waited. */
export function crisisSince(t: TFunction, since: string, now: number, locale: TLocale): string {
  const minutes = minutesSince(since, now);
  if (minutes === 0) return t('crisis.justNow');
  if (minutes < 60) return t('crisis.since', { minutes: formatNumber(minutes, locale) });
  return t('crisis.sinceHours', {
    hours: formatNumber(Math.floor(minutes / 60), locale),
    minutes: formatNumber(minutes % 60, locale),
  });
}
