import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CallButtons } from '../calls/CallButtons.tsx';
import { PersonReferrals } from '../referrals/PersonReferrals.tsx';
import { PlannedContact } from '../follow-ups/PlannedContact.tsx';
import { ChatFailure } from './ChatFailure.tsx';
import { ClosingCard } from './ClosingCard.tsx';
import { ChatIcon } from './ChatIcon.tsx';
import { chatTitle } from './chat-title.ts';
import { Composer } from './Composer.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ConsultationStatusBadge } from './ConsultationStatusBadge.tsx';
import { MessageList } from './MessageList.tsx';
import { needsEmergencyGuidance } from './risk.ts';
import { SafetyBanner } from './SafetyBanner.tsx';
import { NightTeamNotice } from '../pool/NightTeamNotice.tsx';
import { useChat } from './use-chat.ts';
import { useVisualViewport } from './use-visual-viewport.ts';
import { WaitingStatus } from './WaitingStatus.tsx';

/** Closed by the person: the plain strip stays away; words of danger bring it back once. */
type SafetyDismissed = 'none' | 'plain' | 'risk';

/**
 * The chat of the person who consults (a worker or a family member), made like LINE for a
 * phone: the whole screen, the conversation in the middle, the message bar at the foot.
 */
export function PersonChat({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const chat = useChat(consultationId);
  const [risky, setRisky] = useState(false);
  const [dismissed, setDismissed] = useState<SafetyDismissed>('none');
  useVisualViewport();
  const consultation = chat.consultation;
  const title = chatTitle(t, consultation);
  if (chat.fatal) return <ChatFailure title={title} code={chat.fatal} width="narrow" />;

  const open = consultation?.status !== 'closed';
  // Calls make sense only once a coordinator is there to answer them.
  const canCall = consultation?.status === 'active' && consultation.coordinatorAssigned;
  const showSafety = risky ? dismissed !== 'risk' : dismissed === 'none';

  function draft(text: string) {
    if (text.trim() !== '') chat.typing();
    const nowRisky = needsEmergencyGuidance(text);
    setRisky(nowRisky);
    if (!nowRisky && dismissed === 'risk') setDismissed('plain');
  }

  return (
    <Page
      title={title}
      width="narrow"
      className="chat-screen"
      leading={
        <Link
          to={paths.consultations}
          className="chat-header__icon"
          aria-label={t('consultations.chat.back')}
        >
          <ChatIcon name="back" />
        </Link>
      }
      actions={
        <>
          {consultation ? <ConsultationStatusBadge status={consultation.status} /> : null}
          {consultation && canCall ? <CallButtons consultation={consultation} compact /> : null}
          {showSafety ? null : (
            <button
              type="button"
              className="chat-header__safety"
              aria-label={t('consultations.chat.safetyOpen')}
              onClick={() => setDismissed('none')}
            >
              {t('consultations.chat.safetyShort')}
            </button>
          )}
        </>
      }
    >
      {showSafety ? (
        <SafetyBanner risky={risky} onDismiss={() => setDismissed(risky ? 'risk' : 'plain')} />
      ) : null}
      <ConnectionBanner link={chat.link} pending={chat.pending.length} />
      <NightTeamNotice consultationId={consultationId} changes={chat.changes} />
      <PersonReferrals consultationId={consultationId} changes={chat.changes} />
      <PlannedContact consultationId={consultationId} changes={chat.changes} />
      <div className="chat-body">
        <MessageList
          consultationId={consultationId}
          messages={chat.messages}
          pending={chat.pending}
          refused={chat.refused}
          receipts={consultation?.receipts ?? []}
          onDiscard={chat.discard}
          offline={chat.link === 'offline'}
          lead={
            <>
              {!consultation && chat.link !== 'offline' ? <Loading /> : null}
              {consultation?.status === 'queued' ? (
                <Alert tone="info" title={t('consultations.chat.waiting')} testId="waiting-banner">
                  <p>{t('consultations.chat.waitingBody')}</p>
                </Alert>
              ) : null}
              {consultation?.status === 'queued' ? (
                <WaitingStatus consultationId={consultationId} />
              ) : null}
            </>
          }
          trail={open ? null : <ClosingCard consultationId={consultationId} />}
        />
        <p className="typing-indicator" aria-live="polite" data-testid="typing">
          {chat.otherTyping ? t('consultations.chat.careTeamTyping') : ''}
        </p>
      </div>
      {open ? <Composer onSend={chat.send} onDraft={draft} /> : null}
    </Page>
  );
}
