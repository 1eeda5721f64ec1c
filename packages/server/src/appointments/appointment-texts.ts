import { japanTimeOf } from '@yorisoi/shared';
import type { AppointmentChannel } from '@yorisoi/shared';

/**
 * Mail texts for appointments. They say when and how, never what about or who: a mail
 * can be read on a shared phone or a work account.
 */
export type NoticeKind =
  | 'confirmation'
  | 'booked_for_staff'
  | 'reminder_24h'
  | 'reminder_10m'
  | 'cancelled'
  | 'rescheduled';

const weekdays = ['日', '月', '火', '水', '木', '金', '土'];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 「11月25日（水）14:00〜14:30」 in Japan time. */
export function formatSlotJa(startsAt: Date, endsAt: Date): string {
  const start = japanTimeOf(startsAt);
  const end = japanTimeOf(endsAt);
  const endText =
    end.minutesOfDay === 0 && end.date !== start.date ? '24:00' : hhmm(end.minutesOfDay);
  return `${start.month}月${start.day}日（${weekdays[start.weekday]}）${hhmm(start.minutesOfDay)}〜${endText}`;
}

const channelJa: Record<AppointmentChannel, string> = { chat: 'チャット', video: 'ビデオ通話' };

const headlines: Record<NoticeKind, { subject: string; lead: string }> = {
  confirmation: { subject: '相談予約を承りました', lead: '相談のご予約を承りました。' },
  booked_for_staff: { subject: '相談予約が入りました', lead: '相談の予約が入りました。' },
  reminder_24h: { subject: '明日は相談予約の日です', lead: '相談のご予約が近づいています。' },
  reminder_10m: { subject: 'まもなく相談の時間です', lead: 'まもなく相談の時間です。' },
  cancelled: { subject: '相談予約が取り消されました', lead: '次の相談予約が取り消されました。' },
  rescheduled: {
    subject: '相談予約の日時が変わりました',
    lead: '相談予約の日時が次のとおり変わりました。',
  },
};

export function appointmentMail(
  kind: NoticeKind,
  appointment: { startsAt: Date; endsAt: Date; channel: AppointmentChannel },
  link: string,
): { subject: string; text: string } {
  const { subject, lead } = headlines[kind];
  return {
    subject: `【働く人の保健室】${subject}`,
    text: [
      lead,
      '',
      `日時：${formatSlotJa(appointment.startsAt, appointment.endsAt)}（日本時間）`,
      `方法：${channelJa[appointment.channel]}`,
      '',
      `予約の確認・変更・取り消しはこちらから：${link}`,
      '',
      'このメールは送信専用です。',
    ].join('\n'),
  };
}
