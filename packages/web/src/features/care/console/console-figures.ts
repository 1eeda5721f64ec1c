import type { TFunction } from 'i18next';
import type { TConsultation, TLocale } from '@yorisoi/shared';
import { formatNumber } from '../../../i18n/format.ts';
import { minutesSince } from '../../consultations/waiting-time.ts';

/** Messages after the viewer's read mark (their own included until they read on). */
export function unreadOf(consultation: TConsultation): number {
  const mine = consultation.receipts.find((r) => r.mine);
  return Math.max(0, consultation.lastSeq - (mine?.readSeq ?? 0));
}

/** 「12分待ち」, 「1時間5分待ち」: how long the person has waited for a reply. */
export function replyWait(t: TFunction, since: string, now: number, locale: TLocale): string {
  const minutes = minutesSince(since, now);
  if (minutes < 60) return t('console.waiting', { minutes: formatNumber(minutes, locale) });
  return t('console.waitingHours', {
    hours: formatNumber(Math.floor(minutes / 60), locale),
    minutes: formatNumber(minutes % 60, locale),
  });
}

/** The list's order: waiting longest first, then unread, then the rest, closed last. */
export function consoleOrder(a: TConsultation, b: TConsultation): number {
  const rank = (c: TConsultation) => (c.status === 'closed' ? 2 : c.awaitingReplySince ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    (a.awaitingReplySince ?? '').localeCompare(b.awaitingReplySince ?? '') ||
    b.createdAt.localeCompare(a.createdAt)
  );
}
