/** Parses 六十八, 二〇二四, 十二, 元 (first year of an era) and ASCII digits into a number. */
export function parseJapaneseNumber(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw === '元') return 1;
  const digits = '〇一二三四五六七八九';
  if ([...raw].every((c) => digits.includes(c))) {
    return Number([...raw].map((c) => digits.indexOf(c)).join(''));
  }
  let total = 0;
  let current = 0;
  for (const char of raw) {
    const digit = digits.indexOf(char);
    if (digit >= 0) current = digit;
    else if (char === '十' || char === '百') {
      total += (current || 1) * (char === '十' ? 10 : 100);
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A regex fragment for a number written in ASCII digits or kanji numerals. */
export const NUMBER = '(?:\\d{1,4}|[〇一二三四五六七八九十百]{1,4})';
