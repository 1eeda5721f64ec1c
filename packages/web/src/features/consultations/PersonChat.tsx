import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CallButtons } from '../calls/CallButtons.tsx';
import { ChatFailure } from './ChatFailure.tsx';
import { chatTitle } from './chat-title.ts';
import { Composer } from './Composer.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ConsultationStatusBadge } from './ConsultationStatusBadge.tsx';
import { MessageList } from './MessageList.tsx';
import { useChat } from './use-chat.ts';
import { WaitingStatus } from './WaitingStatus.tsx';

/** The chat of the person who consults (a worker or a family member), phone first. */
export function PersonChat({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const chat = useChat(consultationId);
  const consultation = chat.consultation;
  const title = chatTitle(t, consultation);
  if (chat.fatal) return <ChatFailure title={title} code={chat.fatal} width="narrow" />;

  return (
    <Page
      title={title}
      width="narrow"
      actions={consultation ? <ConsultationStatusBadge status={consultation.status} /> : null}
    >
      <div className="chat-single">
        <div className="chat-main">
          <ConnectionBanner link={chat.link} pending={chat.pending.length} />
          {consultation && consultation.status !== 'closed' ? (
            <CallButtons consultation={consultation} />
          ) : null}
          {consultation?.status === 'queued' ? (
            <Alert tone="info" title={t('consultations.chat.waiting')} testId="waiting-banner">
              <p>{t('consultations.chat.waitingBody')}</p>
            </Alert>
          ) : null}
          {consultation?.status === 'queued' ? (
            <WaitingStatus consultationId={consultationId} />
          ) : null}
          {!consultation && chat.link !== 'offline' ? <Loading /> : null}
          <MessageList
            consultationId={consultationId}
            messages={chat.messages}
            pending={chat.pending}
            refused={chat.refused}
            receipts={consultation?.receipts ?? []}
            onDiscard={chat.discard}
          />
          <p className="typing-indicator" aria-live="polite" data-testid="typing">
            {chat.otherTyping ? t('consultations.chat.careTeamTyping') : ''}
          </p>
          {consultation?.status === 'closed' ? (
            <Alert tone="info" title={t('consultations.chat.closed')}>
              <p>{t('consultations.chat.closedBody')}</p>
              <LinkButton to={paths.newConsultation} variant="primary">
                {t('consultations.list.startNew')}
              </LinkButton>
            </Alert>
          ) : (
            <Composer onSend={chat.send} onTyping={chat.typing} screenForRisk />
          )}
          <LinkButton to={paths.consultations} variant="quiet">
            {t('consultations.chat.back')}
          </LinkButton>
        </div>
      </div>
    </Page>
  );
}
