import { useTranslation } from 'react-i18next';
import { callMinutes, type TCallSummary } from '@yorisoi/shared';
import { timeLabel } from '../consultations/chat-timeline.ts';
import { currentLocale } from '../../i18n/index.ts';

/** A call in the consultation's timeline: 「ビデオ通話（12分）」, or that it was not answered. */
export function CallEntry({ summary, createdAt }: { summary: TCallSummary; createdAt: string }) {
  const { t } = useTranslation();
  const kind = t(`calls.kind.${summary.kind}`);
  const text =
    summary.endReason === 'completed' && summary.durationSeconds !== null
      ? t('calls.entry.completed', { kind, minutes: callMinutes(summary.durationSeconds) })
      : t(`calls.entry.${summary.endReason}`, { kind });
  return (
    <li className="message message--system" data-testid="call-entry">
      <p className="message__body">
        {text} <time dateTime={createdAt}>{timeLabel(createdAt, currentLocale())}</time>
      </p>
    </li>
  );
}
