import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReceipt } from '@yorisoi/shared';
import { peerReadSeq, senderLabel, sentState } from './delivery-state.ts';
import type { LoggedMessage } from './message-log.ts';
import type { OutboxEntry } from './outbox.ts';
import { MessageBubble } from './MessageBubble.tsx';

interface MessageListProps {
  messages: readonly LoggedMessage[];
  pending: readonly OutboxEntry[];
  refused: ReadonlyMap<string, string>;
  receipts: readonly TReceipt[];
  onDiscard: (clientMsgId: string) => void;
}

/** The conversation as a log region: screen readers announce new messages politely. */
export function MessageList({ messages, pending, refused, receipts, onDiscard }: MessageListProps) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  const readByPeer = peerReadSeq(receipts);
  const count = messages.length + pending.length;

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [count]);

  return (
    <div
      className="chat-log"
      role="log"
      aria-live="polite"
      aria-label={t('consultations.chat.logLabel')}
    >
      {count === 0 ? <p className="empty">{t('consultations.chat.empty')}</p> : null}
      <ol className="chat-log__list">
        {messages.map((m) => (
          <MessageBubble
            key={m.clientMsgId}
            body={m.body}
            sender={senderLabel(m.senderRole, m.mine)}
            createdAt={m.createdAt}
            state={m.mine ? sentState(m.seq, readByPeer) : undefined}
          />
        ))}
        {pending.map((entry) => (
          <MessageBubble
            key={entry.clientMsgId}
            body={entry.body}
            sender="you"
            createdAt={entry.createdAt}
            state={refused.has(entry.clientMsgId) ? 'refused' : 'pending'}
            onDiscard={
              refused.has(entry.clientMsgId) ? () => onDiscard(entry.clientMsgId) : undefined
            }
          />
        ))}
      </ol>
      <div ref={end} />
    </div>
  );
}
