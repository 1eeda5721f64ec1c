import type { TLocale } from '@yorisoi/shared';
import { japanTimeOf } from '@yorisoi/shared';
import { formatSlotJa } from '../appointments/appointment-texts.ts';

/**
 * Mail texts to people who registered for an event, in the language they registered in.
 * They name the event, when and where, and the cancellation link; nothing about anyone else.
 */
export const eventNoticeKinds = [
  'event_registered',
  'event_waiting',
  'event_moved_up',
  'event_reminder',
  'event_cancel_confirmed',
  'event_called_off',
  'event_changed',
] as const;
export type EventNoticeKind = (typeof eventNoticeKinds)[number];

export const isEventNoticeKind = (kind: string): kind is EventNoticeKind =>
  (eventNoticeKinds as readonly string[]).includes(kind);

const headlines: Record<EventNoticeKind, Record<TLocale, { subject: string; lead: string }>> = {
  event_registered: {
    ja: {
      subject: 'お申し込みを受け付けました',
      lead: '次のイベントのお申し込みを受け付けました。',
    },
    en: { subject: 'You are registered', lead: 'Your registration for this event is confirmed.' },
  },
  event_waiting: {
    ja: {
      subject: 'キャンセル待ちで受け付けました',
      lead: '定員に達していたため、キャンセル待ちで受け付けました。席が空いたら、順番にメールでお知らせします。',
    },
    en: {
      subject: 'You are on the waiting list',
      lead: 'The event was full, so you are on the waiting list. We will e-mail you if a place becomes free.',
    },
  },
  event_moved_up: {
    ja: {
      subject: '席が空きました。参加が確定しました',
      lead: 'キャンセルが出たため、キャンセル待ちから参加が確定しました。',
    },
    en: {
      subject: 'A place became free: you are registered',
      lead: 'Someone cancelled, so you have moved up from the waiting list and are now registered.',
    },
  },
  event_reminder: {
    ja: { subject: '明日はイベントの日です', lead: 'お申し込みのイベントは明日です。' },
    en: { subject: 'Your event is tomorrow', lead: 'The event you registered for is tomorrow.' },
  },
  event_cancel_confirmed: {
    ja: {
      subject: 'キャンセルを受け付けました',
      lead: '次のイベントのキャンセルを受け付けました。',
    },
    en: {
      subject: 'Your cancellation is confirmed',
      lead: 'You have cancelled your registration for this event.',
    },
  },
  event_changed: {
    ja: {
      subject: '日時・場所が変わりました',
      lead: 'お申し込みのイベントの日時または場所が変わりました。新しい内容をご確認ください。',
    },
    en: {
      subject: 'Time or place changed',
      lead: 'The time or place of the event you registered for has changed. Please check the details below.',
    },
  },
  event_called_off: {
    ja: {
      subject: 'イベント中止のお知らせ',
      lead: '申し訳ありません。次のイベントは中止になりました。',
    },
    en: { subject: 'Event cancelled', lead: 'We are sorry: this event has been cancelled.' },
  },
};

function formatWhenEn(startsAt: Date, endsAt: Date): string {
  const start = japanTimeOf(startsAt);
  const end = japanTimeOf(endsAt);
  const day = new Date(Date.UTC(start.year, start.month - 1, start.day)).toLocaleDateString(
    'en-GB',
    { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' },
  );
  return `${day}, ${start.time}–${end.time}`;
}

export interface EventMailInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  municipalityName: string;
  eventLink: string;
  cancelLink: string | null;
}

export function eventMail(
  kind: EventNoticeKind,
  locale: TLocale,
  event: EventMailInput,
): { subject: string; text: string } {
  const { subject, lead } = headlines[kind][locale];
  const ja = locale === 'ja';
  const when = ja
    ? `${formatSlotJa(event.startsAt, event.endsAt)}（日本時間）`
    : `${formatWhenEn(event.startsAt, event.endsAt)} (Japan time)`;
  const cancelLine =
    event.cancelLink && kind !== 'event_cancel_confirmed' && kind !== 'event_called_off'
      ? [
          ja
            ? `ご都合が悪くなったときは、こちらからキャンセルできます（次の方に席をお譲りください）：${event.cancelLink}`
            : `If you cannot come, please cancel here so that the next person gets your place: ${event.cancelLink}`,
          '',
        ]
      : [];
  return {
    subject: `【${event.municipalityName}】${subject}：${event.title}`,
    text: [
      lead,
      '',
      `${ja ? 'イベント' : 'Event'}：${event.title}`,
      `${ja ? '日時' : 'When'}：${when}`,
      `${ja ? '場所' : 'Where'}：${event.place}`,
      `${ja ? '詳しくはこちら' : 'Details'}：${event.eventLink}`,
      '',
      ...cancelLine,
      ja
        ? 'カレンダーに登録するためのファイル（.ics）を添付しています。このメールは送信専用です。'
        : 'A calendar file (.ics) is attached. This is a send-only address.',
    ].join('\n'),
  };
}
