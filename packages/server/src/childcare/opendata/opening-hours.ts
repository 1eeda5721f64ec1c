/**
 * 利用可能曜日 with 開始時間 and 終了時間 as open data writes them (「月～金」「月火水木金土」
 * 「平日」「毎日」, 「7:00」「7時30分」), read into seven days, Sunday first, of minutes after
 * midnight. What cannot be read leaves every day unknown (null), so a search by time never
 * claims a facility is open when its data does not say so.
 */
export interface WeeklyHours {
  opens: (number | null)[];
  closes: (number | null)[];
}

const weekdayChars = '日月火水木金土';
export const unknownHours: WeeklyHours = {
  opens: Array<number | null>(7).fill(null),
  closes: Array<number | null>(7).fill(null),
};

export function readClock(written: string): number | null {
  const s = written.normalize('NFKC').trim();
  const match = /^(\d{1,2})(?::|時)(\d{2})?(?::\d{2}|分)?$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? 0);
  return minutes <= 24 * 60 && Number(match[2] ?? 0) < 60 ? minutes : null;
}

export function readWeekdays(written: string): number[] | null {
  const s = written
    .normalize('NFKC')
    .replace(/[〜～~－―‐–—−-]/g, '~')
    .replace(/曜日?/g, '')
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s,、・･/]/g, '')
    .replace(/祝日?|祭日/g, '');
  if (s === '') return null;
  if (/^(毎日|全日|年中無休|無休)$/.test(s)) return [0, 1, 2, 3, 4, 5, 6];
  const days = new Set<number>();
  let rest = s.replace(/平日/g, () => {
    [1, 2, 3, 4, 5].forEach((d) => days.add(d));
    return '';
  });
  rest = rest.replace(/([日月火水木金土])~([日月火水木金土])/g, (_, from: string, to: string) => {
    const a = weekdayChars.indexOf(from);
    const b = weekdayChars.indexOf(to);
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
    return '';
  });
  for (const c of rest) {
    const d = weekdayChars.indexOf(c);
    if (d < 0) return null;
    days.add(d);
  }
  return days.size > 0 ? [...days].sort() : null;
}

export function readWeeklyHours(days: string, opens: string, closes: string): WeeklyHours {
  const weekdays = readWeekdays(days);
  const from = readClock(opens);
  const to = readClock(closes);
  if (!weekdays || from === null || to === null || to <= from) return unknownHours;
  return {
    opens: [0, 1, 2, 3, 4, 5, 6].map((d) => (weekdays.includes(d) ? from : null)),
    closes: [0, 1, 2, 3, 4, 5, 6].map((d) => (weekdays.includes(d) ? to : null)),
  };
}

export const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The days written back for an export: 「月～金」 where they run on, else 「月,水,金」. */
export function weekdaysText(hours: WeeklyHours): string {
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => hours.opens[d] != null);
  if (open.length === 0) return '';
  const mondayFirst = [1, 2, 3, 4, 5, 6, 0].filter((d) => open.includes(d));
  const runs = mondayFirst.every(
    (d, i) =>
      i === 0 ||
      [1, 2, 3, 4, 5, 6, 0].indexOf(d) === [1, 2, 3, 4, 5, 6, 0].indexOf(mondayFirst[i - 1]!) + 1,
  );
  const chars = mondayFirst.map((d) => weekdayChars[d]!);
  return runs && chars.length > 2 ? `${chars[0]}～${chars[chars.length - 1]}` : chars.join(',');
}
