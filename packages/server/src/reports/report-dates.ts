/** 令和8年11月22日 (and 2026年11月22日 in brackets), in Japan time. */
export function japaneseDate(iso: string): string {
  const date = new Date(iso);
  const options = {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  } as const;
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { ...options, era: 'long' }).format(
    date,
  );
  const western = new Intl.DateTimeFormat('ja-JP', options).format(date);
  return `${era}（${western}）`;
}
