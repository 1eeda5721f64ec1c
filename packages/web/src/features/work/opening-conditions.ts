/**
 * An opening's conditions as a person reads them on a phone: 「週5〜10時間」「火・木の午前
 * （9:00〜12:00）」「リモート可」「託児あり」. Pure, so the words are tested apart from
 * the screens that show them.
 */
import type { TFunction } from 'i18next';
import type { TPublicWorkOpening } from '@yorisoi/shared';

type Range = TPublicWorkOpening['schedule'][number];

/** Monday first, as a Japanese week is read on a job ad; Sunday last. */
const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekOrder = (weekday: number) => (weekday + 6) % 7;

function dayPartOf(from: string, to: string): 'morning' | 'afternoon' | 'evening' | null {
  if (from >= '06:00' && to <= '13:00') return 'morning';
  if (from >= '12:00' && to <= '18:00') return 'afternoon';
  if (from >= '17:00') return 'evening';
  return null;
}

/** One phrase per time band, the days sharing it together: 「火・木の午前（9:00〜12:00）」. */
export function schedulePhrases(schedule: readonly Range[], t: TFunction): string[] {
  const bands = new Map<string, number[]>();
  for (const range of schedule) {
    const key = `${range.from}-${range.to}`;
    bands.set(key, [...(bands.get(key) ?? []), range.weekday]);
  }
  const wholeDays = bands.get('00:00-24:00');
  // Every hour of every day is no fixed time at all, as the public list shows it.
  if (bands.size === 1 && wholeDays && new Set(wholeDays).size === 7)
    return [t('workOpenings.conditions.anyTime')];
  return [...bands.entries()].map(([key, weekdays]) => {
    const [start = '', end = ''] = key.split('-');
    // 「9:00」, not 「09:00」: how times are written on a job ad.
    const [from, to] = [start, end].map((time) => time.replace(/^0(?=\d:)/, ''));
    const days = [...new Set(weekdays)]
      .sort((a, b) => weekOrder(a) - weekOrder(b))
      .map((d) => t(`work.weekdays.${weekdayKeys[d] ?? 'sun'}`))
      .join(t('workOpenings.conditions.daySeparator'));
    if (key === '00:00-24:00') return t('workOpenings.conditions.daysAnyTime', { days });
    const part = dayPartOf(start, end);
    return part
      ? t('workOpenings.conditions.daysWithPart', {
          days,
          part: t(`workOpenings.conditions.dayParts.${part}`),
          from,
          to,
        })
      : t('workOpenings.conditions.daysWithTimes', { days, from, to });
  });
}

/** Hours, days and times, where and how, childcare and team: the short list under a title. */
export function openingConditions(opening: TPublicWorkOpening, t: TFunction): string[] {
  const hours =
    opening.hoursPerWeekMin === opening.hoursPerWeekMax
      ? t('workOpenings.conditions.hoursExact', { hours: opening.hoursPerWeekMax })
      : t('workOpenings.conditions.hours', {
          min: opening.hoursPerWeekMin,
          max: opening.hoursPerWeekMax,
        });
  const days =
    opening.schedule.length === 0
      ? [t('workOpenings.conditions.anyTime')]
      : schedulePhrases(opening.schedule, t);
  return [
    hours,
    ...days,
    t(`workOpenings.conditions.workModes.${opening.workMode}`),
    ...(opening.workMode !== 'remote' && opening.placeLabel ? [opening.placeLabel] : []),
    ...(opening.childcareProvided ? [t('workOpenings.conditions.childcare')] : []),
    ...(opening.teamSize ? [t('workOpenings.conditions.team', { size: opening.teamSize })] : []),
  ];
}

/** 「短時間正社員」 or 「プロジェクト」: what kind of work it is, in one word. */
export function openingKindLabel(opening: TPublicWorkOpening, t: TFunction): string {
  return opening.employmentType
    ? t(`workOpenings.conditions.employmentTypes.${opening.employmentType}`)
    : t(`workOpenings.conditions.kinds.${opening.kind}`);
}
