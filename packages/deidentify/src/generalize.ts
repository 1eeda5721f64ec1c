import { parseJapaneseNumber } from './kanji-numerals.ts';

/** Five-year age band, top-coded at 90 (the PPC example of an outlier age). */
export function ageBand(ageText: string): string {
  const match = /(\d+|[〇一二三四五六七八九十百]+)/.exec(ageText.normalize('NFKC'));
  const years = match ? parseJapaneseNumber(match[1] as string) : undefined;
  if (years === undefined) return '〈年齢〉';
  if (years >= 90) return '90歳以上';
  const low = Math.floor(years / 5) * 5;
  return `${low}〜${low + 4}歳`;
}

const ERA_NAMES: Record<string, string> = { R: '令和', H: '平成', S: '昭和', T: '大正' };

/** Keeps year and month, drops the day; a date without a year keeps only its month. */
export function dateToMonth(dateText: string): string {
  const text = dateText.normalize('NFKC');
  const era =
    /(令和|平成|昭和|大正|[RHST])\s?(元|\d+|[〇一二三四五六七八九十]+)\s?[年./-]\s?(\d+|[〇一二三四五六七八九十]+)/i.exec(
      text,
    );
  if (era) {
    const name = ERA_NAMES[(era[1] as string).toUpperCase()] ?? era[1];
    return `${name}${parseJapaneseNumber(era[2] as string)}年${parseJapaneseNumber(era[3] as string)}月`;
  }
  const western = /(\d{4})\s?[年./-]\s?(\d{1,2})/.exec(text);
  if (western) return `${western[1]}年${Number(western[2])}月`;
  const monthOnly = /(\d{1,2}|[〇一二三四五六七八九十]+)\s?[月/]/.exec(text);
  const month = monthOnly ? parseJapaneseNumber(monthOnly[1] as string) : undefined;
  return month ? `${month}月` : '〈日付〉';
}
