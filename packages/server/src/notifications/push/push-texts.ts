import type { TLocale, TPushKind } from '@yorisoi/shared';

/**
 * The only texts a push may show. Fixed per kind: a push passes through the browser
 * vendor's service and appears on a lock screen, so it never says what anyone wrote, who
 * the person is, or even which topic they consulted about.
 */
export const pushTexts: Record<TPushKind, Record<TLocale, { title: string; body: string }>> = {
  new_message: {
    ja: { title: '寄り添い', body: '新しいメッセージがあります' },
    en: { title: 'Yorisoi', body: 'You have a new message' },
  },
  consultation_waiting: {
    ja: { title: '寄り添い', body: '相談が待っています' },
    en: { title: 'Yorisoi', body: 'A consultation is waiting' },
  },
  high_risk: {
    ja: { title: '寄り添い（至急）', body: '緊急度の高い相談があります。すぐに確認してください' },
    en: { title: 'Yorisoi (urgent)', body: 'An urgent consultation needs you now' },
  },
  sla_breach: {
    ja: { title: '寄り添い', body: '返信の目標時間を過ぎた相談があります' },
    en: { title: 'Yorisoi', body: 'A consultation has waited past its response target' },
  },
  appointment_booked: {
    ja: { title: '寄り添い', body: '相談の予約が入りました' },
    en: { title: 'Yorisoi', body: 'A consultation has been booked' },
  },
  appointment_reminder: {
    ja: { title: '寄り添い', body: '予約した相談の時間が近づいています' },
    en: { title: 'Yorisoi', body: 'Your booked consultation is coming up' },
  },
  appointment_changed: {
    ja: { title: '寄り添い', body: '相談予約の日時変更または取り消しがありました' },
    en: { title: 'Yorisoi', body: 'A booked consultation was moved or cancelled' },
  },
  incoming_call: {
    ja: { title: '寄り添い', body: '通話の着信があります。アプリを開くと応答できます' },
    en: { title: 'Yorisoi', body: 'Incoming call. Open the app to answer' },
  },
  consultation_assigned: {
    ja: { title: '寄り添い', body: '新しい相談が割り当てられました' },
    en: { title: 'Yorisoi', body: 'A new consultation has been assigned to you' },
  },
  consultation_message: {
    ja: { title: '寄り添い', body: '担当の相談に新しいメッセージがあります' },
    en: { title: 'Yorisoi', body: 'A new message in a consultation you hold' },
  },
  check_in_due: {
    ja: { title: '寄り添い', body: '予定の確認の時間です' },
    en: { title: 'Yorisoi', body: 'A planned check-in is due' },
  },
};
