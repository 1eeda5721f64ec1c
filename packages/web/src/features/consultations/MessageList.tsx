import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCatalog, isErrorCode, type TReceipt } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { peerReadSeq, senderLabel, sentState } from './delivery-state.ts';
import type { LoggedMessage } from './message-log.ts';
import type { OutboxEntry } from './outbox.ts';
import { MessageBubble } from './MessageBubble.tsx';
import { SystemLine } from './SystemLine.tsx';
import { CallEntry } from '../calls/CallEntry.tsx';

interface MessageListProps {
  consultationId: string;
  messages: readonly LoggedMessage[];
  pending: readonly OutboxEntry[];
  refused: ReadonlyMap<string, string>;
  receipts: readonly TReceipt[];
  onDiscard: (clientMsgId: string) => void;
}

/** A refused file is explained in the catalog's words; other refusals keep the short state. */
function attachmentRefusal(code: string | undefined): string | undefined {
  if (!code?.startsWith('ATTACHMENT_') || !isErrorCode(code)) return undefined;
  return errorCatalog[code][currentLocale()];
}

/** The conversation as a log region: screen readers announce new messages politely. */
export function MessageList({
  consultationId,
  messages,
  pending,
  refused,
  receipts,
  onDiscard,
}: MessageListProps) {
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
        {messages.map((m) =>
          m.call ? (
            <CallEntry key={m.clientMsgId} summary={m.call} createdAt={m.createdAt} />
          ) : m.senderRole === 'system' ? (
            <SystemLine key={m.clientMsgId} body={m.body} createdAt={m.createdAt} />
          ) : (
            <MessageBubble
              key={m.clientMsgId}
              body={m.body}
              files={{ consultationId, attachments: m.attachments }}
              sender={senderLabel(m.senderRole, m.mine)}
              createdAt={m.createdAt}
              state={m.mine ? sentState(m.seq, readByPeer) : undefined}
            />
          ),
        )}
        {pending.map((entry) => (
          <MessageBubble
            key={entry.clientMsgId}
            body={entry.body}
            waitingFiles={entry.files?.length}
            refusal={attachmentRefusal(refused.get(entry.clientMsgId))}
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
