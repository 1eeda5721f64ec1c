import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  errorCatalog,
  isErrorCode,
  type LoggedMessage,
  type OutboxEntry,
  type TReceipt,
} from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { CallEntry } from '../calls/CallEntry.tsx';
import { buildTimeline, dayLabel, type TimelineEntry } from './chat-timeline.ts';
import { peerReadSeq, senderLabel, sentState } from './delivery-state.ts';
import { MessageBubble } from './MessageBubble.tsx';
import { SystemLine } from './SystemLine.tsx';
import { useFollowNewest } from './use-follow-newest.ts';
import { useNow } from './use-now.ts';

interface MessageListProps {
  consultationId: string;
  messages: readonly LoggedMessage[];
  pending: readonly OutboxEntry[];
  refused: ReadonlyMap<string, string>;
  receipts: readonly TReceipt[];
  onDiscard: (clientMsgId: string) => void;
  /** Pending messages wait for the network (送信待ち) rather than being on their way. */
  offline?: boolean;
  /** Shown above the conversation inside the scrolling area (waiting notices). */
  lead?: ReactNode;
  /** Shown after the conversation inside the scrolling area (the closing card). */
  trail?: ReactNode;
}

type LogEntry =
  { kind: 'logged'; message: LoggedMessage } | { kind: 'pending'; entry: OutboxEntry };

/** A refused file is explained in the catalog's words; other refusals keep the short state. */
function attachmentRefusal(code: string | undefined): string | undefined {
  if (!code?.startsWith('ATTACHMENT_') || !isErrorCode(code)) return undefined;
  return errorCatalog[code][currentLocale()];
}

function describe(item: LogEntry): TimelineEntry {
  if (item.kind === 'pending') {
    return { key: item.entry.clientMsgId, createdAt: item.entry.createdAt, sender: 'you' };
  }
  const m = item.message;
  const role = m.senderRole;
  return {
    key: m.clientMsgId,
    createdAt: m.createdAt,
    sender: m.call || role === 'system' ? null : senderLabel(role, m.mine),
  };
}

/**
 * The conversation: day separators, grouped bubbles, scrolled to the newest message and
 * kept there. The list is a log region, so screen readers announce new messages politely.
 */
export function MessageList({
  consultationId,
  messages,
  pending,
  refused,
  receipts,
  onDiscard,
  offline = false,
  lead,
  trail,
}: MessageListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // Separators say 今日 and 昨日, which change at midnight.
  const now = useNow(60_000);
  const readByPeer = peerReadSeq(receipts);
  const entries: LogEntry[] = [
    ...messages.map((message) => ({ kind: 'logged' as const, message })),
    ...pending.map((entry) => ({ kind: 'pending' as const, entry })),
  ];
  const rows = buildTimeline(entries, describe);
  const newest = entries.at(-1);
  const { scroller, content, onScroll, unseen, showNewest } = useFollowNewest(
    newest ? describe(newest).key : undefined,
    newest?.kind === 'pending' || (newest?.kind === 'logged' && newest.message.mine),
  );

  function entryView(item: LogEntry, groupStart: boolean, groupEnd: boolean): ReactNode {
    const group = { groupStart, groupEnd };
    if (item.kind === 'pending') {
      const { entry } = item;
      const isRefused = refused.has(entry.clientMsgId);
      return (
        <MessageBubble
          key={entry.clientMsgId}
          body={entry.body}
          waitingFiles={entry.files?.length}
          refusal={attachmentRefusal(refused.get(entry.clientMsgId))}
          sender="you"
          createdAt={entry.createdAt}
          state={isRefused ? 'refused' : 'pending'}
          offline={offline}
          onDiscard={isRefused ? () => onDiscard(entry.clientMsgId) : undefined}
          {...group}
        />
      );
    }
    const m = item.message;
    if (m.call) return <CallEntry key={m.clientMsgId} summary={m.call} createdAt={m.createdAt} />;
    if (m.senderRole === 'system') {
      return <SystemLine key={m.clientMsgId} body={m.body} createdAt={m.createdAt} />;
    }
    return (
      <MessageBubble
        key={m.clientMsgId}
        body={m.body}
        files={{ consultationId, attachments: m.attachments }}
        sender={senderLabel(m.senderRole, m.mine)}
        createdAt={m.createdAt}
        state={m.mine ? sentState(m.seq, readByPeer) : undefined}
        {...group}
      />
    );
  }

  return (
    <div className="chat-log-frame">
      {/* Focusable so the log can be scrolled from a keyboard. */}
      <div
        className="chat-log"
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={t('consultations.chat.logLabel')}
      >
        <div ref={content}>
          {lead}
          {entries.length === 0 ? <p className="empty">{t('consultations.chat.empty')}</p> : null}
          <div role="log" aria-live="polite">
            <ol className="chat-log__list">
              {rows.map((row) =>
                row.kind === 'day' ? (
                  <li key={row.key} className="chat-day" data-testid="day-separator">
                    <span>{dayLabel(row.day, new Date(now), locale)}</span>
                  </li>
                ) : (
                  entryView(row.entry, row.groupStart, row.groupEnd)
                ),
              )}
            </ol>
          </div>
          {trail}
        </div>
      </div>
      {unseen ? (
        <button
          type="button"
          className="chat-log__newest"
          data-testid="new-messages"
          onClick={showNewest}
        >
          {t('consultations.chat.newMessages')}
          <span aria-hidden="true"> ↓</span>
        </button>
      ) : null}
    </div>
  );
}
