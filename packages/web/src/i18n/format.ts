import type { TLocale } from '@yorisoi/shared';

/** Times are shown in Japan time wherever the device is: the service runs in Japan. */
const timeZone = 'Asia/Tokyo';

export interface DateFormatOptions {
  /** 和暦 (令和8年…), only meaningful in Japanese. */
  wareki?: boolean;
  withTime?: boolean;
}

function tag(locale: TLocale, wareki: boolean): string {
  if (locale === 'en') return 'en-US';
  return wareki ? 'ja-JP-u-ca-japanese' : 'ja-JP';
}

/** 2026年11月22日 14:05 / 令和8年11月22日 / Nov 22, 2026, 02:05 PM */
export function formatDate(
  value: string | Date,
  locale: TLocale,
  { wareki = false, withTime = false }: DateFormatOptions = {},
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const useEra = wareki && locale === 'ja';
  return new Intl.DateTimeFormat(tag(locale, useEra), {
    timeZone,
    ...(useEra ? { era: 'long' } : {}),
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

export function formatNumber(value: number, locale: TLocale): string {
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US').format(value);
}

/** YYYYMMDD in Japan time, for file names. */
export function compactDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}${part('month')}${part('day')}`;
}

/** Secrets are typed by hand from the screen, so they are shown in groups of four. */
export function groupInFours(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
