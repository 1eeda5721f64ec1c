import { useTranslation } from 'react-i18next';
import type { TMessageAttachment } from '@yorisoi/shared';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { timeLabel } from './chat-timeline.ts';
import type { DeliveryState, SenderLabel } from './delivery-state.ts';
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
  /** A pending message waits for the network (送信待ち) rather than being on its way (送信中). */
  offline?: boolean;
  /** The first bubble of a run by one sender shows the name and the avatar. */
  groupStart?: boolean;
  groupEnd?: boolean;
  onDiscard?: (() => void) | undefined;
}

function stateText(state: DeliveryState, offline: boolean): DeliveryState | 'sending' {
  if (state === 'pending' && !offline) return 'sending';
  return state;
}

/**
 * One message as in LINE: one's own on the right, the other side on the left with name and
 * avatar at the start of a run; the time and 既読 small beside the bubble. The sender is
 * always there for screen readers, even where it is not shown.
 */
export function MessageBubble({
  body,
  files,
  waitingFiles,
  refusal,
  sender,
  createdAt,
  state,
  offline = false,
  groupStart = true,
  groupEnd = true,
  onDiscard,
}: MessageBubbleProps) {
  const { t } = useTranslation();
  const mine = sender === 'you';
  const name = t(`consultations.chat.sender.${sender}`);
  const showName = !mine && groupStart;
  const classes = [
    'message',
    mine ? 'message--mine' : 'message--theirs',
    state === 'pending' ? 'message--pending' : '',
    state === 'refused' ? 'message--refused' : '',
    groupStart ? 'message--start' : '',
    groupEnd ? 'message--end' : '',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid="message" data-state={state}>
      {showName ? (
        <span className="message__avatar" aria-hidden="true">
          {name.charAt(0)}
        </span>
      ) : null}
      <div className="message__content">
        <p className={showName ? 'message__sender' : 'visually-hidden'}>{name}</p>
        <div className="message__row">
          <div className="message__bubble">
            {body ? <p className="message__body">{body}</p> : null}
            {files ? <MessageAttachments {...files} /> : null}
            {waitingFiles ? (
              <p className="message__files-waiting">
                {t('consultations.attachments.waiting', { count: waitingFiles })}
              </p>
            ) : null}
          </div>
          <p className="message__meta">
            {state ? (
              <span className={`message__state message__state--${state}`}>
                {t(`consultations.chat.state.${stateText(state, offline)}`)}
              </span>
            ) : null}
            <time dateTime={createdAt}>{timeLabel(createdAt, currentLocale())}</time>
          </p>
        </div>
        {refusal ? <p className="field__error">{refusal}</p> : null}
        {onDiscard ? (
          <Button variant="quiet" onClick={onDiscard}>
            {t('consultations.chat.discard')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
