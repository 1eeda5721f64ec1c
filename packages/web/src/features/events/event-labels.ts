import { useTranslation } from 'react-i18next';
import { japanMidnight, japanTimeOf, type TPublicEvent } from '@yorisoi/shared';

/** 「12月10日（木）」 and 「10:00〜11:30」 in Japan time, in the reader's language. */
export function useEventTime() {
  const { t } = useTranslation();
  const dayLabel = (date: string) => {
    const when = japanTimeOf(japanMidnight(date));
    return t('events.day', {
      month: when.month,
      day: when.day,
      weekday: t(`events.weekdays.${String(when.weekday)}` as 'events.weekdays.0'),
    });
  };
  const timeLabel = (event: Pick<TPublicEvent, 'startsAt' | 'endsAt'>) =>
    t('events.time', {
      from: japanTimeOf(event.startsAt).time,
      to: japanTimeOf(event.endsAt).time,
    });
  const whenLabel = (event: Pick<TPublicEvent, 'startsAt' | 'endsAt'>) =>
    `${dayLabel(japanTimeOf(event.startsAt).date)} ${timeLabel(event)}`;
  /** A deadline at midnight is the end of the day before: 「12月15日（火）まで」. */
  const untilLabel = (iso: string) => {
    const when = japanTimeOf(iso);
    if (when.time === '00:00') {
      return t('events.detail.until', {
        day: dayLabel(japanTimeOf(new Date(Date.parse(iso) - 60_000)).date),
      });
    }
    return t('events.detail.untilTime', { day: dayLabel(when.date), time: when.time });
  };
  const sinceLabel = (iso: string) => {
    const when = japanTimeOf(iso);
    return t('events.detail.since', { day: dayLabel(when.date), time: when.time });
  };
  return { dayLabel, timeLabel, whenLabel, untilLabel, sinceLabel };
}

/** Where, in one line: the place's name, or online. */
export function usePlaceLabel() {
  const { t } = useTranslation();
  return (event: Pick<TPublicEvent, 'placeName' | 'onlineUrl'>) =>
    [event.placeName, event.onlineUrl ? t('events.online') : null].filter(Boolean).join(' / ');
}
