import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LinkButton } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CallButtons } from '../calls/CallButtons.tsx';
import { CannedReplyPicker } from '../care/CannedReplyPicker.tsx';
import { CarePanel } from '../care/CarePanel.tsx';
import { JoinPanel } from '../care/JoinPanel.tsx';
import { ComposerLocked, mustJoinToWrite } from '../care/ComposerLocked.tsx';
import { ConsoleList } from '../care/console/ConsoleList.tsx';
import { consoleOrder } from '../care/console/console-figures.ts';
import { useConsoleShortcuts } from '../care/console/use-console-shortcuts.ts';
import { ChatFailure } from './ChatFailure.tsx';
import { chatTitle } from './chat-title.ts';
import { CloseConsultation } from './CloseConsultation.tsx';
import { Composer } from './Composer.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ConsultationStatusBadge } from './ConsultationStatusBadge.tsx';
import { MessageList } from './MessageList.tsx';
import { useChat } from './use-chat.ts';
import { useLiveRefresh } from './use-live-refresh.ts';

/**
 * The care team's console, in three panes as in the help-desk tools nurses know: their
 * consultations (who waits longest first, unread counts) | the conversation | the person
 * and the care tools (risk, who they are, history, notes, why me, handover).
 */
export function CareChat({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const chat = useChat(consultationId);
  const list = useApiData('listMyConsultations');
  useLiveRefresh(list.reload, 'myConsultations');
  const sorted = list.data ? { items: [...list.data.items].sort(consoleOrder) } : undefined;
  useConsoleShortcuts(sorted?.items.map((c) => c.id) ?? [], consultationId);
  const consultation = chat.consultation;
  const title = chatTitle(t, consultation);
  if (chat.fatal) return <ChatFailure title={title} code={chat.fatal} width="wide" />;
  // A staff member who also consults (rare) sees their own consultation without care tools.
  const careView = consultation?.viewerIs !== 'person';

  return (
    <Page
      title={title}
      width="full"
      actions={consultation ? <ConsultationStatusBadge status={consultation.status} /> : null}
    >
      <div className={careView ? 'console' : 'chat-single'}>
        {careView ? (
          <ConsoleList list={{ ...list, data: sorted }} currentId={consultationId} />
        ) : null}
        <section
          className="chat-main console-conversation"
          aria-label={t('console.conversationLabel')}
        >
          <ConnectionBanner link={chat.link} pending={chat.pending.length} />
          {consultation && consultation.status !== 'closed' ? (
            <CallButtons consultation={consultation} />
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
            {chat.otherTyping ? t('consultations.chat.personTyping') : ''}
          </p>
          {consultation?.status === 'closed' ? (
            <Alert tone="info" title={t('consultations.chat.closed')}>
              <p>{t('console.closedBody')}</p>
            </Alert>
          ) : consultation && mustJoinToWrite(consultation) ? (
            <ComposerLocked consultation={consultation} onJoined={chat.adopt} />
          ) : (
            <Composer
              onSend={chat.send}
              onDraft={(text) => text.trim() !== '' && chat.typing()}
              tools={(insert) => <CannedReplyPicker onInsert={insert} />}
            />
          )}
          {consultation ? <JoinPanel consultation={consultation} onChanged={chat.adopt} /> : null}
          {consultation && consultation.status !== 'closed' ? (
            <CloseConsultation
              consultation={consultation}
              onClosed={chat.adopt}
              changes={chat.changes}
            />
          ) : null}
          {careView ? null : (
            <LinkButton to={paths.consultations} variant="quiet">
              {t('consultations.chat.back')}
            </LinkButton>
          )}
        </section>
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
