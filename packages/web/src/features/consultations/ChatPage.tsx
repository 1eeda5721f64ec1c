import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorCatalog, isConsultingRole } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { paths } from '../../app/guards.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CannedReplyPicker } from '../care/CannedReplyPicker.tsx';
import { CarePanel } from '../care/CarePanel.tsx';
import { JoinPanel } from '../care/JoinPanel.tsx';
import { CloseConsultation } from './CloseConsultation.tsx';
import { Composer } from './Composer.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ConsultationStatusBadge } from './ConsultationStatusBadge.tsx';
import { MessageList } from './MessageList.tsx';
import { topicList } from './labels.ts';
import { useChat } from './use-chat.ts';
import { WaitingStatus } from './WaitingStatus.tsx';
import { CallButtons } from '../calls/CallButtons.tsx';

export function ChatPage() {
  const { id = '' } = useParams();
  // A new consultation id is a new chat: its own connection and outbox.
  return <ChatView key={id} consultationId={id} />;
}

function ChatView({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const chat = useChat(consultationId);
  const person = isConsultingRole(user.role);
  const careView = !person && chat.consultation?.viewerIs !== 'person';
  const locale = currentLocale();
  const consultation = chat.consultation;
  const title = consultation
    ? t('consultations.chat.titleWith', {
        topics: topicList(consultation.topics, locale, t('consultations.topicSeparator')),
      })
    : t('consultations.chat.title');
  const back = (
    <LinkButton to={paths.consultations} variant="quiet">
      {t('consultations.chat.back')}
    </LinkButton>
  );

  if (chat.fatal) {
    const message =
      chat.fatal === 'UNAUTHENTICATED'
        ? t('consultations.chat.signedOut')
        : chat.fatal === 'NOT_FOUND' || chat.fatal === 'VALIDATION_FAILED'
          ? t('consultations.chat.notFound')
          : (errorCatalog[chat.fatal as keyof typeof errorCatalog]?.[locale] ??
            t('consultations.chat.notFound'));
    return (
      <Page title={title} width={person ? 'narrow' : 'wide'}>
        <Alert tone="error">{message}</Alert>
        {back}
      </Page>
    );
  }

  return (
    <Page
      title={title}
      width={person ? 'narrow' : 'wide'}
      actions={consultation ? <ConsultationStatusBadge status={consultation.status} /> : null}
    >
      <div className={careView ? 'chat-layout' : 'chat-single'}>
        <div className="chat-main">
          <ConnectionBanner link={chat.link} pending={chat.pending.length} />
          {consultation && consultation.status !== 'closed' ? (
            <CallButtons consultation={consultation} />
          ) : null}
          {consultation?.status === 'queued' && person ? (
            <Alert tone="info" title={t('consultations.chat.waiting')} testId="waiting-banner">
              <p>{t('consultations.chat.waitingBody')}</p>
            </Alert>
          ) : null}
          {consultation?.status === 'queued' && person ? (
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
            {chat.otherTyping
              ? t(person ? 'consultations.chat.careTeamTyping' : 'consultations.chat.personTyping')
              : ''}
          </p>
          {consultation?.status === 'closed' ? (
            <Alert tone="info" title={t('consultations.chat.closed')}>
              <p>{t('consultations.chat.closedBody')}</p>
              {person ? (
                <LinkButton to={paths.newConsultation} variant="primary">
                  {t('consultations.list.startNew')}
                </LinkButton>
              ) : null}
            </Alert>
          ) : (
            <Composer
              onSend={chat.send}
              onTyping={chat.typing}
              screenForRisk={person}
              tools={person ? undefined : (insert) => <CannedReplyPicker onInsert={insert} />}
            />
          )}
          {consultation && !person ? (
            <JoinPanel consultation={consultation} onChanged={chat.adopt} />
          ) : null}
          {consultation && consultation.status !== 'closed' && !person ? (
            <CloseConsultation consultation={consultation} onClosed={chat.adopt} />
          ) : null}
          {back}
        </div>
        {careView && consultation ? (
          <CarePanel
            consultationId={consultationId}
            open={consultation.status !== 'closed'}
            changes={chat.changes}
          />
        ) : null}
      </div>
    </Page>
  );
}
