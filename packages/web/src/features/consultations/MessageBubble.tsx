import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import type { DeliveryState, SenderLabel } from './delivery-state.ts';
import type { TMessageAttachment } from '@yorisoi/shared';
import { MessageAttachments } from './MessageAttachments.tsx';

interface MessageBubbleProps {
  body: string;
  /** Delivered files (with the consultation they belong to), or a waiting message's count. */
  files?: { consultationId: string; attachments: readonly TMessageAttachment[] } | undefined;
  waitingFiles?: number | undefined;
  /** Why a refused message could not be sent, when the reason helps (a refused file). */
  refusal?: string | undefined;
  sender: SenderLabel;
  createdAt: string;
  /** Only for one's own messages. */
  state?: DeliveryState | undefined;
  onDiscard?: (() => void) | undefined;
}

export function MessageBubble({
  body,
  files,
  waitingFiles,
  refusal,
  sender,
  createdAt,
  state,
  onDiscard,
}: MessageBubbleProps) {
  const { t } = useTranslation();
  const mine = sender === 'you';
  return (
    <li
      className={`message${mine ? ' message--mine' : ''}${state === 'pending' ? ' message--pending' : ''}`}
      data-testid="message"
      data-state={state}
    >
      <p className="message__meta">
        <span className="message__sender">{t(`consultations.chat.sender.${sender}`)}</span>{' '}
        <time dateTime={createdAt}>
          {formatDate(createdAt, currentLocale(), { withTime: true })}
        </time>
      </p>
      {body ? <p className="message__body">{body}</p> : null}
      {files ? <MessageAttachments {...files} /> : null}
      {waitingFiles ? (
        <p className="message__files-waiting">
          {t('consultations.attachments.waiting', { count: waitingFiles })}
        </p>
      ) : null}
      {refusal ? <p className="field__error">{refusal}</p> : null}
      {state ? (
        <p className={`message__state message__state--${state}`}>
          {t(`consultations.chat.state.${state}`)}
        </p>
      ) : null}
      {onDiscard ? (
        <Button variant="quiet" onClick={onDiscard}>
          {t('consultations.chat.discard')}
        </Button>
      ) : null}
    </li>
  );
}
