import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import type { DeliveryState, SenderLabel } from './delivery-state.ts';

interface MessageBubbleProps {
  body: string;
  sender: SenderLabel;
  createdAt: string;
  /** Only for one's own messages. */
  state?: DeliveryState | undefined;
  onDiscard?: (() => void) | undefined;
}

export function MessageBubble({ body, sender, createdAt, state, onDiscard }: MessageBubbleProps) {
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
      <p className="message__body">{body}</p>
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
